package io.xrunlens.input;

import java.nio.charset.StandardCharsets;

/** Searches in a line's bytes, shared by line splitting and by framing lines that are never decoded. */
public final class Bytes {
    private Bytes() {
    }

    /** Index of the first {@code value} in {@code b[from, to)}, or -1. */
    public static int indexOf(byte[] b, byte value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last {@code value} in {@code b[0, to)}, or -1. */
    public static int lastIndexOf(byte[] b, byte value, int to) {
        for (int i = to - 1; i >= 0; i--) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Each of {@code words} as its Latin-1 bytes: the words a reader of a line's bytes looks for. */
    public static byte[][] latin1(String... words) {
        byte[][] out = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            out[i] = words[i].getBytes(StandardCharsets.ISO_8859_1);
        }
        return out;
    }

    /** Whether {@code b[at, to)} starts with {@code word}. */
    public static boolean startsWith(byte[] b, int at, int to, byte[] word) {
        if (to - at < word.length) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (b[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the ASCII {@code literal} occurs in {@code b[from, to)}. */
    public static boolean contains(byte[] b, String literal, int from, int to) {
        byte first = (byte) literal.charAt(0);
        int last = to - literal.length();
        for (int i = indexOf(b, first, from, last + 1); i >= 0; i = indexOf(b, first, i + 1, last + 1)) {
            int k = 1;
            while (k < literal.length() && b[i + k] == (byte) literal.charAt(k)) {
                k++;
            }
            if (k == literal.length()) {
                return true;
            }
        }
        return false;
    }
}
