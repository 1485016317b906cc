package io.xrunlens.analyzer.finding;

import java.util.Locale;

/**
 * How sure a verdict is: every step of the cause printed (observed), a silent step deduced from
 * what was printed (inferred), or the likeliest cause for a pattern the log cannot decide (guess).
 */
public enum Confidence {
    OBSERVED, INFERRED, GUESS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
