package io.xrunlens.record;

/** Formatting of record times, shared by every output so they agree to the microsecond. */
public final class Timestamps {
    private Timestamps() {
    }

    /** "535.201664", always six decimals, or "-" when the record has no time. */
    public static String format(long micros) {
        if (micros == Record.NO_TIME) {
            return "-";
        }
        long abs = Math.abs(micros);
        String s = (micros < 0 ? "-" : "") + abs / 1_000_000 + "." + String.format("%06d", abs % 1_000_000);
        return s;
    }
}
