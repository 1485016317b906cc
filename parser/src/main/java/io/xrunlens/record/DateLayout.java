package io.xrunlens.record;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The layouts the date styles print, written by hand: a report of many boots words a time for
 * each finding, each in another second, and DateTimeFormatter was most of it. Each layout keeps
 * its pattern, which writes a date the hand cannot (a year before 1 or after 9999); a test holds
 * the two equal.
 */
enum DateLayout {
    /** "2026-11-24 10:08:55". */
    DATE_TIME("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
    /** logcat's "11-24 10:08:55". */
    MONTH_DAY("MM-dd HH:mm:ss", Locale.ROOT),
    /** syslog's "Nov 4 10:08:55". */
    SYSLOG("MMM d HH:mm:ss", Locale.ENGLISH),
    /** journalctl's "Nov 04 10:08:55". */
    SYSLOG_TWO_DIGITS("MMM dd HH:mm:ss", Locale.ENGLISH),
    /** classic syslog's "Nov  4 10:08:55". */
    SYSLOG_PADDED("MMM ppd HH:mm:ss", Locale.ENGLISH);

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    final DateTimeFormatter formatter;

    DateLayout(String pattern, Locale locale) {
        this.formatter = DateTimeFormatter.ofPattern(pattern, locale);
    }

    /** January's "Jan" to December's "Dec", as the syslog layouts write them. */
    static String englishMonth(int month) {
        return MONTHS[month - 1];
    }

    String print(LocalDateTime t) {
        StringBuilder b = new StringBuilder(20);
        switch (this) {
            case DATE_TIME -> {
                if (t.getYear() < 1 || t.getYear() > 9999) {
                    return formatter.format(t);
                }
                two(b, t.getYear() / 100);
                two(b, t.getYear() % 100);
                two(b.append('-'), t.getMonthValue());
                two(b.append('-'), t.getDayOfMonth());
            }
            case MONTH_DAY -> two(two(b, t.getMonthValue()).append('-'), t.getDayOfMonth());
            default -> {
                b.append(MONTHS[t.getMonthValue() - 1]).append(' ');
                int day = t.getDayOfMonth();
                if (day < 10 && this == SYSLOG_TWO_DIGITS) {
                    b.append('0');
                } else if (day < 10 && this == SYSLOG_PADDED) {
                    b.append(' ');
                }
                b.append(day);
            }
        }
        two(b.append(' '), t.getHour());
        two(b.append(':'), t.getMinute());
        return two(b.append(':'), t.getSecond()).toString();
    }

    private static StringBuilder two(StringBuilder b, int value) {
        return b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
