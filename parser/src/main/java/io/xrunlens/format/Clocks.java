package io.xrunlens.format;

import io.xrunlens.record.Record;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        return at(year, month(month), day, timeOfDay(time));
    }

    /** A day's time of day as microseconds since the epoch; no clock when the month (0), day or time is none. */
    private static long at(int year, int month, String day, long ofDay) {
        if (month == 0 || ofDay == Record.NO_TIME) {
            return Record.NO_TIME;
        }
        try {
            return midnight(year, month, Integer.parseInt(day.strip())) + ofDay;
        } catch (DateTimeException | NumberFormatException e) {
            return Record.NO_TIME;
        }
    }

    /**
     * Microseconds since the epoch at midnight (UTC) of that date, by arithmetic: java.time's
     * LocalDate and YearMonth were an object or two per line of a log whose every line carries its
     * date, which the quick compiler does not optimise away.
     *
     * @throws DateTimeException when there is no such date (a 30 February), as LocalDate.of would
     */
    static long midnight(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            throw new DateTimeException("no such date: " + year + "-" + month + "-" + day);
        }
        return epochDay(year, month, day) * 86_400_000_000L;
    }

    /** The days of a month of the proleptic Gregorian calendar, as YearMonth.lengthOfMonth counts them. */
    static int lengthOfMonth(int year, int month) {
        if (month == 2) {
            boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /**
     * Days since 1970-01-01 of a valid date, as LocalDate.toEpochDay counts them: years counted
     * from March in eras of 400 years, so that the leap day ends a year (Howard Hinnant's
     * days_from_civil).
     */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1L : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /**
     * A syslog stamp read in place from a line's Latin-1 bytes: the month's three letters at
     * {@code at}, the day in [dayStart, dayEnd), the time of day in [timeStart, timeEnd). No
     * String per line.
     */
    static long syslogAt(byte[] b, int at, int dayStart, int dayEnd, int timeStart, int timeEnd) {
        return dateAt(b, month(b, at), dayStart, dayEnd, timeStart, timeEnd);
    }

    /** The same with the month given as a number (0: none), as logcat's "11-24 10:00:00.201" names it. */
    static long dateAt(byte[] b, int mon, int dayStart, int dayEnd, int timeStart, int timeEnd) {
        return dateAt(b, SYSLOG_YEAR, mon, dayStart, dayEnd, timeStart, timeEnd);
    }

    /** The same in the year given (ctime's "Sat Dec  5 10:00:00 2026", as OpenWrt's logread prints it). */
    static long dateAt(byte[] b, int year, int mon, int dayStart, int dayEnd, int timeStart, int timeEnd) {
        long ofDay = timeOfDay(b, timeStart, timeEnd);
        if (mon == 0 || ofDay == Record.NO_TIME) {
            return Record.NO_TIME;
        }
        int day = digits(b, dayStart, dayEnd);
        if (day < 0) {
            return Record.NO_TIME;
        }
        try {
            return midnight(year, mon, day) + ofDay;
        } catch (DateTimeException e) {
            return Record.NO_TIME;
        }
    }

    /** The month named by the three letters at {@code at} ("Nov" → 11), 0 if none. */
    static int month(String s, int at) {
        return s.length() < at + 3 ? 0 : month(s.charAt(at), s.charAt(at + 1), s.charAt(at + 2));
    }

    /** The same on a line's Latin-1 bytes. */
    static int month(byte[] b, int at) {
        return b.length < at + 3 ? 0 : month((char) (b[at] & 0xff), (char) (b[at + 1] & 0xff), (char) (b[at + 2] & 0xff));
    }

    private static int month(char a, char b, char c) {
        int key = a << 16 | b << 8 | c;
        return switch (key) {
            case 'J' << 16 | 'a' << 8 | 'n' -> 1;
            case 'F' << 16 | 'e' << 8 | 'b' -> 2;
            case 'M' << 16 | 'a' << 8 | 'r' -> 3;
            case 'A' << 16 | 'p' << 8 | 'r' -> 4;
            case 'M' << 16 | 'a' << 8 | 'y' -> 5;
            case 'J' << 16 | 'u' << 8 | 'n' -> 6;
            case 'J' << 16 | 'u' << 8 | 'l' -> 7;
            case 'A' << 16 | 'u' << 8 | 'g' -> 8;
            case 'S' << 16 | 'e' << 8 | 'p' -> 9;
            case 'O' << 16 | 'c' << 8 | 't' -> 10;
            case 'N' << 16 | 'o' << 8 | 'v' -> 11;
            case 'D' << 16 | 'e' << 8 | 'c' -> 12;
            default -> 0;
        };
    }

    /** "Nov" → 11, by hand (a DateTimeFormatter per line was a tenth of a syslog run); 0 if none. */
    static int month(String m) {
        return m.length() == 3 ? month(m, 0) : 0;
    }

    /** "10:00:00" or "10:00:00.201598" as microseconds since midnight, read by hand (no regex per line). */
    static long timeOfDay(String time) {
        // a character beyond Latin-1 becomes '?', which no clock has
        byte[] b = time.getBytes(StandardCharsets.ISO_8859_1);
        return timeOfDay(b, 0, b.length);
    }

    /** The same for {@code b[from, to)}, a line's Latin-1 bytes. */
    static long timeOfDay(byte[] b, int from, int to) {
        if (to - from < 8 || b[from + 2] != ':' || b[from + 5] != ':') {
            return Record.NO_TIME;
        }
        long h = digits(b, from, from + 2);
        long m = digits(b, from + 3, from + 5);
        long sec = digits(b, from + 6, from + 8);
        if (h < 0 || m < 0 || sec < 0) {
            return Record.NO_TIME;
        }
        long micros = 0;
        if (to - from > 9 && (b[from + 8] == '.' || b[from + 8] == ',')) {
            // the first six digits of the fraction, scaled: ".2" is 200000 µs (the rows that print a
            // decimal comma read it alike; the others end their time before any comma)
            long scale = 100_000;
            for (int i = from + 9; i < to && scale > 0; i++, scale /= 10) {
                int c = b[i];
                if (c < '0' || c > '9') {
                    return Record.NO_TIME;
                }
                micros += (c - '0') * scale;
            }
        }
        return ((h * 60 + m) * 60 + sec) * 1_000_000L + micros;
    }

    /**
     * The number b[from, to) of digits only, or -1. By hand, not {@code Integer.parseInt}: it is
     * asked several times per line of a syslog, and parseInt's checks (a sign, any radix) cost
     * more than the reading.
     */
    private static int digits(byte[] b, int from, int to) {
        if (from >= to) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
        long fast = isoByHand(text);
        return fast != NOT_READ ? fast : isoByJavaTime(text);
    }

    /** What {@link #isoByHand} returns for a stamp it leaves to java.time. */
    static final long NOT_READ = Long.MIN_VALUE + 1;

    /**
     * The common shapes read by hand, "2026-11-24T10:00:00.201598+01:00" (or a space for the T,
     * "," for the ".", "+0100", "Z", no offset): java.time's parser was a third of a 200 MB
     * journalctl -o short-iso run. Anything else (a date that does not exist, an offset past
     * 18 hours, another shape) is left to java.time, which decides as before ({@code ClocksTest}
     * holds the two equal).
     */
    static long isoByHand(String t) {
        byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
        return b.length != t.length() ? NOT_READ : isoByHand(b, 0, b.length);
    }

    /** {@link #iso(String)} of the stamp {@code b[from, to)}, a line's Latin-1 bytes: no String unless java.time must read it. */
    static long isoAt(byte[] b, int from, int to) {
        long fast = isoByHand(b, from, to);
        return fast != NOT_READ ? fast : isoByJavaTime(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }

    /** {@link #isoByHand(String)} on {@code b[from, to)}. */
    private static long isoByHand(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 19 || b[from + 4] != '-' || b[from + 7] != '-' || b[from + 10] != 'T' && b[from + 10] != ' '
                || b[from + 13] != ':' || b[from + 16] != ':') {
            return NOT_READ;
        }
        int year = digits(b, from, from + 4);
        int month = digits(b, from + 5, from + 7);
        int day = digits(b, from + 8, from + 10);
        long ofDay = timeOfDay(b, from + 11, from + 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || ofDay == Record.NO_TIME
                || ofDay >= 86_400_000_000L || digits(b, from + 14, from + 16) > 59 || digits(b, from + 17, from + 19) > 59) {
            return NOT_READ;
        }
        int i = from + 19;
        if (i < to && (b[i] == '.' || b[i] == ',')) {
            int first = ++i;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == first || i - first > 9) {
                return NOT_READ;
            }
            ofDay += fractionMicros(b, first, i);
        }
        long offsetSeconds = 0;
        if (i < to && b[i] == 'Z') {
            i++;
        } else if (i < to && (b[i] == '+' || b[i] == '-')) {
            int hh = digits(b, i + 1, Math.min(to, i + 3));
            int colon = i + 3 < to && b[i + 3] == ':' ? 1 : 0;
            int mm = digits(b, i + 3 + colon, Math.min(to, i + 5 + colon));
            if (hh < 0 || mm < 0 || hh > 18 || mm > 59 || hh == 18 && mm > 0 || i + 5 + colon != to) {
                return NOT_READ;
            }
            offsetSeconds = (b[i] == '-' ? -1 : 1) * (hh * 3600L + mm * 60L);
            i = to;
        }
        if (i != to || day > lengthOfMonth(year, month)) {
            return NOT_READ;
        }
        return midnight(year, month, day) + ofDay - offsetSeconds * 1_000_000L;
    }

    /** The fraction of a second whose digits are {@code b[from, to)}, in microseconds: its first six digits, scaled. */
    static long fractionMicros(byte[] b, int from, int to) {
        long micros = 0;
        long scale = 100_000;
        for (int i = from; i < to && scale > 0; i++, scale /= 10) {
            micros += (b[i] - '0') * scale;
        }
        return micros;
    }

    /** The stamp read by java.time: an ISO date-time with an offset, else a local one read as UTC. */
    static long isoByJavaTime(String text) {
        String t = text.replace(',', '.').replace(' ', 'T'); // "2026-11-24 10:00:00+01:00" has its offset too
        if (hasColonlessOffset(t)) {
            t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        }
        try {
            OffsetDateTime odt = OffsetDateTime.parse(t);
            return odt.toEpochSecond() * 1_000_000L + odt.getNano() / 1000;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime ldt = LocalDateTime.parse(t);
                return ldt.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + ldt.getNano() / 1000;
            } catch (DateTimeParseException e2) {
                return Record.NO_TIME;
            }
        }
    }

    /** A syslog or journalctl stamp whose month is in any language ("Dez", "дек", "12月"); no clock if none names it. */
    static long syslogAnyLanguage(String month, String day, String time) {
        return at(SYSLOG_YEAR, monthAnyLanguage(month), day, timeOfDay(time.replace(',', '.')));
    }

    /** The month (1-12) a syslog stamp's name in any language stands for, 0 if none. */
    static int monthAnyLanguage(String month) {
        int mon = LocaleNames.month(month);
        if (mon == 0 && month.indexOf(' ') > 0) { // "de des.": the last word alone may be the name
            mon = LocaleNames.month(month.substring(month.lastIndexOf(' ') + 1));
        }
        return mon;
    }

    /**
     * dmesg -T in the user's language: {@code weekdayAndMonth} is what strftime's "%a %b" printed
     * ("Di Dez", "dt. de des.", "二 12月"), the month its last word (or two); no clock when no
     * language names such a month.
     */
    static long ctimeAnyLanguage(String weekdayAndMonth, String day, String time, String year) {
        MonthName last = LAST_WEEKDAY_AND_MONTH.get(); // the same for every line of a day
        if (!weekdayAndMonth.equals(last.text)) {
            last.month = monthOfCtime(weekdayAndMonth);
            last.text = weekdayAndMonth;
        }
        return at(Integer.parseInt(year), last.month, day, timeOfDay(time)); // the pattern makes year four digits
    }

    /** A weekday-and-month text and the month it names. */
    private static final class MonthName {
        String text;
        int month;
    }

    /** The last weekday-and-month text read, per thread. */
    private static final ThreadLocal<MonthName> LAST_WEEKDAY_AND_MONTH = ThreadLocal.withInitial(MonthName::new);

    private static int monthOfCtime(String weekdayAndMonth) {
        // the last word, and the two last: no regular expression per line (a split was a sixth of a dmesg -T run);
        // the first word is the weekday, which tells a locale's month where its name is two locales' two months
        String s = weekdayAndMonth.strip();
        int lastStart = wordStart(s, s.length());
        int firstEnd = 0;
        while (firstEnd < lastStart && !isSpace(s.charAt(firstEnd))) {
            firstEnd++;
        }
        int mon = firstEnd < lastStart ? LocaleNames.month(s.substring(0, firstEnd), s.substring(lastStart))
                : LocaleNames.month(s.substring(lastStart));
        if (mon == 0 && lastStart > 0) {
            int gapStart = lastStart;
            while (gapStart > 0 && isSpace(s.charAt(gapStart - 1))) {
                gapStart--;
            }
            mon = LocaleNames.month(s.substring(wordStart(s, gapStart), gapStart) + " " + s.substring(lastStart));
        }
        return mon;
    }

    /** Where the word that ends at {@code end} starts (words are split by {@link #isSpace}). */
    private static int wordStart(String s, int end) {
        int i = end;
        while (i > 0 && !isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** A regular expression's \s: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * A numeric date in the orders terminals print ("01.12.2026" day first, "12/01/2026" month
     * first unless the first number cannot be a month, "2026/12/01" year first) and a time of
     * day, on a 12-hour clock when {@code ampm} is given ("AM", "p.m."); no clock if it is no date.
     */
    static long numericDate(String date, String time, String ampm) {
        // split at the date's two marks by hand: String.split compiles "[./]" as a pattern on every call
        int firstMark = markAfter(date, 0);
        int secondMark = firstMark < 0 ? -1 : markAfter(date, firstMark + 1);
        if (secondMark < 0) {
            return Record.NO_TIME;
        }
        String[] p = {date.substring(0, firstMark), date.substring(firstMark + 1, secondMark), date.substring(secondMark + 1)};
        boolean dot = date.indexOf('.') >= 0;
        try {
            int a = Integer.parseInt(p[0]);
            int b = Integer.parseInt(p[1]);
            int c = Integer.parseInt(p[2]);
            int year;
            int month;
            int day;
            if (p[0].length() == 4) {
                year = a;
                month = b;
                day = c;
            } else {
                year = c < 100 ? 2000 + c : c;
                boolean dayFirst = dot || a > 12;
                day = dayFirst ? a : b;
                month = dayFirst ? b : a;
            }
            String t = time.replace(',', '.');
            if (t.indexOf(':') == 1) {
                t = "0" + t;
            }
            long ofDay = timeOfDay(t);
            if (ofDay == Record.NO_TIME) {
                return Record.NO_TIME;
            }
            if (ampm != null) {
                long hour = ofDay / 3_600_000_000L;
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                if (hour > 12 || hour == 0) {
                    return Record.NO_TIME;
                }
                ofDay += ((hour == 12 ? 0 : hour) + (pm ? 12 : 0) - hour) * 3_600_000_000L;
            }
            return midnight(year, month, day) + ofDay;
        } catch (NumberFormatException | DateTimeException e) {
            return Record.NO_TIME;
        }
    }

    /** The first '.' or '/' from {@code from}, or -1. */
    private static int markAfter(String date, int from) {
        for (int i = from; i < date.length(); i++) {
            if (date.charAt(i) == '.' || date.charAt(i) == '/') {
                return i;
            }
        }
        return -1;
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
        return letter.length() == 1 ? logcatLevel(letter.charAt(0)) : -1;
    }

    /** The same for the letter as a line's byte or character. */
    static int logcatLevel(int letter) {
        return switch (letter) {
            case 'F' -> 0;
            case 'E' -> 3;
            case 'W' -> 4;
            case 'I' -> 6;
            case 'D', 'V' -> 7;
            default -> -1;
        };
    }
}
