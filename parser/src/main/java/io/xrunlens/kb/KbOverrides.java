package io.xrunlens.kb;

import io.xrunlens.catalog.MessageFamily;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hand-written corrections of the generated families ("overrides.tsv"): the generator guesses
 * a family from a call's file, function, level and words, and knowledge of what a message means
 * on a real board corrects it. Each line names rows by id, by "file:function" or by file, the
 * family they get, and why; the most specific name wins. An override that names no row is an
 * error (a renamed function must not leave a correction silently unused).
 */
public final class KbOverrides {
    /** The file name an overrides file has, in the built-in data and in a --kb folder. */
    public static final String FILE = "overrides.tsv";
    static final String HEADER = "what\tfamily\twhy";

    /** One correction, and where it was written (for errors). */
    record Override(String what, MessageFamily family, String why, String at) {
    }

    private final Map<String, Override> byName = new HashMap<>();
    /** The files the overrides name (alone or with a function): rows of other files need no look-up by file. */
    private final Set<String> files = new HashSet<>();

    public static KbOverrides none() {
        return new KbOverrides();
    }

    /** Reads one overrides file into this set; a later name replaces an earlier one. */
    public KbOverrides read(Reader in, String name) {
        BufferedReader lines = new BufferedReader(in);
        int number = 0;
        boolean header = false;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    if (!line.equals(HEADER)) {
                        throw new KbException(name, number, "expected the column line: " + HEADER.replace('\t', ' '));
                    }
                    header = true;
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 3 || c[0].isEmpty() || c[2].isBlank()) {
                    throw new KbException(name, number, "an override is: what, family, why (tab-separated)");
                }
                MessageFamily family;
                try {
                    family = MessageFamily.valueOf(c[1].toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    throw new KbException(name, number, "unknown family '" + c[1] + "'");
                }
                byName.put(c[0], new Override(c[0], family, c[2], name + ":" + number));
                int colon = c[0].indexOf(':');
                files.add(colon < 0 ? c[0] : c[0].substring(0, colon));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The rows with their corrected families (some of the rows: an override may name none of them). */
    List<KbRow> applyTo(List<KbRow> rows) {
        List<KbRow> out = new ArrayList<>(rows.size());
        for (KbRow r : rows) {
            Override o = find(r);
            out.add(o == null ? r : r.withFamily(o.family()));
        }
        return out;
    }

    /**
     * The override of a row: by its id, else by its file and function, else by its file. A
     * debug call's row is only ever overridden by its id: it is kept to read as its driver's
     * note ({@code kb/source/KbGenerator}), whatever the file's errors mean.
     */
    private Override find(KbRow r) {
        Override o = byName.get(r.id());
        if (o == null && files.contains(r.file()) && !r.isDebug()) {
            o = byName.get(r.file() + ":" + r.function());
            if (o == null) {
                o = byName.get(r.file());
            }
        }
        return o;
    }

    /** The rows with their corrected families; fails naming the first override that matched no row. */
    public List<KbRow> apply(List<KbRow> rows) {
        Map<String, Boolean> used = new HashMap<>();
        List<KbRow> out = new ArrayList<>(rows.size());
        for (KbRow r : rows) {
            Override o = find(r);
            if (o == null) {
                out.add(r);
                continue;
            }
            used.put(o.what(), true);
            out.add(r.withFamily(o.family()));
        }
        for (Override o : byName.values().stream().sorted(Comparator.comparing(Override::at)).toList()) {
            if (!used.containsKey(o.what())) {
                throw new KbException(o.at(), "'" + o.what() + "' names no row (an id, file:function or file)");
            }
        }
        return out;
    }

    /** Why a row has the family it has, where an override gave it; else empty. */
    public String why(KbRow r) {
        Override o = find(r);
        return o == null ? "" : o.why();
    }
}
