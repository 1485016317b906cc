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

    /** The signature of an anchor's last word, for {@link AnchorFilter}. */
    static int lastWordSignature(String a) {
        return signature(a, a.indexOf(' ') + 1, a.length());
    }

    /** The signature of an anchor's first word (its only word when it is one). */
    static int firstWordSignature(String a) {
        int space = a.indexOf(' ');
        return signature(a, 0, space < 0 ? a.length() : space);
    }

    private static int signature(String a, int start, int end) {
        int n = end - start;
        return AnchorFilter.signature(n, a.charAt(start), n > 1 ? a.charAt(start + 1) : 0, a.charAt(end - 1));
    }

    /** FNV-1a over the characters of a word, never 0 (0 marks an empty slot). */
    static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    static long hash(byte[] s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ (s[i] & 0xff)) * 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
