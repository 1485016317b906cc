package io.xrunlens.analyzer.finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
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
        return p.format.format(p.numbersWritten(args));
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

        Parsed(MessageFormat format) {
            this.format = format;
            Format[] byArgument = format.getFormatsByArgumentIndex();
            plain = new boolean[byArgument.length];
            for (int i = 0; i < byArgument.length; i++) {
                plain[i] = byArgument[i] == null;
            }
        }

        /** The arguments, each number that goes in a plain place written as MessageFormat would write it. */
        Object[] numbersWritten(Object[] args) {
            Object[] out = args;
            for (int i = 0; i < args.length && i < plain.length; i++) {
                if (plain[i] && args[i] instanceof Number n) {
                    if (out == args) {
                        out = args.clone();
                    }
                    out[i] = numbers.format(n);
                }
            }
            return out;
        }
    }

    private static String text(String key) {
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
