package io.xrunlens.format;

import io.xrunlens.record.Record;

/**
 * The prefix of /dev/kmsg's records, "6,1234,535201598,-;" (level and facility, sequence number,
 * microseconds, flags, then optional fields up to the ';'), read by hand: the language of its
 * row's regex in {@link FormatRegistry} (a test holds them equal on every sample line and on near
 * misses). The regex was nearly half of what reading a captured /dev/kmsg cost.
 */
final class KmsgPrefix extends HandReadPrefix {
    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        int levelEnd = digitsEnd(s, from, n);
        if (levelEnd == from || levelEnd >= n || s[levelEnd] != ',') {
            return false;
        }
        int sequenceEnd = digitsEnd(s, levelEnd + 1, n);
        if (sequenceEnd == levelEnd + 1 || sequenceEnd >= n || s[sequenceEnd] != ',') {
            return false;
        }
        int clockStart = sequenceEnd + 1;
        int clockEnd = digitsEnd(s, clockStart, n);
        if (clockEnd == clockStart || clockEnd >= n || s[clockEnd] != ',') {
            return false;
        }
        int i = clockEnd + 1;
        while (i < n && s[i] != ';' && s[i] != ',') {
            i++; // the flags
        }
        while (i < n && s[i] != ';') {
            i++; // after a ',', the other fields
        }
        if (i >= n) {
            return false;
        }
        if (out != null) {
            out.end = i + 1 - from;
            out.micros = out.clock ? number(s, clockStart, clockEnd) : Record.NO_TIME;
            long level = number(s, from, levelEnd);
            out.level = level == Record.NO_TIME || level > Integer.MAX_VALUE ? -1 : (int) level & 7;
            out.hostStart = -1; // kmsg names no host
            out.hostEnd = -1;
        }
        return true;
    }
}
