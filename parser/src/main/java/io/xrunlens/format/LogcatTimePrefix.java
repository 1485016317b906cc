package io.xrunlens.format;

/**
 * Android's {@code logcat -b kernel -v time} prefix read by hand, "11-24 10:00:00.201 I/kernel
 * (    0): ": the language of its row's regex in {@link FormatRegistry} (a test holds them equal
 * on every sample line and on near misses): logcat's stamp and level, a tag of up to forty
 * characters with no parenthesis or colon, and the process id in parentheses.
 */
final class LogcatTimePrefix extends CountingPrefix {
    /** The longest tag: the regex's "[^(:]{1,40}". */
    private static final int MAX_TAG = 40;

    LogcatTimePrefix(WrapperFormat.FastPrefix regex) {
        super(regex);
    }

    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        int at = from + LogcatPrefix.STAMP;
        if (!LogcatPrefix.stamp(s, from, n) || n - at < 3 || s[at] != ' ' || Clocks.logcatLevel(s[at + 1]) < 0
                || s[at + 2] != '/') {
            return false;
        }
        int tag = at + 3;
        int open = tag;
        while (open < n && s[open] != '(' && s[open] != ':') {
            open++;
        }
        if (open == tag || open - tag > MAX_TAG || open >= n || s[open] != '(') {
            return false;
        }
        int digits = open + 1;
        while (digits < n && s[digits] == ' ') {
            digits++;
        }
        int end = digitsEnd(s, digits, n);
        if (end == digits || n - end < 3 || s[end] != ')' || s[end + 1] != ':' || s[end + 2] != ' ') {
            return false;
        }
        if (out != null) {
            out.end = end + 3 - from;
            out.level = Clocks.logcatLevel(s[at + 1]);
            out.micros = LogcatPrefix.clock(s, from);
            out.hostStart = -1;
            out.hostEnd = -1;
        }
        return true;
    }
}
