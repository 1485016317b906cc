package io.xrunlens.analyzer.finding;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pattern of the causes' decisions ("*.rate", "snd_soc_dai_hw_params on *: -22"): {@code *}
 * stands for any run of characters. Split at its stars once and kept: every decision tries its
 * patterns on the findings of every episode, tens of thousands of times in a log of many boots.
 */
final class Glob {
    private static final Map<String, Glob> WHOLE = new ConcurrentHashMap<>();
    private static final Map<String, Glob> WITHIN = new ConcurrentHashMap<>();

    /** The runs between the stars; one run: no star. */
    private final String[] parts;

    private Glob(String pattern) {
        this.parts = pattern.split("\\*", -1);
    }

    /** The pattern matched against a whole text. */
    static Glob of(String pattern) {
        return WHOLE.computeIfAbsent(pattern, Glob::new);
    }

    /** The words anywhere in a text: the pattern with a star at each end. */
    static Glob within(String words) {
        return WITHIN.computeIfAbsent(words, w -> new Glob("*" + w + "*"));
    }

    boolean matches(String text) {
        if (parts.length == 1) {
            return parts[0].equals(text);
        }
        if (!text.startsWith(parts[0])) {
            return false;
        }
        int at = parts[0].length();
        for (int i = 1; i < parts.length - 1; i++) {
            at = text.indexOf(parts[i], at);
            if (at < 0) {
                return false;
            }
            at += parts[i].length();
        }
        String last = parts[parts.length - 1];
        return text.length() - last.length() >= at && text.endsWith(last);
    }
}
