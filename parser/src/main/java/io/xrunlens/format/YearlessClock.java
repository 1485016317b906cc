package io.xrunlens.format;

import io.xrunlens.record.Record;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * Places the stamps of one input whose clock prints no year (syslog "Nov 24 10:00:00", logcat
 * "11-24 10:00:00.201") on a time line. {@link Clocks#syslog} reads them as dates of the leap
 * year 2000; here they move to the year given by {@code --year}, or, without one, become
 * microseconds since the first stamp of the input, so that no report shows seconds since 2000.
 * A stamp more than half a year before the one before is taken to be in the next year (a log
 * that runs past New Year's Eve).
 *
 * <p>Not the file's modification time: a copied file would then read differently from the
 * original, and the same input must always give the same report.
 */
final class YearlessClock {
    private static final long DAY = 86_400L * 1_000_000L;
    private static final long HALF_YEAR = 183 * DAY;
    private static final int STAMP_YEAR = 2000;
    private static final long STAMP_YEAR_START = startOf(STAMP_YEAR);
    private static final long STAMP_MARCH_1 = LocalDate.of(STAMP_YEAR, 3, 1).atStartOfDay()
            .toEpochSecond(ZoneOffset.UTC) * 1_000_000L;

    /** The year of the first stamp, or 0 for times relative to the first stamp. */
    private final int year;
    private int rollovers;
    private long last = Record.NO_TIME;
    private long origin = Record.NO_TIME;
    private int cachedYear = -1;
    private long cachedStart;
    /** For a copy placing one block of lines: the New Year's Eves counted before it, and its first stamp. */
    private int startRollovers;
    private long first = Record.NO_TIME;

    YearlessClock(int year) {
        this.year = year;
    }

    /**
     * A copy that places one block of later lines on another thread, as if the block began the
     * year this clock is in now; {@link #follows} says afterwards whether it did.
     */
    YearlessClock forBlock() {
        YearlessClock c = new YearlessClock(year);
        c.rollovers = rollovers;
        c.startRollovers = rollovers;
        c.origin = origin;
        return c;
    }

    /**
     * Whether times count from a first stamp this clock has already seen, or from a given year:
     * only then can a block's copy place its stamps as this clock would.
     */
    boolean readyForBlocks() {
        return year != 0 || origin != Record.NO_TIME;
    }

    /**
     * Whether a block's copy placed its stamps as this clock would have, having read what came
     * before the block: no New Year's Eve between the two that the copy could not see. If so,
     * this clock goes on from the block's end.
     */
    boolean follows(YearlessClock block) {
        boolean sameYear = block.startRollovers == rollovers
                && (block.first == Record.NO_TIME || last == Record.NO_TIME || block.first >= last - HALF_YEAR);
        if (sameYear) {
            rollovers = block.rollovers;
            last = block.last == Record.NO_TIME ? last : block.last;
        }
        return sameYear;
    }

    /** The stamp placed in its year (or relative to the first), in microseconds. */
    long place(long stamp) {
        if (stamp == Record.NO_TIME) {
            return stamp;
        }
        if (last != Record.NO_TIME && stamp < last - HALF_YEAR) {
            rollovers++;
        }
        if (first == Record.NO_TIME) {
            first = stamp;
        }
        last = stamp;
        int y = (year == 0 ? STAMP_YEAR : year) + rollovers;
        // Read in a leap year, every date from March on is one day late in a common year.
        long leap = !Year.isLeap(y) && stamp >= STAMP_MARCH_1 ? DAY : 0;
        if (y != cachedYear) {
            cachedYear = y;
            cachedStart = startOf(y); // once per year of the log, not per line
        }
        long placed = stamp - STAMP_YEAR_START + cachedStart - leap;
        if (year != 0) {
            return placed;
        }
        if (origin == Record.NO_TIME) {
            origin = placed;
        }
        return placed - origin;
    }

    /** Whether times count from the first stamp (no --year). */
    boolean relative() {
        return year == 0;
    }

    /** The first stamp, read in the year 2000, to which relative times are added to show them. */
    long origin() {
        return origin == Record.NO_TIME ? 0 : origin;
    }

    private static long startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    }
}
