package io.xrunlens.format;

/**
 * A serial console capture's prefix read by hand, "[2026-11-24 10:00:00.123] " (grabserial's,
 * picocom's, a terminal's time stamps before each line the board printed): the language of its
 * row's regex in {@link FormatRegistry} (a test holds them equal on every sample line and on near
 * misses), the ISO stamp read by the code {@link IsoSyslogPrefix} has.
 */
final class ConsolePrefix extends HandReadPrefix {
    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        if (from >= n || s[from] != '[') {
            return false;
        }
        int stampEnd = IsoSyslogPrefix.stampEnd(s, from + 1, n);
        if (stampEnd < 0 || stampEnd + 1 >= n || s[stampEnd] != ']' || s[stampEnd + 1] != ' ') {
            return false;
        }
        if (out != null) {
            out.end = stampEnd + 2 - from;
            out.micros = isoClock(s, from + 1, stampEnd);
            out.level = -1;
            out.hostStart = -1;
            out.hostEnd = -1;
        }
        return true;
    }
}
