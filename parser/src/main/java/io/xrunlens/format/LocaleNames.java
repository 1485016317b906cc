package io.xrunlens.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names in every language CLDR has (the JDK's data of every locale, kept in
 * month-names.tsv), for stamps that dmesg -T, journalctl and syslog print in the user's locale
 * ("[Di Dez  1 10:00:00 2026]", "[Вт дек  1 …]", "[二 12月  1 …]"). glibc's abbreviations are
 * not always CLDR's (German "Mär" against "März", Russian "ноя" against "нояб."), so a
 * name is also recognised by a prefix of three letters or more that names one month only, in
 * every language that has it; case and trailing dots do not matter, and a number with a
 * suffix ("12月", "12월") is that month. Built once, on the first name that is not English.
 *
 * <p>The names are data, not asked of the JDK's locales at run time: loading a thousand locales'
 * symbols cost a third of a second on a log's first localized stamp, and every machine reads
 * the same months whatever its JDK's version of the data.
 */
final class LocaleNames {
    private static final int AMBIGUOUS = -1;
    private static volatile Map<String, Integer> names;

    private LocaleNames() {
    }

    /** The month (1-12) a name in any language stands for, 0 if none or if it is ambiguous. */
    static int month(String name) {
        String n = normalise(name);
        if (n.isEmpty()) {
            return 0;
        }
        if (n.length() == 3) {
            int english = Clocks.month(Character.toUpperCase(n.charAt(0)) + n.substring(1), 0);
            if (english != 0) {
                return english;
            }
        }
        int digits = 0;
        while (digits < n.length() && Character.isDigit(n.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits <= 2 && digits < n.length()) { // "12月": a number with a suffix
            int m = Integer.parseInt(n.substring(0, digits));
            return m >= 1 && m <= 12 ? m : 0;
        }
        Integer m = table().get(n);
        return m == null || m == AMBIGUOUS ? 0 : m;
    }

    static String normalise(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        while (n.endsWith(".") || n.endsWith(",")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    private static Map<String, Integer> table() {
        Map<String, Integer> t = names;
        if (t == null) {
            synchronized (LocaleNames.class) {
                t = names;
                if (t == null) {
                    t = build();
                    names = t;
                }
            }
        }
        return t;
    }

    /** Every full and short month name, and every prefix of three letters or more that names one month. */
    private static Map<String, Integer> build() {
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> prefixes = new HashMap<>();
        try (InputStream in = LocaleNames.class.getResourceAsStream("month-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("month-names.tsv is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                String n = line.substring(0, tab);
                int month = Integer.parseInt(line.substring(tab + 1));
                put(exact, n, month);
                for (int len = 3; len < n.length(); len++) {
                    put(prefixes, n.substring(0, len), month);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a whole name wins over a prefix of another ("mai" is May, not a prefix of anything else)
        Map<String, Integer> all = new HashMap<>(prefixes);
        all.putAll(exact);
        return Map.copyOf(all);
    }

    private static void put(Map<String, Integer> map, String key, int month) {
        Integer had = map.get(key);
        map.put(key, had == null || had == month ? month : AMBIGUOUS);
    }
}
