package io.xrunlens.kb;

import io.xrunlens.catalog.MessageFamily;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The knowledge base's data files: tab-separated, one row per message, the columns named by
 * {@link #HEADER}; lines starting with "#" are comments. A format's tabs, newlines and
 * backslashes are written as {@code \t}, {@code \n} and {@code \\}, other control characters as
 * {@code \}{@code u00XX}. Every error names the file and line.
 */
public final class KbFile {
    /** The column line every file starts with (after its comments). */
    public static final String HEADER = "id\tfamily\tlevel\tmacro\tprefix\tfile\tfunction\tversions\tanchor\tformat";
    /** The column line of a hand-written file, whose anchors are chosen when it is loaded. */
    public static final String HEADER_WITHOUT_ANCHOR = "id\tfamily\tlevel\tmacro\tprefix\tfile\tfunction\tversions"
            + "\tformat";
    private static final List<String> LEVELS = List.of("emerg", "alert", "crit", "err", "warn", "notice", "info",
            "dbg");
    /** Each level name once in memory, whichever file wrote it. */
    private static final Map<String, String> LEVEL_NAMES = levelNames();

    private static Map<String, String> levelNames() {
        Map<String, String> m = new HashMap<>();
        LEVELS.forEach(l -> m.put(l, l));
        return m;
    }
    private KbFile() {
    }

    public static void write(Writer out, List<String> comments, List<KbRow> rows) throws IOException {
        for (String c : comments) {
            out.write("# " + c + "\n");
        }
        out.write(HEADER + "\n");
        for (KbRow r : rows) {
            String prefix = r.prefix() == Prefix.PR_FMT ? r.prefix().id() + ":" + escape(r.prFmt()) : r.prefix().id();
            out.write(String.join("\t", r.id(), KnowledgeBase.familyId(r.family()),
                    r.level(), r.macro(), prefix, r.file(), r.function(), String.join(",", r.versions()), r.anchor(),
                    escape(r.format())) + "\n");
        }
    }

    /** The rows of one file; {@code name} is how errors name it. */
    public static List<KbRow> read(Reader in, String name) {
        List<KbRow> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(in);
        int number = 0;
        int columns = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (columns == 0) {
                    if (!line.equals(HEADER) && !line.equals(HEADER_WITHOUT_ANCHOR)) {
                        throw new KbException(name, number, "expected the column line: " + HEADER.replace('\t', ' ')
                                + " (anchor may be left out)");
                    }
                    columns = line.split("\t").length;
                    continue;
                }
                rows.add(row(line, name, number, columns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static KbRow row(String line, String name, int number, int columns) {
        String[] c = columns(line);
        if (c.length != columns) {
            throw new KbException(name, number, columns + " tab-separated columns expected, found " + c.length);
        }
        MessageFamily family = KnowledgeBase.family(c[1]);
        if (family == null) {
            throw new KbException(name, number, "unknown family '" + c[1] + "' (one of "
                    + Arrays.stream(MessageFamily.values()).map(KnowledgeBase::familyId).toList() + ")");
        }
        String level = LEVEL_NAMES.get(c[2]);
        if (level == null) {
            throw new KbException(name, number, "unknown level '" + c[2] + "' (one of " + LEVELS + ")");
        }
        String prFmt = "";
        Prefix prefix;
        try {
            int colon = c[4].indexOf(':');
            prefix = Prefix.of(colon < 0 ? c[4] : c[4].substring(0, colon));
            if (colon >= 0) {
                prFmt = unescape(c[4].substring(colon + 1));
            }
        } catch (IllegalArgumentException e) {
            throw new KbException(name, number, "unknown prefix '" + c[4] + "' (device, dev-err-probe, pr-fmt[:TEXT],"
                    + " none)");
        }
        String format = c[columns - 1];
        if (c[0].isEmpty() || format.isEmpty()) {
            throw new KbException(name, number, "a row needs an id and a format");
        }
        List<String> versions = c[7].indexOf(',') < 0 ? List.of(c[7]) : List.of(c[7].split(","));
        return new KbRow(c[0], family, level, c[3].intern(), prefix, prFmt, c[5], c[6], versions, columns == 10 ? c[8] : "",
                unescape(format));
    }

    /** The tab-separated cells of a line (String.split would compile no regex, but makes a list first). */
    private static String[] columns(String line) {
        int n = 1;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            n++;
        }
        String[] c = new String[n];
        int start = 0;
        for (int k = 0; k < n - 1; k++) {
            int tab = line.indexOf('\t', start);
            c[k] = line.substring(start, tab);
            start = tab + 1;
        }
        c[n - 1] = line.substring(start);
        return c;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                default -> {
                    if (ch < 0x20 || ch == 0x7f) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\\' || i + 1 >= s.length()) {
                b.append(ch);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'u' -> {
                    if (i + 4 < s.length()) {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }
}
