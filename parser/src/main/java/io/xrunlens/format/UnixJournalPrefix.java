package io.xrunlens.format;

/**
 * journalctl -o short-unix's prefix read by hand, "1764583200.201598 host [kern.info ]kernel: ":
 * the language of its row's regex in {@link FormatRegistry} (a test holds them equal on every
 * sample line and on near misses): nine to eleven digits of seconds since the epoch, a point,
 * one to nine of its fraction, then the journal's tag.
 */
final class UnixJournalPrefix extends HandReadPrefix {
    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        int point = digitsEnd(s, from, n);
        int seconds = point - from;
        if (seconds < 9 || seconds > 11 || point >= n || s[point] != '.') {
            return false;
        }
        int end = digitsEnd(s, point + 1, n);
        int fraction = end - point - 1;
        if (fraction < 1 || fraction > 9 || !KernelTag.read(s, from, end, n, out, -1)) {
            return false;
        }
        if (out != null) { // as Clocks.seconds reads it: the fraction's first six digits, padded
            out.micros = number(s, from, point) * 1_000_000L + Clocks.fractionMicros(s, point + 1, end);
        }
        return true;
    }
}
