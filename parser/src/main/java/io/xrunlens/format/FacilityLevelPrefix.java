package io.xrunlens.format;

import io.xrunlens.input.Bytes;
import io.xrunlens.record.Record;
import java.nio.charset.StandardCharsets;

/**
 * dmesg -x's prefix read by hand, "kern  :info  : ": the language of its row's regex in
 * {@link FormatRegistry} (a test holds them equal on every sample line and on near misses): a
 * syslog facility's name and a level's, each padded with spaces before its colon. The level is
 * the prefix's; the clock is the kernel's stamp after it, which the row reads as any other's.
 */
final class FacilityLevelPrefix extends HandReadPrefix {
    private static final byte[][] FACILITIES = Bytes.latin1("kern", "user", "mail", "daemon", "authpriv", "auth", "syslog", "lpr",
            "news", "uucp", "cron", "ftp");
    private static final byte[] LOCAL = "local".getBytes(StandardCharsets.ISO_8859_1);
    /** In the order of the levels' numbers: "emerg" is 0. */
    private static final byte[][] LEVELS = Bytes.latin1("emerg", "alert", "crit", "err", "warn", "notice", "info", "debug");

    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        int facility = afterFacility(s, from, n);
        if (facility < 0) {
            return false;
        }
        for (int level = 0; level < LEVELS.length; level++) {
            if (Bytes.startsWith(s, facility, n, LEVELS[level])) {
                int colon = afterPadding(s, facility + LEVELS[level].length, n);
                if (colon < 0 || colon >= n || s[colon] != ' ') {
                    return false; // no other level's name starts with this one's
                }
                if (out != null) {
                    out.end = colon + 1 - from;
                    out.level = level;
                    out.micros = Record.NO_TIME;
                    out.hostStart = -1;
                    out.hostEnd = -1;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * After a facility's name at {@code i} and the " *:" after it: past the colon, or -1 where
     * none is there ("auth" and "authpriv" both tried).
     */
    private static int afterFacility(byte[] s, int i, int n) {
        for (byte[] name : FACILITIES) {
            int colon = Bytes.startsWith(s, i, n, name) ? afterPadding(s, i + name.length, n) : -1;
            if (colon >= 0) {
                return colon;
            }
        }
        return Bytes.startsWith(s, i, n, LOCAL) && i + LOCAL.length < n && KernelTag.isDigit(s[i + LOCAL.length])
                ? afterPadding(s, i + LOCAL.length + 1, n) : -1;
    }

    /** After the regex's " *:" at {@code i}: past the colon, or -1 where it is not there. */
    private static int afterPadding(byte[] s, int i, int n) {
        while (i < n && s[i] == ' ') {
            i++;
        }
        return i < n && s[i] == ':' ? i + 1 : -1;
    }
}
