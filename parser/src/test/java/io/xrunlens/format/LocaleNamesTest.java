package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The month names of every language, kept as data (month-names.tsv) rather than asked of the
 * JDK's locales at run time, which cost a third of a second on the first localized stamp: the
 * table is well formed and reads the names the C library prints in the common languages. With
 * {@code -Dxrunlens.updateMonths=true} it is written again from the running JDK's CLDR data, and
 * glibc-names.tsv from the C library's own locale sources where the machine has them
 * ({@value #GLIBC_LOCALES}, Debian's package locales).
 */
class LocaleNamesTest {
    private static final Path TABLE = Path.of("src/main/resources/io/xrunlens/format/month-names.tsv");
    private static final Path GLIBC_TABLE = Path.of("src/main/resources/io/xrunlens/format/glibc-names.tsv");
    static final String GLIBC_LOCALES = "/usr/share/i18n/locales";

    @Test
    void theTableIsSortedNormalisedAndNamesMonthsOnly() throws IOException {
        if (Boolean.getBoolean("xrunlens.updateMonths")) {
            Files.write(TABLE, fromJdk(), StandardCharsets.UTF_8);
        }
        List<String> rows = Files.readAllLines(TABLE, StandardCharsets.UTF_8).stream().filter(r -> !r.startsWith("#")).toList();
        assertTrue(rows.size() > 2000, "rows: " + rows.size());
        assertEquals(new ArrayList<>(new TreeSet<>(rows)), rows, "sorted, each pair once");
        for (String row : rows) {
            String[] f = row.split("\t");
            assertEquals(2, f.length, row);
            assertEquals(LocaleNames.normalise(f[0]), f[0], row);
            int month = Integer.parseInt(f[1]);
            assertTrue(month >= 1 && month <= 12, row);
        }
    }

    @Test
    void theGlibcTableHasEachLocalesWeekdaysAndMonths() throws IOException {
        if (Boolean.getBoolean("xrunlens.updateMonths") && Files.isDirectory(Path.of(GLIBC_LOCALES))) {
            Files.write(GLIBC_TABLE, GlibcMonths.table(Path.of(GLIBC_LOCALES)), StandardCharsets.UTF_8);
        }
        List<String> rows = Files.readAllLines(GLIBC_TABLE, StandardCharsets.UTF_8).stream().filter(r -> !r.startsWith("#"))
                .toList();
        assertTrue(rows.size() > 250, "locales: " + rows.size());
        assertEquals(rows.stream().sorted().toList(), rows, "sorted by locale");
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            assertEquals(5, f.length, row);
            assertEquals(7, f[1].split(";", -1).length, row);
            for (int col = 2; col < 5; col++) {
                assertTrue(f[col].isEmpty() || f[col].split(";", -1).length == 12, row);
            }
            for (String n : String.join(";", f[1], f[2], f[3], f[4]).split(";")) {
                assertEquals(LocaleNames.normalise(n), n, row);
            }
        }
    }

    /**
     * The C library's own abbreviations are what dmesg -T prints: they fill what CLDR's names and
     * their prefixes do not say (Czech's "čec" is July, where CLDR has "čvc"), and with the weekday
     * before them say which month a name two languages give two months is (French Canada's "sam
     * jui" is July, where "jui" alone is June in CLDR; Polish "wto lip" July, Croatian "uto lip"
     * June; Brazil's "ter out" October, Haitian "mad out" August); else such a name stays unread.
     */
    @Test
    void theCLibrarysNamesWin() {
        Map<String, Integer> names = Map.ofEntries(Map.entry("juin", 6), Map.entry("čec", 7),
                Map.entry("čen", 6), Map.entry("lut", 2), Map.entry("lip", 0), Map.entry("srp", 0), Map.entry("Mär", 3),
                Map.entry("Dez", 12), Map.entry("out", 0));
        names.forEach((name, month) -> assertEquals(month, LocaleNames.month(name), name));
        Map<String, Integer> withDays = Map.ofEntries(Map.entry("wto lip", 7), Map.entry("uto lip", 6),
                Map.entry("ter out", 10), Map.entry("mad out", 8), Map.entry("sam jui", 7),
                Map.entry("čt srp", 8), Map.entry("čet srp", 7), Map.entry("Di Dez", 12),
                Map.entry("Tue Jul", 7), Map.entry("xyz lip", 0));
        withDays.forEach((text, month) -> assertEquals(month, LocaleNames.month(text.substring(0, text.indexOf(' ')),
                text.substring(text.indexOf(' ') + 1)), text));
    }

    /** glibc's abbreviations (what dmesg -T and journalctl print), and CLDR's names, in several languages. */
    @Test
    void readsTheNamesEachLanguagePrints() {
        Map<String, Integer> names = Map.ofEntries(Map.entry("Dez", 12), Map.entry("Mär", 3), Map.entry("März", 3),
                Map.entry("Jän", 1), Map.entry("Jänner", 1), Map.entry("févr.", 2), Map.entry("déc.", 12),
                Map.entry("juil.", 7), Map.entry("juill.", 7), Map.entry("août", 8), Map.entry("дек", 12),
                Map.entry("нояб.", 11), Map.entry("ноя", 11), Map.entry("Δεκ", 12), Map.entry("dic", 12),
                Map.entry("sty", 1), Map.entry("paź", 10), Map.entry("lis", 0), Map.entry("mei", 5), Map.entry("okt", 10),
                Map.entry("12月", 12), Map.entry("12월", 12), Map.entry("tammi", 1), Map.entry("joulukuuta", 12),
                Map.entry("des.", 12), Map.entry("Oca", 1), Map.entry("Ara", 12), Map.entry("gru", 12), Map.entry("Foo", 0));
        names.forEach((name, month) -> assertEquals(month, LocaleNames.month(name), name));
    }

    /** The JDK's month names, full and short, of every locale it has: the table's rows. */
    private static List<String> fromJdk() {
        TreeSet<String> rows = new TreeSet<>();
        for (Locale l : Locale.getAvailableLocales()) {
            DateFormatSymbols s = DateFormatSymbols.getInstance(l);
            for (String[] form : new String[][] {s.getMonths(), s.getShortMonths()}) {
                for (int m = 0; m < 12 && m < form.length; m++) {
                    String n = LocaleNames.normalise(form[m]);
                    if (!n.isEmpty()) {
                        rows.add(n + "\t" + (m + 1));
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        out.add("# Month names (full and short) of every locale, and the month each names: CLDR's data as the JDK "
                + System.getProperty("java.version") + " gives it.");
        out.add("# Written by LocaleNamesTest with -Dxrunlens.updateMonths=true; read by LocaleNames.");
        out.addAll(rows);
        return out;
    }
}
