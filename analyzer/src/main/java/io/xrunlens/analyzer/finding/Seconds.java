package io.xrunlens.analyzer.finding;

import java.util.Locale;

/** Spans written in seconds, as findings and verdicts show them ("10.6"). */
public final class Seconds {
    private Seconds() {
    }

    /**
     * Microseconds as seconds to a tenth, as {@code %.1f} writes them (halves away from zero),
     * without a Formatter: every stall's finding and verdict writes one. A negative span is left
     * to the Formatter ("-0.0").
     */
    public static String tenths(long micros) {
        if (micros < 0) {
            return String.format(Locale.ROOT, "%.1f", micros / 1e6);
        }
        long tenths = micros / 100_000 + (micros % 100_000 >= 50_000 ? 1 : 0);
        return (tenths / 10) + "." + (tenths % 10);
    }
}
