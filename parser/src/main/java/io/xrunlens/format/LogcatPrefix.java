package io.xrunlens.format;

import io.xrunlens.input.Bytes;
import java.nio.charset.StandardCharsets;

/**
 * Android's {@code logcat -b kernel} threadtime prefix read by hand, "11-24 10:00:00.201  0  0 I
 * [kernel  : ]": the language of its row's regex in {@link FormatRegistry} (a test holds them
 * equal on every sample line and on near misses), the month's number taken as the row's clock
 * takes it (below 1 as January, above 12 as December).
 */
final class LogcatPrefix extends HandReadPrefix {
    private static final byte[] KERNEL = "kernel".getBytes(StandardCharsets.ISO_8859_1);
    /** "11-24 10:00:00.201": the stamp every line opens with. */
    static final int STAMP = 18;

    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        if (!stamp(s, from, n)) {
            return false;
        }
        int pid = spacesThenDigits(s, from + STAMP, n);
        int tid = pid < 0 ? -1 : spacesThenDigits(s, pid, n);
        if (tid < 0 || n - tid < 3 || s[tid] != ' ' || Clocks.logcatLevel(s[tid + 1]) < 0 || s[tid + 2] != ' ') {
            return false;
        }
        int end = afterKernelTag(s, tid + 3, n);
        if (out != null) {
            out.end = end - from;
            out.level = Clocks.logcatLevel(s[tid + 1]);
            out.micros = clock(s, from);
            out.hostStart = -1;
            out.hostEnd = -1;
        }
        return true;
    }

    /** Whether logcat's stamp, "11-24 10:00:00.201", starts at {@code from} (and {@link #STAMP} bytes are there). */
    static boolean stamp(byte[] s, int from, int n) {
        return n - from >= STAMP && digits(s, from, 2) && s[from + 2] == '-' && digits(s, from + 3, 2) && s[from + 5] == ' '
                && digits(s, from + 6, 2) && s[from + 8] == ':' && digits(s, from + 9, 2) && s[from + 11] == ':'
                && digits(s, from + 12, 2) && s[from + 14] == '.' && digits(s, from + 15, 3);
    }

    /** The clock of the stamp at {@code from}, as the rows' clocks read it (a month below 1 as January, above 12 as December). */
    static long clock(byte[] s, int from) {
        int month = Math.max(1, Math.min(12, (int) number(s, from, from + 2)));
        return Clocks.dateAt(s, month, from + 3, from + 5, from + 6, from + STAMP);
    }

    /** After the regex's " +\d+" at {@code i}: where its digits end, or -1 where none start there. */
    private static int spacesThenDigits(byte[] s, int i, int n) {
        int start = i;
        while (i < n && s[i] == ' ') {
            i++;
        }
        int end = digitsEnd(s, i, n);
        return i == start || end == i ? -1 : end;
    }

    /** After the optional "kernel\s*: " at {@code i}, or {@code i} where it is not there. */
    private static int afterKernelTag(byte[] s, int i, int n) {
        if (!Bytes.startsWith(s, i, n, KERNEL)) {
            return i;
        }
        int j = i + KERNEL.length;
        while (j < n && KernelTag.isWhitespace(s[j])) {
            j++;
        }
        return j + 1 < n && s[j] == ':' && s[j + 1] == ' ' ? j + 2 : i;
    }
}
