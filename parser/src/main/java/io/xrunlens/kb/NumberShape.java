package io.xrunlens.kb;

import io.xrunlens.input.Bytes;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Collection;

/**
 * A line's rest with its numbers masked: every word of digits alone ("1-1.2", "audit(1733.0:42)")
 * and every word of lower-case hex digits with a digit in it (a hashed pointer
 * "000000003f2a1b4c", a cookie "110d", a MAC address's "a4") is replaced by a mark, so that lines
 * which differ only in such numbers have one shape. A word is a maximal run of ASCII letters,
 * digits and '_', as the keyword and anchor searches read words: words with other letters
 * ("ch0", "bcm2835", "0x1f") and hex letters alone ("decade", "add") are kept as they are.
 *
 * <p>What a quiet line (no keyword, no anchor word) gave depends only on its shape when no
 * keyword can touch a masked word ({@link #safeFor}); anchors are never numbers.
 */
public final class NumberShape {
    /** The mark of a digit of a decimal word. */
    static final byte DIGIT = 1;
    /** The mark of a character of a hex word. */
    static final byte HEX = 2;

    private NumberShape() {
    }

    /**
     * Writes the shape of {@code b[from, to)} into {@code out} (at least {@code to - from} long):
     * each masked word becomes one mark, whatever its length (a counter that grows a digit keeps
     * its shape).
     *
     * @return the shape's length, or -1 when no number was masked (the shape is the rest itself)
     *     or the rest holds a control character (which a mark could be mistaken for, and which
     *     framing cleans from the text)
     */
    public static int shape(byte[] b, int from, int to, byte[] out) {
        return shape(b, from, to, out, null);
    }

    /**
     * {@link #shape(byte[], int, int, byte[])}, noting in {@code words} (unless null) where each
     * masked word lies: their count, then each one's start and end in {@code b}. It holds
     * {@code to - from + 1} ints at most.
     */
    public static int shape(byte[] b, int from, int to, byte[] out, int[] words) {
        if (words != null) {
            words[0] = 0;
        }
        boolean masked = false;
        int n = 0;
        int copied = from; // b[copied, ...) is yet to be copied to out
        int i = from;
        // Only a word with a digit is masked, and most bytes are not digits: eight bytes at a
        // time are tested for a digit or a control, and a word is read only around a digit.
        while (i < to) {
            int digit;
            if (i + 8 <= to) {
                long x = (long) LONGS.get(b, i);
                if (Bytes.hasControl(x)) {
                    return -1;
                }
                long d = digits(x);
                if (d == 0) {
                    i += 8;
                    continue;
                }
                digit = i + (Long.numberOfTrailingZeros(d) >>> 3);
            } else {
                int kind = KIND[b[i] & 0xff];
                if ((kind & CONTROL_BIT) != 0) {
                    return -1;
                }
                if ((kind & DIGIT_BIT) == 0) {
                    i++;
                    continue;
                }
                digit = i;
            }
            int start = digit;
            while (start > copied && (KIND[b[start - 1] & 0xff] & WORD_BIT) != 0) {
                start--;
            }
            int all = KIND[b[start] & 0xff]; // the kinds every byte of the word has
            int end = start + 1;
            int kind;
            while (end < to && ((kind = KIND[b[end] & 0xff]) & WORD_BIT) != 0) {
                all &= kind;
                end++;
            }
            // the word has a digit: all digits, or all hex and long enough, is a number
            byte mark = (all & DIGIT_BIT) != 0 ? DIGIT : (all & HEX_BIT) != 0 ? HEX : 0;
            if (mark != 0) {
                System.arraycopy(b, copied, out, n, start - copied);
                n += start - copied;
                out[n++] = mark;
                copied = end;
                masked = true;
                if (words != null) {
                    int w = 1 + 2 * words[0]++;
                    words[w] = start;
                    words[w + 1] = end;
                }
            }
            i = end;
        }
        if (!masked) {
            return -1;
        }
        System.arraycopy(b, copied, out, n, to - copied);
        return n + to - copied;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The bytes of {@code x} that are ASCII digits, as their high bits (the lowest set is exact:
     * Bit Twiddling Hacks' "hasbetween" for 0x2f &lt; byte &lt; 0x3a).
     */
    private static long digits(long x) {
        long low = x & ONES * 127;
        return (ONES * (127 + 0x3a) - low & ~x & low + ONES * (127 - 0x2f)) & HIGHS;
    }

    /**
     * Whether a masked hex word stands where framing looks for a driver's name: the shape's first
     * word, or the word after a dynamic-debug decoration ("module:function:line: ", two or more
     * colon-joined words and a space). Lines of that shape may start with a letter or a digit
     * there, which framing tells apart (a driver's name starts with a letter).
     */
    public static boolean startsWithPointer(byte[] shape, int length) {
        int i = skipSpaces(shape, 0, length);
        if (i < length && shape[i] == HEX) {
            return true;
        }
        int j = i;
        int parts = 0;
        while (j < length) {
            int word = j;
            while (j < length && (shape[j] == DIGIT || shape[j] == HEX || isWord(shape[j]))) {
                j++;
            }
            if (j == word || j >= length || shape[j] != ':') {
                return false;
            }
            parts++;
            j++;
            if (j < length && shape[j] == ' ') {
                int after = skipSpaces(shape, j, length);
                return parts >= 2 && after < length && shape[after] == HEX;
            }
        }
        return false;
    }

    private static int skipSpaces(byte[] b, int from, int to) {
        int i = from;
        while (i < to && b[i] == ' ') {
            i++;
        }
        return i;
    }

    private static final int WORD_BIT = 1;
    private static final int DIGIT_BIT = 2;
    private static final int HEX_BIT = 4;
    private static final int CONTROL_BIT = 8;
    /** Per byte: a word character, a digit (also hex), a hex letter, a control; 0 for the rest. */
    private static final byte[] KIND = new byte[256];

    static {
        for (int c = 0; c < 256; c++) {
            boolean d = c >= '0' && c <= '9';
            boolean h = c >= 'a' && c <= 'f';
            if (isWord((byte) c)) {
                KIND[c] = (byte) (WORD_BIT | (d ? DIGIT_BIT | HEX_BIT : 0) | (h ? HEX_BIT : 0));
            } else if (c < 0x20 || c == 0x7f) {
                KIND[c] = CONTROL_BIT;
            }
        }
    }

    /**
     * Whether a keyword is found in a line exactly when it is found in every line of the same
     * shape: none of its words is masked as a number is, and its first and last words could not
     * be the end or the start of one (a keyword "12 foo" could end the word "512" of a line, "add
     * x" the word "3add").
     */
    public static boolean safeFor(String keyword) {
        int i = 0;
        int n = keyword.length();
        while (i < n) {
            if (!isWord((byte) keyword.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWord((byte) keyword.charAt(i))) {
                i++;
            }
            boolean edge = start == 0 || i == n;
            // counted by hand: asked per line of a shape no row matches, where streams cost an
            // object the quick compiler makes through a native call
            boolean allDigits = true;
            boolean hex = true;
            boolean digit = false;
            for (int k = start; k < i; k++) {
                char c = keyword.charAt(k);
                boolean isDigit = c >= '0' && c <= '9';
                allDigits &= isDigit;
                hex &= isDigit || c >= 'a' && c <= 'f';
                digit |= isDigit;
            }
            if (allDigits) {
                return false;
            }
            // a whole word of the keyword is masked only as a number is; an end may be part of a longer word
            if (hex && (edge || digit)) {
                return false;
            }
        }
        return true;
    }

    public static boolean safeForAll(Collection<String> keywords) {
        return keywords.stream().allMatch(NumberShape::safeFor);
    }

    private static boolean isWord(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
