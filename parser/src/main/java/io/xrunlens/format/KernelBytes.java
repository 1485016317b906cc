package io.xrunlens.format;

/**
 * {@link KernelTextFramer#timestampAt} over a line's bytes, for lines that are counted without
 * being decoded. The same reading, written twice because the text version serves every other
 * path: KernelBytesTest holds the two equal.
 */
final class KernelBytes {
    private KernelBytes() {
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
        if (j == intStart || j - intStart > 12 || j >= to || s[j] != '.') {
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
        j = skipSpaces(s, j, to);
        if (j < to && s[j] == '<') {
            int close = indexOf(s, (byte) '>', j, to);
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

    static int indexOf(byte[] s, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(byte[] s, int i, int to) {
        while (i < to && s[i] == ' ') {
            i++;
        }
        return i;
    }
}
