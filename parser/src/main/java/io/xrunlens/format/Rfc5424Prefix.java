package io.xrunlens.format;

import io.xrunlens.input.Bytes;
import io.xrunlens.record.Record;
import java.nio.charset.StandardCharsets;

/**
 * The RFC 5424 prefix read by hand, "&lt;6&gt;1 2026-11-24T10:00:00.201598+01:00 host kernel - - [sd] ":
 * the language of its row's regex in {@link FormatRegistry} (a test holds them equal on every
 * sample line and on near misses). The regex, with its structured data's alternation, was two
 * thirds of what reading such a log cost.
 */
final class Rfc5424Prefix extends HandReadPrefix {
    private static final byte[] KERNEL = " kernel ".getBytes(StandardCharsets.ISO_8859_1);
    /** The byte-order mark RFC 5424 allows before a UTF-8 message, which the regex skips. */
    private static final char BOM = '\uFEFF';

    @Override
    public boolean scan(String line, WrapperFormat.Scan out) {
        // a character beyond Latin-1 reads as '?' below; the mark the regex skips is one of them
        boolean found = super.scan(line, out);
        if (found && out != null && out.end < line.length() && line.charAt(out.end) == BOM) {
            out.end++;
        }
        return found;
    }

    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        if (from >= n || s[from] != '<') {
            return false;
        }
        int digits = HandReadPrefix.digitsEnd(s, from + 1, Math.min(n, from + 4));
        if (digits == from + 1 || n - digits < 3 || s[digits] != '>' || s[digits + 1] != '1' || s[digits + 2] != ' ') {
            return false;
        }
        int stamp = digits + 3;
        int stampEnd = stamp < n && s[stamp] == '-' ? stamp + 1 : IsoSyslogPrefix.stampEnd(s, stamp, n);
        if (stampEnd < 0 || stampEnd >= n || s[stampEnd] != ' ') {
            return false;
        }
        int hostStart = stampEnd + 1;
        int hostEnd = KernelTag.tokenEnd(s, hostStart, n);
        if (hostEnd == hostStart || !Bytes.startsWith(s, hostEnd, n, KERNEL)) {
            return false;
        }
        int procIdEnd = fieldEnd(s, hostEnd + KERNEL.length, n);
        int msgIdEnd = procIdEnd < 0 ? -1 : fieldEnd(s, procIdEnd + 1, n);
        if (msgIdEnd < 0) {
            return false;
        }
        int dataEnd = structuredDataEnd(s, msgIdEnd + 1, n);
        if (dataEnd < 0 || dataEnd >= n || s[dataEnd] != ' ') {
            return false;
        }
        if (out != null) {
            out.end = dataEnd + 1 - from;
            out.level = (int) HandReadPrefix.number(s, from + 1, digits) & 7;
            out.micros = s[stamp] == '-' ? Record.NO_TIME : isoClock(s, stamp, stampEnd);
            out.hostStart = hostStart - from;
            out.hostEnd = hostEnd - from;
        }
        return true;
    }

    /** The end of the regex's "\S+ " from {@code i} (where its space is), or -1 where none starts there. */
    private static int fieldEnd(byte[] s, int i, int n) {
        int end = KernelTag.tokenEnd(s, i, n);
        return end > i && end < n && s[end] == ' ' ? end : -1;
    }

    /**
     * The end of "-" or of one or more "[…]" elements, in which a backslash escapes the next
     * character (any but a line terminator, as the regex's dot), or -1 where neither starts.
     */
    private static int structuredDataEnd(byte[] s, int i, int n) {
        if (i < n && s[i] == '-') {
            return i + 1;
        }
        int elements = 0;
        while (i < n && s[i] == '[') {
            int j = i + 1;
            while (j < n && s[j] != ']') {
                if (s[j] == '\\') {
                    if (j + 1 >= n || isLineTerminator(s[j + 1])) {
                        return -1;
                    }
                    j++;
                }
                j++;
            }
            if (j >= n) {
                return -1;
            }
            i = j + 1;
            elements++;
        }
        return elements > 0 ? i : -1;
    }

    /** The characters the regex's dot does not match (of those a Latin-1 byte reads as). */
    private static boolean isLineTerminator(byte c) {
        return c == '\n' || c == '\r' || c == (byte) 0x85;
    }
}
