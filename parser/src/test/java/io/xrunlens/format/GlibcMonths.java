package io.xrunlens.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The weekday and month names of the C library's locale sources (glibc's localedata, LC_TIME's
 * "abday", "abmon", "mon" and "alt_mon": what strftime, and so dmesg -T, prints), one line a
 * locale: "locale TAB weekdays TAB abbreviated months TAB months TAB other months", the names of a
 * column joined by ";", normalised as LocaleNames reads them. A locale that copies another's
 * LC_TIME is that one's line.
 */
final class GlibcMonths {
    private static final Pattern LC_TIME = Pattern.compile("^LC_TIME\\s*$(.*?)^END LC_TIME", Pattern.MULTILINE
            | Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern CODE_POINT = Pattern.compile("<U([0-9A-Fa-f]{4,6})>");

    private GlibcMonths() {
    }

    /** The table's lines: comments, then a line a locale, sorted by locale. */
    static List<String> table(Path locales) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(locales)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> out = new ArrayList<>();
        out.add("# Weekday and month names of the C library's locales (glibc's localedata, LC_TIME), which dmesg -T prints:");
        out.add("# locale, abday, abmon, mon, alt_mon (each list joined by ';', empty if the locale has none).");
        out.add("# Written by LocaleNamesTest with -Dxrunlens.updateMonths=true from " + LocaleNamesTest.GLIBC_LOCALES
                + "; read by LocaleNames.");
        for (Path file : files) {
            Matcher lc = LC_TIME.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            if (!lc.find()) {
                continue;
            }
            List<String> days = names(lc.group(1), "abday", 7);
            List<String> abmon = names(lc.group(1), "abmon", 12);
            if (days.isEmpty() || abmon.isEmpty()) {
                continue; // copies another locale's LC_TIME, whose own line this is
            }
            out.add(file.getFileName() + "\t" + String.join(";", days) + "\t" + String.join(";", abmon) + "\t"
                    + String.join(";", names(lc.group(1), "mon", 12)) + "\t"
                    + String.join(";", names(lc.group(1), "alt_mon", 12)));
        }
        return out;
    }

    /** The {@code count} names of one keyword of an LC_TIME section, normalised; empty if it has none or not so many. */
    private static List<String> names(String section, String keyword, int count) {
        Matcher list = Pattern.compile("^" + keyword + "\\s+((?:\"[^\"]*\"[;\\s/]*)+)", Pattern.MULTILINE).matcher(section);
        if (!list.find()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Matcher name = NAME.matcher(list.group(1));
        while (name.find()) {
            // a name with a space or a ';' cannot be read as one token of a stamp (nor kept in this table)
            String n = LocaleNames.normalise(decode(name.group(1)));
            names.add(n.chars().anyMatch(c -> Character.isWhitespace(c) || c == ';' || c == '/') ? "" : n);
        }
        return names.size() == count ? names : List.of();
    }

    /** A locale source's text with its <Uxxxx> code points as characters. */
    private static String decode(String s) {
        Matcher m = CODE_POINT.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
        }
        m.appendTail(b);
        return b.toString();
    }
}
