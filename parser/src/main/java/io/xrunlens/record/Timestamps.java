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
        long abs = Math.abs(micros); // (Long.MIN_VALUE, which has no positive counterpart, is NO_TIME)
        // one builder, no copies: every finding's evidence prints its times
        StringBuilder out = new StringBuilder(24);
        if (micros < 0) {
            out.append('-');
        }
        long fraction = abs % 1_000_000;
        out.append(abs / 1_000_000).append('.');
        for (long place = 100_000; place > fraction && place > 1; place /= 10) {
            out.append('0');
        }
        return out.append(fraction).toString();
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
