package io.xrunlens.analyzer.finding;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Finding and verdict sentences, looked up by key from {@code messages.properties} so the
 * wording lives in one place and rules only supply the facts.
 */
public final class FindingMessages {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("io.xrunlens.analyzer.finding.messages", Locale.ROOT);

    private FindingMessages() {
    }

    public static String format(String key, Object... args) {
        MessageFormat f = new MessageFormat(BUNDLE.getString(key), Locale.ROOT);
        return f.format(args);
    }
}
