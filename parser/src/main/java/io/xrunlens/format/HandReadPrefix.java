package io.xrunlens.format;

import io.xrunlens.record.Record;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;

/**
 * A row's prefix read by hand from a line's bytes, one character a byte (Latin-1), so that a
 * line framed from its bytes needs no String for its prefix. A text is read as its Latin-1
 * bytes, a character beyond Latin-1 (a surrogate pair's halves too) as '?', which no prefix holds
 * but a host name, as the regex's \S does; the line separators as NEL (0x85), which \S holds too
 * but the regex's dot refuses.
 */
abstract class HandReadPrefix implements WrapperFormat.FastPrefix {
    @Override
    public boolean scan(String s, WrapperFormat.Scan out) {
        byte[] b = latin1(s);
        return scan(b, 0, b.length, out);
    }

    /** The text as the bytes the readers read, one a character (see the class comment). */
    static byte[] latin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            char c = s.charAt(i);
            b[i] = c <= 0xff ? (byte) c : c == '\u2028' || c == '\u2029' ? (byte) 0x85 : (byte) '?';
        }
        return b;
    }

    /** {@code s[from, to)} read as Latin-1, one character a byte. */
    static String latin1(byte[] s, int from, int to) {
        return new String(s, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** "10:00:00" at {@code at} (the caller knows the eight bytes are there). */
    static boolean isTime(byte[] s, int at) {
        return digits(s, at, 2) && s[at + 2] == ':' && digits(s, at + 3, 2) && s[at + 5] == ':' && digits(s, at + 6, 2);
    }

    /** An ISO stamp's time, or none for one that names no time (the 30th of February), as the rows' clocks read it. */
    static long isoClock(byte[] s, int from, int to) {
        try {
            return Clocks.isoAt(s, from, to);
        } catch (DateTimeException e) {
            return Record.NO_TIME;
        }
    }

    /** Where the run of digits from {@code i} ends (before {@code n}): {@code i} where there is none. */
    static int digitsEnd(byte[] s, int i, int n) {
        while (i < n && KernelTag.isDigit(s[i])) {
            i++;
        }
        return i;
    }

    /** Whether {@code s[at, at + count)}, which the caller knows to be in the line, are digits. */
    static boolean digits(byte[] s, int at, int count) {
        return digitsEnd(s, at, at + count) == at + count;
    }

    /** The digits {@code s[from, to)} as a number, or none where it passes a long (as Long.parseLong refuses it). */
    static long number(byte[] s, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = s[i] - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                return Record.NO_TIME;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
