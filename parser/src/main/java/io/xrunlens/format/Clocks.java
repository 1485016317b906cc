package io.xrunlens.format;

import io.xrunlens.record.Record;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Turns the clocks wrappers print into microseconds. Wall clocks become microseconds since the
 * epoch (UTC); syslog stamps carry no year, so they are read as dates of the year 2000 and
 * then placed by each input's {@link YearlessClock}.
 */
final class Clocks {
    private static final int SYSLOG_YEAR = 2000;

    private Clocks() {
    }

    /** "535.201598" → 535201598. */
    static long seconds(String s) {
        int dot = s.indexOf('.');
        if (dot < 0) {
            return Long.parseLong(s.strip()) * 1_000_000L;
        }
        String frac = (s.substring(dot + 1) + "000000").substring(0, 6);
        return Long.parseLong(s.substring(0, dot).strip()) * 1_000_000L + Long.parseLong(frac);
    }

    /** "Nov 24 10:00:00" or "Nov  4 10:00:00.201598" (syslog, journalctl short[-precise]). */
    static long syslog(String month, String day, String time) {
        return date(SYSLOG_YEAR, month, day, time);
    }

    private static long date(int year, String month, String day, String time) {
        try {
            Month mon = Month.from(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH).parse(month));
            long ofDay = timeOfDay(time);
            LocalDateTime midnight = LocalDateTime.of(year, mon, Integer.parseInt(day.strip()), 0, 0);
            return ofDay == Record.NO_TIME ? Record.NO_TIME : midnight.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + ofDay;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Record.NO_TIME;
        }
    }

    /** "10:00:00" or "10:00:00.201598" as microseconds since midnight, read by hand (no regex per line). */
    static long timeOfDay(String time) {
        if (time.length() < 8 || time.charAt(2) != ':' || time.charAt(5) != ':') {
            return Record.NO_TIME;
        }
        try {
            long h = Integer.parseInt(time, 0, 2, 10);
            long m = Integer.parseInt(time, 3, 5, 10);
            long sec = Integer.parseInt(time, 6, 8, 10);
            long micros = time.length() > 9 && time.charAt(8) == '.' ? seconds("0." + time.substring(9)) : 0;
            return ((h * 60 + m) * 60 + sec) * 1_000_000L + micros;
        } catch (NumberFormatException e) {
            return Record.NO_TIME;
        }
    }

    /** Ends in "+0100" / "-0530" (no colon), which OffsetDateTime does not read: checked by hand, per line. */
    private static boolean hasColonlessOffset(String t) {
        int n = t.length();
        if (n < 5 || t.charAt(n - 5) != '+' && t.charAt(n - 5) != '-') {
            return false;
        }
        for (int i = n - 4; i < n; i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "2026-11-24T10:00:00.201598+01:00", "...,201598+0100" or without fraction. */
    static long iso(String text) {
        String t = text.replace(',', '.');
        if (hasColonlessOffset(t)) {
            t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        }
        try {
            OffsetDateTime odt = OffsetDateTime.parse(t);
            return odt.toEpochSecond() * 1_000_000L + odt.getNano() / 1000;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime ldt = LocalDateTime.parse(t.replace(' ', 'T'));
                return ldt.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + ldt.getNano() / 1000;
            } catch (DateTimeParseException e2) {
                return Record.NO_TIME;
            }
        }
    }

    /** dmesg -T "Tue Nov 24 10:00:00 2026". */
    static long ctime(String month, String day, String time, String year) {
        return date(Integer.parseInt(year), month, day, time);
    }

    /** Syslog/printk level names → 0..7. */
    static int level(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "emerg", "panic" -> 0;
            case "alert" -> 1;
            case "crit" -> 2;
            case "err", "error" -> 3;
            case "warn", "warning" -> 4;
            case "notice" -> 5;
            case "info" -> 6;
            case "debug" -> 7;
            default -> -1;
        };
    }

    /** logcat priority letters. */
    static int logcatLevel(String letter) {
        return switch (letter) {
            case "F" -> 0;
            case "E" -> 3;
            case "W" -> 4;
            case "I" -> 6;
            case "D", "V" -> 7;
            default -> -1;
        };
    }
}
