package io.xrunlens.format;

/**
 * The prefix of journalctl -o short-iso and of rsyslog's RFC 3339 files (Debian's and Ubuntu's
 * default), "2026-11-24T10:00:00[.201598][+01:00] host [kern.info ]kernel: ", read by hand: the
 * language of its row's regex in {@link FormatRegistry} (a test holds them equal on every sample
 * line and on near misses). The regex was half of what reading such a log cost.
 */
final class IsoSyslogPrefix extends HandReadPrefix {
    /** "2026-11-24T10:00:00": the part of the stamp every line has. */
    private static final int DATE_AND_TIME = 19;

    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        int stampEnd = stampEnd(s, from, n);
        if (stampEnd < 0 || !KernelTag.read(s, from, stampEnd, n, out, -1)) {
            return false;
        }
        if (out != null) {
            out.micros = isoClock(s, from, stampEnd);
        }
        return true;
    }

    /**
     * Where the registry's ISO stamp, "2026-11-24T10:00:00[.201598][Z|+01:00]", that starts at
     * {@code from} ends, or -1 where none starts there; shared with the RFC 5424 row's reader.
     */
    static int stampEnd(byte[] s, int from, int n) {
        if (n - from < DATE_AND_TIME || !digits(s, from, 4) || s[from + 4] != '-' || !digits(s, from + 5, 2)
                || s[from + 7] != '-' || !digits(s, from + 8, 2) || s[from + 10] != 'T' && s[from + 10] != ' '
                || !digits(s, from + 11, 2) || s[from + 13] != ':' || !digits(s, from + 14, 2) || s[from + 16] != ':'
                || !digits(s, from + 17, 2)) {
            return -1;
        }
        int i = from + DATE_AND_TIME;
        if (i + 1 < n && (s[i] == '.' || s[i] == ',') && KernelTag.isDigit(s[i + 1])) {
            i++;
            while (i < n && KernelTag.isDigit(s[i])) {
                i++;
            }
        }
        return afterOffset(s, i, n);
    }

    /** After the regex's optional "Z|[+-]\d\d:?\d\d" at {@code i}: where it ends, or {@code i} where there is none. */
    private static int afterOffset(byte[] s, int i, int n) {
        if (i < n && s[i] == 'Z') {
            return i + 1;
        }
        if (i >= n || s[i] != '+' && s[i] != '-' || !digits(s, i + 1, 2, n)) {
            return i;
        }
        int minutes = i + 3 < n && s[i + 3] == ':' ? i + 4 : i + 3;
        return digits(s, minutes, 2, n) ? minutes + 2 : i;
    }

    private static boolean digits(byte[] s, int at, int count, int n) {
        return at + count <= n && digits(s, at, count);
    }
}
