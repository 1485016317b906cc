package io.xrunlens.format;

/**
 * The syslog prefix read by hand, "[&lt;6&gt;]Nov 24 10:00:00[.201598] [host ][kern.info ]kernel: ": the same
 * language as its row's regex in {@link FormatRegistry} (a test holds them equal on every sample
 * line and on near misses), at a fraction of the cost on logs of millions of lines.
 */
final class SyslogPrefix extends HandReadPrefix {
    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        int priority = -1;
        int at = from;
        if (at < n && s[at] == '<') { // a raw packet's priority: its low bits are the level
            int digits = at + 1;
            while (digits < n && digits - at <= 3 && isDigit(s[digits])) {
                digits++;
            }
            if (digits == at + 1 || digits >= n || s[digits] != '>') {
                return false;
            }
            priority = (int) number(s, at + 1, digits);
            at = digits + 1;
        }
        if (n - at < 16 || Clocks.month(s, at) == 0) {
            return false;
        }
        int i = at + 3;
        if (s[i] != ' ') {
            return false;
        }
        while (i < n && s[i] == ' ') {
            i++;
        }
        int dayStart = i;
        while (i < n && i - dayStart < 3 && isDigit(s[i])) {
            i++;
        }
        if (i == dayStart || i - dayStart > 2 || i >= n || s[i] != ' ') {
            return false;
        }
        int dayEnd = i;
        int timeStart = ++i;
        if (i + 8 > n || !isDigit(s[i]) || !isDigit(s[i + 1]) || s[i + 2] != ':' || !isDigit(s[i + 3])
                || !isDigit(s[i + 4]) || s[i + 5] != ':' || !isDigit(s[i + 6]) || !isDigit(s[i + 7])) {
            return false;
        }
        i += 8;
        if (i + 1 < n && s[i] == '.' && isDigit(s[i + 1])) {
            i++;
            while (i < n && isDigit(s[i])) {
                i++;
            }
        }
        int timeEnd = i;
        if (!KernelTag.read(s, from, i, n, out, priority < 0 ? -1 : priority & 7)) {
            return false;
        }
        if (out != null) {
            out.micros = Clocks.syslogAt(s, at, dayStart, dayEnd, timeStart, timeEnd);
        }
        return true;
    }

    private static boolean isDigit(byte c) {
        return KernelTag.isDigit(c);
    }
}
