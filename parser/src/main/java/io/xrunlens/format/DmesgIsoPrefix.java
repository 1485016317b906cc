package io.xrunlens.format;

import io.xrunlens.input.Bytes;
import io.xrunlens.record.Record;
import java.nio.charset.StandardCharsets;

/**
 * The stamp of {@code dmesg --time-format iso}, "2026-11-24T10:00:00,201598+01:00 ", read by hand:
 * the language of its row's regex in {@link FormatRegistry} (a test holds them equal on every
 * sample line and on near misses), a syslog-iso line's host and "kernel: " after it refused as the
 * regex's lookahead refuses them (and a bare "kernel: ", journalctl --no-hostname's).
 */
final class DmesgIsoPrefix extends HandReadPrefix {
    /** "2026-11-24T10:00:00,201598+01:00": the stamp, always this long. */
    private static final int STAMP = 32;
    /** Where the stamp has its digits. */
    private static final int[] DIGITS = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22, 23, 24, 25, 27, 28, 30, 31};
    private static final byte[] KERNEL = " kernel: ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] TAG = "kernel: ".getBytes(StandardCharsets.ISO_8859_1);

    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        if (n - from < STAMP + 1 || s[from + 4] != '-' || s[from + 7] != '-' || s[from + 10] != 'T'
                || s[from + 13] != ':' || s[from + 16] != ':' || s[from + 19] != ',' || s[from + 26] != '+'
                && s[from + 26] != '-' || s[from + 29] != ':' || s[from + STAMP] != ' ') {
            return false;
        }
        for (int i : DIGITS) {
            if (!KernelTag.isDigit(s[from + i])) {
                return false;
            }
        }
        int after = from + STAMP + 1;
        int word = after;
        while (word < n && !KernelTag.isWhitespace(s[word])) {
            word++;
        }
        if (word > after && Bytes.startsWith(s, word, n, KERNEL) || Bytes.startsWith(s, after, n, TAG)) {
            return false; // "[host ]kernel: ": a syslog-iso line
        }
        if (out != null) {
            out.end = STAMP + 1;
            out.micros = out.clock ? isoClock(s, from, from + STAMP) : Record.NO_TIME;
            out.level = -1;
            out.hostStart = -1;
            out.hostEnd = -1;
        }
        return true;
    }
}
