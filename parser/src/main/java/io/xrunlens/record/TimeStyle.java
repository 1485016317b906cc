package io.xrunlens.record;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * How one input's times are shown to a person: the way the log prints them, so that a time in a
 * report can be found in the log with a search. Analysis always works on microseconds; only
 * words, pictures and tables go through a style. A log without a clock (dmesg -t, dmesg -H)
 * shows line numbers instead.
 *
 * <p>Each style also reads the same form back, for {@code --window}.
 */
public abstract class TimeStyle {

    /** The kernel's clock: seconds since boot with six decimals ("535.201664"). */
    public static final TimeStyle SECONDS = new TimeStyle("monotonic", 6) {
        @Override
        protected String print(long micros) {
            return Timestamps.format(micros);
        }

        @Override
        protected long read(String text) {
            return Math.round(Double.parseDouble(text) * 1e6);
        }
    };

    /** No clock at all: records are placed by line order and shown by line number. */
    public static final TimeStyle NONE = new TimeStyle("none", 6) {
        @Override
        protected String print(long micros) {
            return Timestamps.format(micros); // only reached for made-up times (tests, relative offsets)
        }

        @Override
        protected long read(String text) {
            throw new NumberFormatException("this log has no clock");
        }
    };

    private final String name;
    private final int decimals;

    private TimeStyle(String name, int decimals) {
        this.name = name;
        this.decimals = decimals;
    }

    /** The finest step the log prints, in microseconds: 1 for the kernel's clock, 1e6 for dmesg -T. */
    public final long resolutionMicros() {
        long r = 1;
        for (int i = Math.min(6, decimals); i < 6; i++) {
            r *= 10;
        }
        return r;
    }

    /** "monotonic", "wall", "yearless", "time-of-day" or "none", for the JSON report. */
    public final String name() {
        return name;
    }

    /** Whether the log has a clock at all (if not, places are line numbers). */
    public final boolean hasClock() {
        return this != NONE;
    }

    /** The time as the log prints it, or "-" when there is none. */
    public final String format(long micros) {
        return micros == Record.NO_TIME ? "-" : print(micros);
    }

    /** The time as the log prints it, or "line N" when the record has none. */
    public final String at(long micros, long line) {
        return micros == Record.NO_TIME ? "line " + line : print(micros);
    }

    /** Reads a time written the way this log prints it (or as seconds on the analysis clock). */
    public final OptionalLong parse(String text) {
        String t = text.strip();
        try {
            return OptionalLong.of(read(t));
        } catch (NumberFormatException | DateTimeParseException e) {
            try {
                return this == NONE ? OptionalLong.empty() : OptionalLong.of(SECONDS.read(t));
            } catch (NumberFormatException e2) {
                return OptionalLong.empty();
            }
        }
    }

    protected abstract String print(long micros);

    /**
     * This style for a picture whose font cannot draw every word a time holds ({@code canDraw}
     * says which it can): the log's own month name ("12月") in English instead. Others as they are.
     */
    public TimeStyle drawable(Predicate<String> canDraw) {
        return this;
    }

    /** A text written with this style (a verdict) with the times {@link #drawable(Predicate)} would write. */
    public String drawable(String text, Predicate<String> canDraw) {
        return text;
    }

    /** The microseconds of a printed time; throws NumberFormatException or DateTimeParseException. */
    protected abstract long read(String text);

    /**
     * Dates and times of day (dmesg -T, --time-format iso, journal -o short-iso, syslog or logcat
     * with --year), in the offset the log printed them in, with as many decimals as it printed.
     */
    public static TimeStyle wall(ZoneOffset offset, int decimals) {
        return new DateStyle("wall", DateLayout.DATE_TIME, offset, decimals);
    }

    /**
     * Syslog ("Nov 24 10:08:55.201598") or logcat ("11-24 10:08:55.201") stamps without a year,
     * whose times count from the first stamp; {@code origin} gives that stamp's date (in the
     * year 2000, which only serves to carry month and day).
     */
    public static TimeStyle yearless(boolean logcat, int decimals, LongSupplier origin) {
        return yearless(logcat ? DateLayout.MONTH_DAY : DateLayout.SYSLOG, decimals, origin, 0, null);
    }

    /**
     * The same, with the day written as the log writes it: {@code printedDay} is the first stamp's
     * day as printed ("01" for journalctl, " 1" for classic syslog, "1" or "24" where it cannot tell).
     */
    public static TimeStyle yearless(boolean logcat, String printedDay, int decimals, LongSupplier origin) {
        return yearless(logcat, printedDay, decimals, origin, 0, null);
    }

    /**
     * The same for a log in the user's language: the month {@code month} (1-12) is written as
     * the log wrote it, {@code monthWord} ("Dez", "févr.", "дек."), and read back so; others in
     * English (a log that runs into another month shows that month's English name).
     */
    public static TimeStyle yearless(boolean logcat, String printedDay, int decimals, LongSupplier origin, int month,
                                     String monthWord) {
        if (logcat) {
            return yearless(DateLayout.MONTH_DAY, decimals, origin, 0, null);
        }
        return yearless(printedDay.startsWith("0") ? DateLayout.SYSLOG_TWO_DIGITS
                : printedDay.startsWith(" ") ? DateLayout.SYSLOG_PADDED : DateLayout.SYSLOG, decimals, origin, month,
                monthWord);
    }

    private static TimeStyle yearless(DateLayout layout, int decimals, LongSupplier origin, int month, String monthWord) {
        return new DateStyle("yearless", layout, ZoneOffset.UTC, decimals, month, monthWord, origin);
    }

    /** A time of day with no date (a trimmed journal paste: "10:08:55.201598"). */
    public static TimeStyle timeOfDay(int decimals) {
        return new TimeStyle("time-of-day", decimals) {
            @Override
            protected String print(long micros) {
                long day = Math.floorDiv(micros, 86_400_000_000L);
                long rest = Math.floorMod(micros, 86_400_000_000L);
                long s = rest / 1_000_000;
                String hms = String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                        + fraction(rest % 1_000_000, decimals);
                return day == 0 ? hms : "day " + (day + 1) + " " + hms;
            }

            @Override
            protected long read(String text) {
                String[] p = text.split(":");
                if (p.length != 3) {
                    throw new NumberFormatException(text);
                }
                return (Long.parseLong(p[0]) * 3600 + Long.parseLong(p[1]) * 60) * 1_000_000L
                        + Math.round(Double.parseDouble(p[2]) * 1e6);
            }
        };
    }

    static String fraction(long micros, int decimals) {
        if (decimals <= 0) {
            return "";
        }
        String six = Timestamps.sixDigits(micros);
        return "." + six.substring(0, Math.min(6, decimals));
    }

    /** Times printed as dates: epoch microseconds (plus a base for yearless clocks). */
    private static class DateStyle extends TimeStyle {
        private final DateLayout pattern;
        private final ZoneOffset offset;
        private final int decimals;
        /** The month written in the log's language (1-12; 0 for none), and its word there. */
        private final int localMonth;
        private final String localWord;

        /** A year-less clock's first stamp (see {@link #yearless}), or null for a clock that prints its year. */
        private final LongSupplier origin;

        DateStyle(String name, DateLayout pattern, ZoneOffset offset, int decimals) {
            this(name, pattern, offset, decimals, 0, null, null);
        }

        DateStyle(String name, DateLayout pattern, ZoneOffset offset, int decimals, int localMonth, String localWord,
                  LongSupplier origin) {
            super(name, decimals);
            this.pattern = pattern;
            this.offset = offset;
            this.decimals = decimals;
            this.localMonth = localWord == null ? 0 : localMonth;
            this.localWord = localWord;
            this.origin = origin;
        }

        long base() {
            return origin == null ? 0 : origin.getAsLong();
        }

        @Override
        public TimeStyle drawable(Predicate<String> canDraw) {
            return localWord == null || canDraw.test(localWord) ? this
                    : new DateStyle(name(), pattern, offset, decimals, 0, null, origin);
        }

        @Override
        public String drawable(String text, Predicate<String> canDraw) {
            return localWord == null || canDraw.test(localWord) ? text
                    : text.replace(localWord + " ", DateLayout.englishMonth(localMonth) + " ");
        }

        /**
         * The second printed last: a report words many findings of the same second, and the
         * date formatter is the slow part. Immutable, so a thread that reads a stale one still
         * reads a whole one.
         */
        private Printed last = new Printed(Long.MIN_VALUE, "");

        private record Printed(long second, String text) {
        }

        @Override
        protected String print(long micros) {
            long t = micros + base();
            long second = Math.floorDiv(t, 1_000_000L);
            Printed p = last;
            if (p.second() != second) {
                LocalDateTime at = LocalDateTime.ofEpochSecond(second, 0, offset);
                String text = pattern.print(at);
                if (at.getMonthValue() == localMonth) { // the English name is the layout's first word
                    text = localWord + text.substring(text.indexOf(' '));
                }
                p = new Printed(second, text);
                last = p;
            }
            return decimals <= 0 ? p.text() : p.text() + fraction(Math.floorMod(t, 1_000_000L), decimals);
        }

        @Override
        protected long read(String text) {
            String t = text;
            if (localWord != null && t.strip().startsWith(localWord + " ")) { // the month as the log wrote it
                t = DateLayout.englishMonth(localMonth) + t.strip().substring(localWord.length());
            }
            t = t.replace('T', ' ');
            int dot = t.lastIndexOf('.');
            long micros = 0;
            if (dot > t.lastIndexOf(':')) {
                micros = Math.round(Double.parseDouble("0" + t.substring(dot)) * 1e6);
                t = t.substring(0, dot);
            }
            LocalDateTime dt;
            if (pattern == DateLayout.DATE_TIME) {
                dt = LocalDateTime.parse(t, pattern.formatter);
            } else {
                // month and day only: read in the year 2000 the base also uses
                dt = LocalDateTime.parse("2000 " + t.strip().replaceAll(" +", " "), DateTimeFormatter.ofPattern(
                        "yyyy " + (pattern == DateLayout.MONTH_DAY ? "MM-dd HH:mm:ss" : "MMM d HH:mm:ss"), Locale.ENGLISH));
            }
            return dt.toEpochSecond(offset) * 1_000_000L + micros - base();
        }
    }
}
