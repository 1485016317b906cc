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
import java.util.function.Consumer;

/**
 * Month names in every language CLDR has (the JDK's data of every locale, kept in
 * month-names.tsv) and every locale of the C library (glibc-names.tsv, with its weekdays), for
 * stamps that dmesg -T, journalctl and syslog print in the user's locale ("[Di Dez  1 10:00:00
 * 2026]", "[Вт дек  1 …]", "[二 12月  1 …]"). glibc's abbreviations are
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
    private static volatile Tables tables;

    private LocaleNames() {
    }

    /** The month (1-12) a name in any language stands for, 0 if none or if it is ambiguous. */
    static int month(String name) {
        String n = normalise(name);
        if (n.isEmpty()) {
            return 0;
        }
        int plain = englishOrNumbered(n);
        if (plain >= 0) {
            return plain;
        }
        Integer m = tables().names.get(n);
        return m == null || m == AMBIGUOUS ? 0 : m;
    }

    /**
     * The month a name stands for after the weekday strftime printed before it (dmesg -T's "wto
     * lip"): the locales that print both say which month, where the name alone is two locales'
     * two months (Polish "lip" is July, Croatian June); else as {@link #month(String)}.
     */
    static int month(String weekday, String name) {
        String n = normalise(name);
        if (!n.isEmpty() && englishOrNumbered(n) < 0) {
            Integer m = tables().pairs.get(normalise(weekday) + '\u0000' + n);
            if (m != null && m != AMBIGUOUS) {
                return m;
            }
        }
        return month(name);
    }

    /** An English abbreviation's month, a number with a suffix's ("12月", "12월"; 0 if out of range), else -1. */
    private static int englishOrNumbered(String n) {
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
        return -1;
    }

    static String normalise(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        while (n.endsWith(".") || n.endsWith(",")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    /** The names, and the weekday-and-name pairs of the C library's locales. */
    private record Tables(Map<String, Integer> names, Map<String, Integer> pairs) {
    }

    private static Tables tables() {
        Tables t = tables;
        if (t == null) {
            synchronized (LocaleNames.class) {
                t = tables;
                if (t == null) {
                    t = build();
                    tables = t;
                }
            }
        }
        return t;
    }

    /**
     * Every full and short month name, and every prefix of three letters or more that names one
     * month; the C library's names over them, and its weekday-and-month pairs.
     */
    private static Tables build() {
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> prefixes = new HashMap<>();
        read("month-names.tsv", f -> {
            String n = f[0];
            int month = Integer.parseInt(f[1]);
            put(exact, n, month);
            for (int len = 3; len < n.length(); len++) {
                put(prefixes, n.substring(0, len), month);
            }
        });
        Map<String, Integer> glibc = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        read("glibc-names.tsv", f -> {
            String[] days = f[1].split(";", -1);
            for (int col = 2; col < f.length; col++) {
                String[] months = f[col].isEmpty() ? new String[0] : f[col].split(";", -1);
                for (int m = 0; m < months.length; m++) {
                    if (months[m].isEmpty()) {
                        continue;
                    }
                    put(glibc, months[m], m + 1);
                    if (col == 2) { // abmon: dmesg -T's "%a %b", a weekday then an abbreviated month
                        for (String day : days) {
                            if (!day.isEmpty()) {
                                put(pairs, day + '\u0000' + months[m], m + 1);
                            }
                        }
                    }
                }
            }
        });
        // a name every C library locale that prints it gives one month wins over CLDR's prefixes
        // (Czech's "čec", where CLDR has "čvc"), and a whole CLDR name over both ("mai" is May,
        // not a prefix of anything else) unless CLDR's languages give it two months
        Map<String, Integer> all = new HashMap<>(prefixes);
        glibc.forEach((n, m) -> {
            if (m != AMBIGUOUS) {
                all.put(n, m);
            }
        });
        exact.forEach((n, m) -> {
            Integer c = glibc.get(n);
            if (m != AMBIGUOUS || c == null || c == AMBIGUOUS) {
                all.put(n, m);
            }
        });
        return new Tables(Map.copyOf(all), Map.copyOf(pairs));
    }

    /** Each line of a table of the jar that is no comment, split at its tabs. */
    private static void read(String table, Consumer<String[]> row) {
        try (InputStream in = LocaleNames.class.getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalStateException(table + " is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && line.indexOf('\t') >= 0) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Map<String, Integer> map, String key, int month) {
        Integer had = map.get(key);
        map.put(key, had == null || had == month ? month : AMBIGUOUS);
    }
}
