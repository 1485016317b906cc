package io.xrunlens.format;

/**
 * The syslog prefix read by hand, "Nov 24 10:00:00[.201598] host [kern.info ]kernel: ": the same
 * language as its row's regex in {@link FormatRegistry} (a test holds them equal on every sample
 * line and on near misses), at a fraction of the cost on logs of millions of lines.
 */
final class SyslogPrefix implements WrapperFormat.FastPrefix {
    private static final String KERNEL = "kernel: ";

    @Override
    public boolean scan(String s, WrapperFormat.Scan out) {
        int n = s.length();
        if (n < 16 || Clocks.month(s, 0) == 0) {
            return false;
        }
        int i = 3;
        if (s.charAt(i) != ' ') {
            return false;
        }
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        int dayStart = i;
        while (i < n && i - dayStart < 3 && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == dayStart || i - dayStart > 2 || i >= n || s.charAt(i) != ' ') {
            return false;
        }
        int dayEnd = i;
        int timeStart = ++i;
        if (i + 8 > n || !isDigit(s.charAt(i)) || !isDigit(s.charAt(i + 1)) || s.charAt(i + 2) != ':'
                || !isDigit(s.charAt(i + 3)) || !isDigit(s.charAt(i + 4)) || s.charAt(i + 5) != ':'
                || !isDigit(s.charAt(i + 6)) || !isDigit(s.charAt(i + 7))) {
            return false;
        }
        i += 8;
        if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        int timeEnd = i;
        if (i >= n || s.charAt(i) != ' ') {
            return false;
        }
        int hostStart = ++i;
        while (i < n && !isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i == hostStart || i >= n || s.charAt(i) != ' ') {
            return false;
        }
        i++;
        String level = null;
        if (s.startsWith("kern.", i)) {
            int w = i + 5;
            int wordStart = w;
            while (w < n && isWordChar(s.charAt(w))) {
                w++;
            }
            if (w > wordStart && w < n && s.charAt(w) == ' ' && s.startsWith(KERNEL, w + 1)) {
                level = s.substring(wordStart, w);
                i = w + 1;
            }
        }
        if (!s.startsWith(KERNEL, i)) {
            return false;
        }
        if (out != null) {
            out.end = i + KERNEL.length();
            out.micros = Clocks.syslogAt(s, dayStart, dayEnd, timeStart, timeEnd);
            out.level = level == null ? -1 : Clocks.level(level);
        }
        return true;
    }

    /** {@link Character#isWhitespace}, asked only of what may be: no printable ASCII character is. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 0x7f) && Character.isWhitespace(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_';
    }
}
