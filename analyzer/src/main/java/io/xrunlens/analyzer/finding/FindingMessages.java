package io.xrunlens.analyzer.finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finding and verdict sentences, looked up by key from {@code messages.properties} and the
 * causes' files ({@link CauseTable}) so the wording lives in one place and rules only supply the
 * facts.
 */
public final class FindingMessages {
    private static final Map<String, String> BUNDLE = read();

    /**
     * Parsed patterns, per thread (a MessageFormat is not thread-safe): parsing a pattern cost
     * a tenth of a long log's analysis when every finding parsed its own.
     */
    private static final ThreadLocal<Map<String, Parsed>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private FindingMessages() {
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    /** The first of the keys that exists, formatted; the last key must exist. */
    public static String first(List<String> keys, Object... args) {
        for (String k : keys) {
            if (has(k)) {
                return format(k, args);
            }
        }
        return format(keys.get(keys.size() - 1), args);
    }

    /**
     * Sentences without arguments (most fixes and next steps), made once: a log of thousands of
     * boots otherwise held a copy of the same paragraph per incident.
     */
    private static final Map<String, String> CONSTANT = new ConcurrentHashMap<>();

    public static String format(String key, Object... args) {
        if (args.length == 0) {
            return CONSTANT.computeIfAbsent(key, k -> new MessageFormat(text(k), Locale.ROOT)
                    .format(new Object[0]));
        }
        Parsed p = PARSED.get().computeIfAbsent(key, k -> new Parsed(new MessageFormat(text(k), Locale.ROOT)));
        return p.write(p.numbersWritten(args));
    }

    /**
     * A parsed pattern, and the number format its plain arguments ("{0}") take: the one
     * MessageFormat would make anew for every number it writes there (a tenth of the cost of a
     * sentence), made once.
     */
    private static final class Parsed {
        final MessageFormat format;
        private final boolean[] plain;
        private final NumberFormat numbers = NumberFormat.getInstance(Locale.ROOT);
        /**
         * For a pattern whose places are all plain ("{0}"), its text around them and which
         * argument goes in each place, as MessageFormat itself wrote them; else null. Writing a
         * sentence is then joining strings, not MessageFormat's walk over its formats.
         */
        private final String[] between;
        private final int[] places;

        Parsed(MessageFormat format) {
            this.format = format;
            Format[] byArgument = format.getFormatsByArgumentIndex();
            plain = new boolean[byArgument.length];
            boolean allPlain = true;
            for (int i = 0; i < byArgument.length; i++) {
                plain[i] = byArgument[i] == null;
                allPlain &= plain[i];
            }
            if (allPlain) {
                // each argument written as a marker MessageFormat cannot make of the pattern's own text
                Object[] markers = new Object[byArgument.length];
                for (int i = 0; i < markers.length; i++) {
                    markers[i] = MARK + i + MARK;
                }
                String[] parts = format.format(markers).split(MARK, -1);
                between = new String[parts.length / 2 + 1];
                places = new int[parts.length / 2];
                for (int i = 0; i < parts.length; i++) {
                    if (i % 2 == 0) {
                        between[i / 2] = parts[i];
                    } else {
                        places[i / 2] = Integer.parseInt(parts[i]);
                    }
                }
            } else {
                between = null;
                places = null;
            }
        }

        private static final String MARK = "\u0000";

        /** The sentence with these arguments, numbers already written; as MessageFormat writes it. */
        String write(Object[] args) {
            if (between == null) {
                return format.format(args);
            }
            StringBuilder out = new StringBuilder(between[0]);
            for (int i = 0; i < places.length; i++) {
                int a = places[i];
                if (a >= args.length) {
                    out.append('{').append(a).append('}'); // MessageFormat's way of showing a missing one
                } else if (args[a] instanceof Date) {
                    return format.format(args); // written by a date format: MessageFormat's own business
                } else {
                    out.append(args[a]); // a string as it is, null as "null", others by toString()
                }
                out.append(between[i + 1]);
            }
            return out.toString();
        }

        /** The arguments, each number that goes in a plain place written as MessageFormat would write it. */
        Object[] numbersWritten(Object[] args) {
            Object[] out = args;
            for (int i = 0; i < args.length && i < plain.length; i++) {
                if (plain[i] && args[i] instanceof Number n) {
                    if (out == args) {
                        out = args.clone();
                    }
                    out[i] = written(n);
                }
            }
            return out;
        }

        /**
         * A number as the pattern's number format writes it. An integer of fewer than four digits
         * has no group separator and no fraction, so it is its own digits: most numbers in findings
         * (channels, counts, error codes) are such, and the number format is slow.
         */
        private String written(Number n) {
            if ((n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte)
                    && n.longValue() > -1000 && n.longValue() < 1000) {
                return Long.toString(n.longValue());
            }
            return numbers.format(n);
        }
    }

    /** Every key (tests write each sentence both ways). */
    static Set<String> keys() {
        return BUNDLE.keySet();
    }

    static String text(String key) {
        String text = BUNDLE.get(key);
        if (text == null) {
            throw new IllegalStateException("no sentence " + key + " in messages.properties or a cause's file");
        }
        return text;
    }

    private static Map<String, String> read() {
        Properties p = new Properties();
        try (InputStream in = FindingMessages.class.getResourceAsStream("messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> all = new HashMap<>();
        p.forEach((k, v) -> all.put(k.toString(), v.toString()));
        CauseTable.texts().forEach((k, v) -> {
            if (all.put(k, v) != null) {
                throw new IllegalStateException("messages.properties and a cause's file both give " + k);
            }
        });
        return Map.copyOf(all);
    }
}
