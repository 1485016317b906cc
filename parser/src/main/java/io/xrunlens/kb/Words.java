package io.xrunlens.kb;

/**
 * Words as the knowledge base indexes them: runs of ASCII letters, digits and underscores. An
 * anchor is a word alone or two adjacent words ("TX underrun"), and it is hashed the same way in
 * a String and in a line's bytes, so a line can be tested before it is decoded; a non-ASCII
 * byte ends a word, as a non-ASCII character does.
 */
public final class Words {
    private Words() {
    }

    /** Word characters by byte value, for the byte scans. */
    static final boolean[] WORD = new boolean[256];

    static {
        for (int c = 0; c < 256; c++) {
            WORD[c] = isWordChar(c);
        }
    }

    public static boolean isWordChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** The anchor of two adjacent words, from their hashes: order matters. */
    static long pair(long first, long second) {
        long h = first * 0x9E3779B97F4A7C15L + second;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }

    /** The hash of an anchor written as the data has it: one word, or two with one space. */
    static long anchor(String a) {
        int space = a.indexOf(' ');
        return space < 0 ? hash(a, 0, a.length())
                : pair(hash(a, 0, space), hash(a, space + 1, a.length()));
    }

    /** The hash of an anchor's first word (its only word when it is one). */
    static long firstWordHash(String a) {
        int space = a.indexOf(' ');
        return hash(a, 0, space < 0 ? a.length() : space);
    }

    static final long SEED = 0x243F6A8885A308D3L;

    /**
     * The hash of a word: its characters packed eight to a long, each long mixed in once, so a
     * scan can build it while it reads the word (see {@link AnchorFilter}). Never 0 (0 marks an
     * empty slot). Words are ASCII, so a String and a line's bytes hash alike.
     */
    static long hash(String s, int from, int to) {
        long h = SEED;
        long chunk = 0;
        int shift = 0;
        for (int i = from; i < to; i++) {
            chunk |= (long) s.charAt(i) << shift;
            shift += 8;
            if (shift == 64) {
                h = mix(h ^ chunk);
                chunk = 0;
                shift = 0;
            }
        }
        return finish(h, chunk, to - from);
    }

    static long hash(byte[] s, int from, int to) {
        long h = SEED;
        long chunk = 0;
        int shift = 0;
        for (int i = from; i < to; i++) {
            chunk |= (long) (s[i] & 0xff) << shift;
            shift += 8;
            if (shift == 64) {
                h = mix(h ^ chunk);
                chunk = 0;
                shift = 0;
            }
        }
        return finish(h, chunk, to - from);
    }

    /** One step of the hash: a long of packed characters mixed into the state. */
    static long mix(long x) {
        x *= 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    /** The last step: the partial long and the length mixed in. */
    static long finish(long h, long chunk, int length) {
        long x = mix(h ^ chunk ^ (long) length << 56);
        return x == 0 ? 1 : x;
    }

}
