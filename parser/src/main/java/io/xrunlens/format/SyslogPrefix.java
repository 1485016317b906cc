package io.xrunlens.format;

import java.nio.charset.StandardCharsets;

/**
 * The syslog prefix read by hand, "Nov 24 10:00:00[.201598] host [kern.info ]kernel: ": the same
 * language as its row's regex in {@link FormatRegistry} (a test holds them equal on every sample
 * line and on near misses), at a fraction of the cost on logs of millions of lines. It reads a
 * line's bytes as Latin-1, one character a byte, so that a line framed from its bytes needs no
 * String for its prefix; a text is read as its Latin-1 bytes, a character beyond Latin-1 as '?'
 * (which no prefix holds but a host name, as the regex's \S does).
 */
final class SyslogPrefix implements WrapperFormat.FastPrefix {
    private static final byte[] KERNEL = "kernel: ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] KERN_DOT = "kern.".getBytes(StandardCharsets.ISO_8859_1);

    @Override
    public boolean scan(String s, WrapperFormat.Scan out) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length != s.length()) { // a surrogate pair became one '?': keep one byte a character
            b = new byte[s.length()];
            for (int i = 0; i < b.length; i++) {
                char c = s.charAt(i);
                b[i] = c <= 0xff ? (byte) c : (byte) '?';
            }
        }
        return scan(b, 0, b.length, out);
    }

    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        if (n - from < 16 || Clocks.month(s, from) == 0) {
            return false;
        }
        int i = from + 3;
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
        if (i >= n || s[i] != ' ') {
            return false;
        }
        int hostStart = ++i;
        while (i < n && !isWhitespace(s[i])) {
            i++;
        }
        if (i == hostStart || i >= n || s[i] != ' ') {
            return false;
        }
        int hostEnd = i;
        i++;
        int levelStart = -1;
        int levelEnd = -1;
        if (startsWith(s, i, n, KERN_DOT)) {
            int w = i + KERN_DOT.length;
            int wordStart = w;
            while (w < n && isWordChar(s[w])) {
                w++;
            }
            if (w > wordStart && w < n && s[w] == ' ' && startsWith(s, w + 1, n, KERNEL)) {
                levelStart = wordStart;
                levelEnd = w;
                i = w + 1;
            }
        }
        if (!startsWith(s, i, n, KERNEL)) {
            return false;
        }
        if (out != null) {
            out.end = i + KERNEL.length - from;
            out.hostStart = hostStart - from;
            out.hostEnd = hostEnd - from;
            out.micros = Clocks.syslogAt(s, from, dayStart, dayEnd, timeStart, timeEnd);
            out.level = levelStart < 0 ? -1
                    : Clocks.level(new String(s, levelStart, levelEnd - levelStart, StandardCharsets.ISO_8859_1));
        }
        return true;
    }

    private static boolean startsWith(byte[] s, int at, int n, byte[] word) {
        if (n - at < word.length) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (s[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** The regex's \s: a space, tab, line feed, vertical tab, form feed or carriage return. */
    private static boolean isWhitespace(byte c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_';
    }
}
