package io.xrunlens.format;

import io.xrunlens.record.Record;

/**
 * The prefix of journalctl -o short-monotonic, "[  535.201598] host [kern.info ]kernel: ", read by
 * hand: the language of its row's regex in {@link FormatRegistry} (a test holds them equal on every
 * sample line and on near misses), its clock as {@code Clocks.seconds} reads the stamp.
 */
final class MonotonicJournalPrefix extends HandReadPrefix {
    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        if (from >= n || s[from] != '[') {
            return false;
        }
        int i = from + 1;
        while (i < n && s[i] == ' ') {
            i++;
        }
        int secondsStart = i;
        int secondsEnd = digitsEnd(s, secondsStart, n);
        if (secondsEnd == secondsStart || secondsEnd >= n || s[secondsEnd] != '.') {
            return false;
        }
        int fractionStart = secondsEnd + 1;
        int fractionEnd = digitsEnd(s, fractionStart, n);
        if (fractionEnd == fractionStart || fractionEnd >= n || s[fractionEnd] != ']'
                || !KernelTag.read(s, from, fractionEnd + 1, n, out, -1)) {
            return false;
        }
        if (out != null) {
            out.micros = out.clock ? micros(s, secondsStart, secondsEnd, fractionStart, fractionEnd) : Record.NO_TIME;
        }
        return true;
    }

    /** The stamp in microseconds: the fraction's first six digits, padded; none where the seconds pass a long. */
    private static long micros(byte[] s, int secondsStart, int secondsEnd, int fractionStart, int fractionEnd) {
        long seconds = number(s, secondsStart, secondsEnd);
        if (seconds == Record.NO_TIME) {
            return Record.NO_TIME;
        }
        long fraction = 0;
        for (int k = 0; k < 6; k++) {
            fraction = fraction * 10 + (fractionStart + k < fractionEnd ? s[fractionStart + k] - '0' : 0);
        }
        return seconds * 1_000_000L + fraction;
    }
}
