package io.xrunlens.format;

import io.xrunlens.input.Bytes;
import java.nio.charset.StandardCharsets;

/**
 * OpenWrt's logread prefix read by hand, "Sat Dec  5 10:00:00 2026 kern.info kernel: ": the
 * language of its row's regex in {@link FormatRegistry} (a test holds them equal on every sample
 * line and on near misses): ctime's English weekday and month, the day, the time and the year,
 * then the facility's level and the tag. No host: logread prints the board's own log.
 */
final class LogreadPrefix extends HandReadPrefix {
    private static final byte[] KERN_DOT = " kern.".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] KERNEL = " kernel: ".getBytes(StandardCharsets.ISO_8859_1);
    /** "Sat Dec ": weekday, month and the first space after it. */
    private static final int WEEKDAY_AND_MONTH = 8;

    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        if (n - from < WEEKDAY_AND_MONTH || !weekday(s, from) || s[from + 3] != ' ' || Clocks.month(s, from + 4) == 0
                || s[from + 7] != ' ') {
            return false;
        }
        int dayStart = from + WEEKDAY_AND_MONTH;
        while (dayStart < n && s[dayStart] == ' ') {
            dayStart++;
        }
        int dayEnd = digitsEnd(s, dayStart, n);
        int time = dayEnd + 1;
        int year = time + 9;
        int levelStart = year + 4 + KERN_DOT.length;
        if (dayEnd == dayStart || dayEnd - dayStart > 2 || levelStart > n || s[dayEnd] != ' ' || !isTime(s, time)
                || s[time + 8] != ' ' || !digits(s, year, 4) || !Bytes.startsWith(s, year + 4, n, KERN_DOT)) {
            return false;
        }
        int levelEnd = levelStart;
        while (levelEnd < n && KernelTag.isWordChar(s[levelEnd])) {
            levelEnd++;
        }
        if (levelEnd == levelStart || !Bytes.startsWith(s, levelEnd, n, KERNEL)) {
            return false;
        }
        if (out != null) {
            out.end = levelEnd + KERNEL.length - from;
            out.level = Clocks.level(latin1(s, levelStart, levelEnd));
            out.micros = Clocks.dateAt(s, (int) number(s, year, year + 4), Clocks.month(s, from + 4), dayStart, dayEnd,
                    time, time + 8);
            out.hostStart = -1;
            out.hostEnd = -1;
        }
        return true;
    }

    /** ctime's English weekday, "Mon" to "Sun", at {@code at} (the caller knows three bytes are there). */
    private static boolean weekday(byte[] s, int at) {
        int key = s[at] << 16 | s[at + 1] << 8 | s[at + 2];
        return switch (key) {
            case 'M' << 16 | 'o' << 8 | 'n', 'T' << 16 | 'u' << 8 | 'e', 'W' << 16 | 'e' << 8 | 'd',
                 'T' << 16 | 'h' << 8 | 'u', 'F' << 16 | 'r' << 8 | 'i', 'S' << 16 | 'a' << 8 | 't',
                 'S' << 16 | 'u' << 8 | 'n' -> true;
            default -> false;
        };
    }
}
