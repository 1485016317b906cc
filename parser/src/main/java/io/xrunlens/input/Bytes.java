package io.xrunlens.input;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Searches in a line's bytes, shared by line splitting and by framing lines that are never decoded.
 * Whether a line holds a control character, asked of nearly every line, is read eight bytes at a
 * time (Bit Twiddling Hacks' "hasless"): byte by byte it cost 60% more. A line's end is searched
 * for byte by byte: read by words, through the quick compiler's calls for them, it was no faster.
 */
public final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

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

    /** Whether {@code b[from, to)} holds a control character: a byte below 0x20, or 0x7f. */
    public static boolean hasControl(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            if (hasControl((long) LONGS.get(b, i))) {
                return true;
            }
        }
        for (; i < to; i++) {
            if (b[i] >= 0 && b[i] < 0x20 || b[i] == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Whether a byte of the eight in {@code x} is below 0x20 or is 0x7f (bytes over 0x7f are not). */
    public static boolean hasControl(long x) {
        long below = x - ONES * 0x20 & ~x & HIGHS;
        long y = x ^ ONES * 0x7f;
        long del = y - ONES & ~y & HIGHS;
        return (below | del) != 0;
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
