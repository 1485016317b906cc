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
        return (micros < 0 ? "-" : "") + abs / 1_000_000 + "." + sixDigits(abs % 1_000_000);
    }

    /**
     * {@code 0 <= n < 1_000_000} with leading zeros to six digits: what "%06d" prints, without
     * parsing a format per call (every finding's evidence prints several times).
     */
    public static String sixDigits(long n) {
        String digits = Long.toString(n);
        return "000000".substring(Math.min(6, digits.length())) + digits;
    }
}
