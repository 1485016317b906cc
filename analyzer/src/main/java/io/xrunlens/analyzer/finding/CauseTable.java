package io.xrunlens.analyzer.finding;

import io.xrunlens.analyzer.boot.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The causes, one file each in {@code causes/} (named for the cause's id): the title triage
 * gives its buckets, the evidence that shows it, the fix in short, its verdicts, its fixes (per
 * platform where one needs its own), what to switch on, and the decisions that choose it. Read
 * once and checked: unknown keys, a decision without its verdict, a rank given twice, a cause code
 * names without its file, each error naming the file and line.
 */
public final class CauseTable {
    static final String FOLDER = "causes";
    private static final String SUFFIX = ".properties";
    private static final Map<Cause, Row> ROWS = read();

    /**
     * One cause's file.
     *
     * @param fix       the fix in short, for the tables
     * @param texts     its verdicts, fixes and next steps under the keys the classifier looks up
     *                  ({@code verdict.KEY}, {@code fixfor.KEY[.PLATFORM]}, {@code fix.CAUSE[.PLATFORM]},
     *                  {@code next.CAUSE[.PLATFORM]})
     * @param decisions its {@code when.RANK} decisions
     */
    public record Row(Cause cause, String title, String evidence, String fix, Map<String, String> texts,
                      List<CauseDecision> decisions) {
    }

    private CauseTable() {
    }

    /** The cause's row; a cause without a file is a programming error. */
    public static Row of(Cause cause) {
        Row row = ROWS.get(cause);
        if (row == null) {
            throw new IllegalStateException("no file " + FOLDER + "/" + cause.id() + SUFFIX);
        }
        return row;
    }

    /** Every cause, in the order of their ids, {@code unknown} last. */
    public static Map<Cause, Row> rows() {
        return Collections.unmodifiableMap(ROWS);
    }

    /** Every file's decisions, lowest rank first. */
    public static List<CauseDecision> decisions() {
        List<CauseDecision> all = new ArrayList<>();
        ROWS.values().forEach(r -> all.addAll(r.decisions()));
        all.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
        return all;
    }

    /** The verdicts, fixes and next steps of every cause, by the keys the classifier looks up. */
    static Map<String, String> texts() {
        Map<String, String> all = new LinkedHashMap<>();
        ROWS.values().forEach(r -> all.putAll(r.texts()));
        return all;
    }

    private static Map<Cause, Row> read() {
        Map<Cause, Row> rows = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        Map<Integer, String> ranks = new LinkedHashMap<>();
        TreeMap<String, URL> files = ResourceFolder.files(FOLDER, Cause.UNKNOWN.id() + SUFFIX, SUFFIX);
        List<String> names = new ArrayList<>(files.keySet());
        names.remove(Cause.UNKNOWN.id() + SUFFIX);
        names.add(Cause.UNKNOWN.id() + SUFFIX); // last, as it is the fallback
        for (String name : names) {
            Row row = readFile(name, files.get(name), ranks);
            for (String key : row.texts().keySet()) {
                String other = keys.put(key, name);
                if (other != null) {
                    throw new IllegalStateException(FOLDER + "/" + name + ": " + key + " is given by " + other
                            + " already");
                }
            }
            rows.put(row.cause(), row);
        }
        for (Cause c : Cause.NAMED) {
            if (!rows.containsKey(c)) {
                throw new IllegalStateException(FOLDER + "/" + c.id() + SUFFIX + " is missing: the code names it");
            }
        }
        return rows;
    }

    private static Row readFile(String name, URL url, Map<Integer, String> ranks) {
        String file = FOLDER + "/" + name;
        Cause cause = new Cause(name.substring(0, name.length() - SUFFIX.length()));
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<CauseDecision> decisions = new ArrayList<>();
        try (InputStream in = url.openStream()) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                String where = file + ":" + number;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq <= 0 || line.endsWith("\\")) {
                    throw new IllegalStateException(where + ": KEY=TEXT on one line expected");
                }
                String key = line.substring(0, eq).strip();
                String value = value(where, line, eq);
                if (lineOf.put(key, number) != null) {
                    throw new IllegalStateException(where + ": " + key + " is given twice");
                }
                if (key.startsWith("when.")) {
                    int rank = rank(where, key.substring(5));
                    String other = ranks.put(rank, where);
                    if (other != null) {
                        throw new IllegalStateException(where + ": rank " + rank + " is " + other + "'s already");
                    }
                    decisions.add(CauseDecision.parse(where, rank, cause, value));
                } else if (key.equals("title") || key.equals("evidence") || key.equals("summary")) {
                    plain.put(key, value);
                } else {
                    texts.put(textKey(where, cause, key), value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String needed : List.of("title", "evidence", "summary")) {
            if (plain.getOrDefault(needed, "").isBlank()) {
                throw new IllegalStateException(file + ": no " + needed);
            }
        }
        if (!texts.containsKey("fix." + cause.id())) {
            throw new IllegalStateException(file + ": no fix");
        }
        for (CauseDecision d : decisions) {
            if (!texts.containsKey("verdict." + d.verdict())) {
                throw new IllegalStateException(file + ":" + lineOf.get("when." + d.rank()) + ": no verdict."
                        + d.verdict() + " in this file");
            }
        }
        for (String key : texts.keySet()) {
            String of = key.startsWith("fixfor.") ? key.substring(7) : key.startsWith("nextfor.") ? key.substring(8) : null;
            if (of != null && !texts.containsKey("verdict." + of) && !texts.containsKey("verdict." + withoutPlatform(of))) {
                throw new IllegalStateException(file + ":" + lineOf.get(key) + ": " + key + " is for no verdict of"
                        + " this file");
            }
        }
        return new Row(cause, plain.get("title"), plain.get("evidence"), plain.get("summary"), texts, decisions);
    }

    /** A verdict's key without the platform a fix or next step for it names last ("dsp-refused.x86"). */
    static String withoutPlatform(String key) {
        for (Platform p : Platform.values()) {
            if (key.endsWith("." + p.key())) {
                return key.substring(0, key.length() - p.key().length() - 1);
            }
        }
        return key;
    }

    /** Where the classifier looks a file's key up: "fix.ti" of clock-rate is "fix.clock-rate.ti". */
    private static String textKey(String where, Cause cause, String key) {
        if (key.startsWith("verdict.") || key.startsWith("fixfor.") || key.startsWith("nextfor.")) {
            return key;
        }
        for (String kind : List.of("fix", "next")) {
            if (key.equals(kind)) {
                return kind + "." + cause.id();
            }
            if (key.startsWith(kind + ".")) {
                String platform = key.substring(kind.length() + 1);
                for (Platform p : Platform.values()) {
                    if (p.key().equals(platform)) {
                        return kind + "." + cause.id() + "." + platform;
                    }
                }
                throw new IllegalStateException(where + ": no platform named " + platform);
            }
        }
        throw new IllegalStateException(where + ": unknown key " + key + " (title, evidence, summary, verdict.KEY,"
                + " fixfor.KEY[.PLATFORM], fix, fix.PLATFORM, next, next.PLATFORM, nextfor.KEY[.PLATFORM], when.RANK)");
    }

    private static int rank(String where, String text) {
        try {
            int rank = Integer.parseInt(text);
            if (rank > 0) {
                return rank;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalStateException(where + ": when.RANK needs a positive whole number, found " + text);
    }

    /**
     * The text of a KEY=TEXT line ({@code eq} its '='), as a properties file reads it (\\uXXXX,
     * \\t and the like): a line without a backslash is its text after the '=' (a Properties
     * for each line cost a small log's start-up about 20 ms).
     */
    static String value(String where, String line, int eq) {
        return line.indexOf('\\') < 0 ? line.substring(eq + 1).stripLeading() : unescape(where, line);
    }

    private static String unescape(String where, String line) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(line));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
        return p.values().iterator().next().toString();
    }
}
