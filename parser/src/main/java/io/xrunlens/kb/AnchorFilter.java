package io.xrunlens.kb;

import java.util.List;
import java.util.function.Supplier;

/**
 * Does a line hold a message of the knowledge base? Asked of every line of a log that no
 * keyword of the grammar claimed, so it reads the line's bytes once and makes no String. A row
 * is filed under an anchor: a rare word, or two adjacent words. Each word of the line gets a
 * cheap signature (length, first two and last character), looked up in three bitsets of 32 KB:
 * the signatures of single-word anchors, of the first words of pairs, of their last words. Only
 * a word that may be a single anchor, or a word that may end a pair after one that may start
 * it, is hashed and looked up in the table of anchors (too large for the first-level cache):
 * "failed" ends some pair, but rarely after a word that starts one. An anchor found is confirmed
 * by the literal runs of the rows filed under it: a line passes only when every run of one of
 * them is in it ("tx timeout" alone is in many lines that are not mpu401's "cmd: tx timeout
 * (status = 0x%x)"). Digits-only words (stamps, counts) are never anchors.
 */
final class AnchorFilter {
    private static final int SIGNATURE_BITS = 1 << 18;
    private final long[] table;
    /** For each filled slot of {@link #table}: the literal runs of each row filed under it (read on first use). */
    private final List<Supplier<String[]>>[] runs;
    private final int mask;
    private final long[] singles = new long[SIGNATURE_BITS / 64];
    private final long[] firsts = new long[SIGNATURE_BITS / 64];
    private final long[] lasts = new long[SIGNATURE_BITS / 64];

    /**
     * One anchor: its hash, the signatures of its first and last word (equal for a single
     * word, which {@code pair} false says), and the literal runs of its rows.
     */
    record Anchor(long hash, boolean pair, int first, int last, List<Supplier<String[]>> rows) {
    }

    AnchorFilter(List<Anchor> anchors) {
        int size = Integer.highestOneBit(Math.max(16, anchors.size() * 4) - 1) << 1;
        table = new long[size];
        @SuppressWarnings("unchecked")
        List<Supplier<String[]>>[] slots = new List[size];
        runs = slots;
        mask = size - 1;
        for (Anchor a : anchors) {
            int i = slot(a.hash());
            while (table[i] != 0 && table[i] != a.hash()) {
                i = (i + 1) & mask;
            }
            table[i] = a.hash();
            runs[i] = a.rows();
            if (a.pair()) {
                set(firsts, a.first());
                set(lasts, a.last());
            } else {
                set(singles, a.last());
            }
        }
    }

    private static void set(long[] bits, int sig) {
        bits[sig >>> 6] |= 1L << (sig & 63);
    }

    private static boolean has(long[] bits, int sig) {
        return (bits[sig >>> 6] & (1L << (sig & 63))) != 0;
    }

    /** The signature of a word: cheap, and the same for bytes and chars. */
    static int signature(int length, int first, int second, int last) {
        int x = length * 0x9E3779B1 ^ first * 0x85EBCA6B ^ second * 0xC2B2AE35 ^ last * 0x27D4EB2F;
        return (x ^ (x >>> 16)) & (SIGNATURE_BITS - 1);
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 29)) & mask;
    }

    /** The slot of an anchor hash, or -1. */
    private int find(long h) {
        for (int i = slot(h); table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == h) {
                return i;
            }
        }
        return -1;
    }

    boolean contains(long h) {
        return find(h) >= 0;
    }

    boolean anyIn(byte[] s, int from, int to) {
        int previousStart = -1;
        int previousEnd = -1;
        boolean previousFirst = false;
        int i = from;
        while (i < to) {
            if (!Words.WORD[s[i] & 0xff]) {
                i++;
                continue;
            }
            int start = i;
            boolean letter = false;
            while (i < to && Words.WORD[s[i] & 0xff]) {
                letter |= s[i] >= 'A';
                i++;
            }
            if (!letter) {
                previousStart = -1; // a number between two words: they are not adjacent words of a format
                previousFirst = false;
                continue;
            }
            int n = i - start;
            int sig = signature(n, s[start] & 0xff, n > 1 ? s[start + 1] & 0xff : 0, s[i - 1] & 0xff);
            boolean single = has(singles, sig);
            boolean ends = previousFirst && has(lasts, sig);
            if (single || ends) {
                long h = Words.hash(s, start, i);
                if (single && confirmed(find(h), s, from, to) || ends
                        && confirmed(find(Words.pair(Words.hash(s, previousStart, previousEnd), h)), s, from, to)) {
                    return true;
                }
            }
            previousStart = start;
            previousEnd = i;
            previousFirst = has(firsts, sig);
        }
        return false;
    }

    boolean anyIn(String s) {
        int previousStart = -1;
        int previousEnd = -1;
        boolean previousFirst = false;
        int i = 0;
        int to = s.length();
        while (i < to) {
            if (!Words.isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean letter = false;
            while (i < to && Words.isWordChar(s.charAt(i))) {
                letter |= s.charAt(i) >= 'A';
                i++;
            }
            if (!letter) {
                previousStart = -1;
                previousFirst = false;
                continue;
            }
            int n = i - start;
            int sig = signature(n, s.charAt(start), n > 1 ? s.charAt(start + 1) : 0, s.charAt(i - 1));
            boolean single = has(singles, sig);
            boolean ends = previousFirst && has(lasts, sig);
            if (single || ends) {
                long h = Words.hash(s, start, i);
                if (single && confirmed(find(h), s) || ends
                        && confirmed(find(Words.pair(Words.hash(s, previousStart, previousEnd), h)), s)) {
                    return true;
                }
            }
            previousStart = start;
            previousEnd = i;
            previousFirst = has(firsts, sig);
        }
        return false;
    }
    private boolean confirmed(int slot, byte[] s, int from, int to) {
        if (slot < 0) {
            return false;
        }
        for (Supplier<String[]> row : runs[slot]) {
            boolean all = true;
            for (String run : row.get()) {
                if (indexOf(s, from, to, run) < 0) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private boolean confirmed(int slot, String s) {
        if (slot < 0) {
            return false;
        }
        for (Supplier<String[]> row : runs[slot]) {
            boolean all = true;
            for (String run : row.get()) {
                if (!s.contains(run)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Where the ASCII text {@code k} starts in {@code s[from, to)}, or -1. */
    private static int indexOf(byte[] s, int from, int to, String k) {
        int n = k.length();
        byte first = (byte) k.charAt(0);
        for (int i = from; i <= to - n; i++) {
            if (s[i] != first) {
                continue;
            }
            int j = 1;
            while (j < n && s[i + j] == (byte) k.charAt(j)) {
                j++;
            }
            if (j == n) {
                return i;
            }
        }
        return -1;
    }
}
