package io.xrunlens.kb;

/**
 * The pairs of adjacent characters of a text, hashed into 128 bits: a text cannot hold a literal
 * run whose pairs it lacks. A line's words find dozens of rows filed under a common pair of
 * words ("to get"); most of them are refused by their literal text, and searching the text for
 * each run was a tenth of the readers' time on logs of many drivers. Two masks answer first,
 * and never refuse a row the text holds.
 */
final class Bigrams {
    private Bigrams() {
    }

    /** The pairs of {@code s}, as two longs. */
    static long[] of(String s) {
        long[] bits = new long[2];
        add(s, bits);
        return bits;
    }

    /** Adds the pairs of {@code s} to {@code bits}. */
    static void add(String s, long[] bits) {
        for (int i = 1; i < s.length(); i++) {
            int h = (s.charAt(i - 1) * 31 + s.charAt(i)) * 0x9E3779B1 >>> 25; // 0..127
            bits[h >>> 6] |= 1L << (h & 63);
        }
    }

    /** Whether a text of pairs {@code text} may hold every run of the {@code row}th pairs of a table of two longs a row. */
    static boolean mayHold(long[] text, long[] rows, int row) {
        return (rows[2 * row] & ~text[0]) == 0 && (rows[2 * row + 1] & ~text[1]) == 0;
    }
}
