package io.xrunlens.analyzer.finding;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finding and verdict sentences, looked up by key from {@code messages.properties} so the
 * wording lives in one place and rules only supply the facts.
 */
public final class FindingMessages {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("io.xrunlens.analyzer.finding.messages", Locale.ROOT);

    /**
     * Parsed patterns, per thread (a MessageFormat is not thread-safe): parsing a pattern cost
     * a tenth of a long log's analysis when every finding parsed its own.
     */
    private static final ThreadLocal<Map<String, MessageFormat>> PARSED = ThreadLocal.withInitial(HashMap::new);

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
            return CONSTANT.computeIfAbsent(key, k -> new MessageFormat(BUNDLE.getString(k), Locale.ROOT)
                    .format(new Object[0]));
        }
        MessageFormat f = PARSED.get().computeIfAbsent(key, k -> new MessageFormat(BUNDLE.getString(k), Locale.ROOT));
        return f.format(args);
    }
}
