package io.xrunlens.format;

import io.xrunlens.input.Bytes;
import java.nio.charset.StandardCharsets;

/**
 * {@link KernelTextFramer#timestampAt} over a line's bytes, for lines that are counted without
 * being decoded. The same reading, written twice because the text version serves every other
 * path: KernelBytesTest holds the two equal.
 */
final class KernelBytes {
    private KernelBytes() {
    }

    /**
     * A stamp at {@code at} and where the rest after its "]" starts (in {@code restStart[0]}),
     * as framing splits a record: the stamp in microseconds, or NOT_FOUND.
     */
    static long stampAndRest(byte[] s, int at, int to, int[] restStart) {
        long micros = timestampAt(s, at, to);
        if (micros != KernelTextFramer.NOT_FOUND) {
            restStart[0] = Bytes.indexOf(s, (byte) ']', at, to) + 1;
        }
        return micros;
    }

    /**
     * Whether a kernel stamp after {@code from} follows a space or a "&gt;" (a "&lt;6&gt;[" level),
     * or is printk's own glued to text ({@link #printkStampAt}): where
     * {@link KernelTextFramer#frameStamped} may find a second record flattened onto the line, so
     * the text is to decide. False says no stamp but the first can open a record: the brackets of
     * other programs' lines ("dbus-daemon[812]: [system] …") leave them to the bytes.
     */
    static boolean mayHoldAnotherRecord(byte[] s, int from, int to) {
        for (int i = Bytes.indexOf(s, (byte) '[', from, to); i > 0; i = Bytes.indexOf(s, (byte) '[', i + 1, to)) {
            if (mayOpenRecord(s, i, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an unstamped, plain ASCII line holds records joined after its first, as
     * {@link KernelTextFramer#nextOriginRepeat} finds them: asked of the text only when ": "
     * comes twice, as an origin and its repeat need.
     */
    static boolean mayRepeatOrigin(byte[] s, int from, int to) {
        int colons = 0;
        for (int i = from; i + 1 < to && colons < 2; i++) {
            if (s[i] == ':' && s[i + 1] == ' ') {
                colons++;
            }
        }
        return colons == 2
                && KernelTextFramer.nextOriginRepeat(new String(s, from, to - from, StandardCharsets.ISO_8859_1), 0) >= 0;
    }

    /** Whether the "[" at {@code i} (not the line's first byte) may open a record flattened onto the line. */
    static boolean mayOpenRecord(byte[] s, int i, int to) {
        return (s[i - 1] == ' ' || s[i - 1] == '>') && timestampAt(s, i, to) != KernelTextFramer.NOT_FOUND
                || printkStampAt(s, i, to);
    }

    /** {@link KernelTextFramer#printkStampAt} over bytes. */
    static boolean printkStampAt(byte[] s, int i, int to) {
        int j = skipSpaces(s, i + 1, to);
        int digits = j;
        while (j < to && s[j] >= '0' && s[j] <= '9') {
            j++;
        }
        if (j == digits || j >= to || s[j] != '.') {
            return false;
        }
        int frac = ++j;
        while (j < to && s[j] >= '0' && s[j] <= '9') {
            j++;
        }
        return j - frac == 6 && j < to && s[j] == ']' && (j + 1 == to || s[j + 1] == ' ' || s[j + 1] == '[');
    }

    /**
     * The kernel's stamp after a wrapper's prefix, spaces and a "&lt;6&gt;" level allowed before it,
     * as {@link KernelTextFramer#stampAfter} reads it from the text; NOT_FOUND if none.
     */
    static long stampAfter(byte[] s, int from, int to) {
        int i = skipSpaces(s, from, to);
        if (i < to && s[i] == '<') {
            int close = Bytes.indexOf(s, (byte) '>', i, to);
            if (close > i + 1 && close <= i + 4 && allDigits(s, i + 1, close)) {
                i = close + 1;
            }
        }
        return timestampAt(s, i, to);
    }

    private static boolean allDigits(byte[] s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s[k] < '0' || s[k] > '9') {
                return false;
            }
        }
        return to > from;
    }

    /** Reads "[ seconds.fraction]" at {@code i}; returns microseconds, or NOT_FOUND. */
    static long timestampAt(byte[] s, int i, int to) {
        if (i >= to || s[i] != '[') {
            return KernelTextFramer.NOT_FOUND;
        }
        int j = skipSpaces(s, i + 1, to);
        int intStart = j;
        long seconds = 0;
        byte c;
        while (j < to && (c = s[j]) >= '0' && c <= '9') {
            seconds = seconds * 10 + (c - '0');
            j++;
        }
        if (j == intStart || j - intStart > 12 || seconds >= KernelTextFramer.MAX_SECONDS || j >= to || s[j] != '.') {
            return KernelTextFramer.NOT_FOUND;
        }
        j++;
        int fracStart = j;
        long frac = 0;
        while (j < to && (c = s[j]) >= '0' && c <= '9') {
            frac = frac * 10 + (c - '0');
            j++;
        }
        int fracLen = j - fracStart;
        if (fracLen == 0 || fracLen > 9) {
            return KernelTextFramer.NOT_FOUND;
        }
        if (j < to && s[j] == '@') { // vendor kernels print the CPU: "[  535.201598@1]"
            j++;
            while (j < to && s[j] >= '0' && s[j] <= '9') {
                j++;
            }
        }
        j = skipSpaces(s, j, to);
        if (j < to && s[j] == '<') {
            int close = Bytes.indexOf(s, (byte) '>', j, to);
            j = close < 0 ? to : skipSpaces(s, close + 1, to);
        }
        if (j >= to || s[j] != ']') {
            return KernelTextFramer.NOT_FOUND;
        }
        for (int k = fracLen; k < 6; k++) {
            frac *= 10;
        }
        for (int k = fracLen; k > 6; k--) {
            frac /= 10;
        }
        return seconds * 1_000_000L + frac;
    }

    /**
     * Whether {@code s[from, to)} holds neither a control character nor a byte outside ASCII:
     * then the decoded text holds the same characters there, and what the bytes say of them
     * (a prefix, a stamp) the text says too.
     */
    static boolean plainAscii(byte[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s[i] < 0x20 || s[i] == 0x7f) { // a negative byte is not ASCII
                return false;
            }
        }
        return true;
    }

    private static int skipSpaces(byte[] s, int i, int to) {
        while (i < to && s[i] == ' ') {
            i++;
        }
        return i;
    }
}
