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
 * {@code -Dxrunlens.updateMonths=true} it is written again from the running JDK's CLDR data.
 */
class LocaleNamesTest {
    private static final Path TABLE = Path.of("src/main/resources/io/xrunlens/format/month-names.tsv");

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
