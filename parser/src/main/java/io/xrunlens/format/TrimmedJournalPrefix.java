package io.xrunlens.format;

import io.xrunlens.input.Bytes;
import java.nio.charset.StandardCharsets;

/**
 * The prefix of journalctl's lines pasted with their date and host cut off, "10:00:00[.201598]
 * kernel: ", read by hand: the language of its row's regex in {@link FormatRegistry} (a test
 * holds them equal on every sample line and on near misses); its clock is the time of day.
 */
final class TrimmedJournalPrefix extends HandReadPrefix {
    private static final byte[] KERNEL = " kernel: ".getBytes(StandardCharsets.ISO_8859_1);

    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        if (n - from < 8 || !isTime(s, from)) {
            return false;
        }
        int timeEnd = from + 8;
        if (timeEnd + 1 < n && s[timeEnd] == '.' && KernelTag.isDigit(s[timeEnd + 1])) {
            timeEnd = digitsEnd(s, timeEnd + 1, n);
        }
        if (!Bytes.startsWith(s, timeEnd, n, KERNEL)) {
            return false;
        }
        if (out != null) {
            out.end = timeEnd + KERNEL.length - from;
            out.micros = Clocks.timeOfDay(s, from, timeEnd);
            out.level = -1;
            out.hostStart = -1;
            out.hostEnd = -1;
        }
        return true;
    }
}
