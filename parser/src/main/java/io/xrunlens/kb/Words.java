package io.xrunlens.kb;

/**
 * Words as the knowledge base indexes them: runs of ASCII letters, digits and underscores, at
 * least {@link #MIN_LENGTH} long and holding a letter (so no word lies in a dmesg stamp). The
 * same hash is taken of a word in a String and in a line's bytes, so a line can be tested
 * before it is decoded; a non-ASCII byte ends a word, as a non-ASCII character does.
 */
public final class Words {
    public static final int MIN_LENGTH = 3;

    private Words() {
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
