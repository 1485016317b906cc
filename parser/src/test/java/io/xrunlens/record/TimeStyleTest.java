package io.xrunlens.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TimeStyleTest {
    private static long epochMicros(String isoLocal, ZoneOffset offset) {
        return LocalDateTime.parse(isoLocal).toEpochSecond(offset) * 1_000_000L;
    }

    @Test
    void kernelSecondsKeepSixDecimalsAndALogWithoutAClockNamesLines() {
        assertEquals("535.201664", TimeStyle.SECONDS.format(535_201_664L));
        assertEquals("line 42", TimeStyle.NONE.at(Record.NO_TIME, 42));
        assertEquals("line 7", TimeStyle.SECONDS.at(Record.NO_TIME, 7));
        assertEquals("-", TimeStyle.SECONDS.format(Record.NO_TIME));
    }

    @Test
    void wallClockIsShownInTheOffsetAndPrecisionTheLogPrinted() {
        long t = epochMicros("2026-11-24T10:09:05", ZoneOffset.ofHours(1)) + 766_075;
        assertEquals("2026-11-24 10:09:05.766075", TimeStyle.wall(ZoneOffset.ofHours(1), 6).format(t));
        assertEquals("2026-11-24 10:09:05", TimeStyle.wall(ZoneOffset.UTC, 0).format(epochMicros("2026-11-24T10:09:05",
                ZoneOffset.UTC)));
        assertEquals(OptionalLong.of(t), TimeStyle.wall(ZoneOffset.ofHours(1), 6).parse("2026-11-24 10:09:05.766075"));
        assertEquals(OptionalLong.of(t), TimeStyle.wall(ZoneOffset.ofHours(1), 6).parse("2026-11-24T10:09:05.766075"));
    }

    /** The date of the second printed last is kept: times of other seconds, before or after it, print their own. */
    @Test
    void eachTimePrintsItsOwnSecondWhateverCameBefore() {
        TimeStyle wall = TimeStyle.wall(ZoneOffset.UTC, 3);
        long t = epochMicros("2026-12-31T23:59:59", ZoneOffset.UTC);
        assertEquals("2026-12-31 23:59:59.100", wall.format(t + 100_000));
        assertEquals("2026-12-31 23:59:59.999", wall.format(t + 999_999));
        assertEquals("2027-01-01 00:00:00.000", wall.format(t + 1_000_000));
        assertEquals("2026-12-31 23:59:59.000", wall.format(t));
        assertEquals("1969-12-31 23:59:59.500", wall.format(-500_000));
        assertEquals("1970-01-01 00:00:00.500", wall.format(500_000));
    }

    @Test
    void yearlessStampsAreShownFromTheirFirstStampAndReadBack() {
        long origin = epochMicros("2000-11-24T10:00:00", ZoneOffset.UTC);
        TimeStyle syslog = TimeStyle.yearless(false, 6, () -> origin);
        assertEquals("Nov 24 10:08:55.201598", syslog.format(535_201_598L));
        assertEquals(OptionalLong.of(535_201_598L), syslog.parse("Nov 24 10:08:55.201598"));
        TimeStyle logcat = TimeStyle.yearless(true, 3, () -> origin);
        assertEquals("11-24 10:08:55.201", logcat.format(535_201_000L));
    }

    /** A log in the user's language shows its first month as it wrote it, and reads it back; other months in English. */
    @Test
    void aMonthInTheLogsLanguageIsWrittenAsTheLogWroteIt() {
        long origin = epochMicros("2000-12-31T23:59:00", ZoneOffset.UTC);
        TimeStyle greek = TimeStyle.yearless(false, "31", 0, () -> origin, 12, "\u0394\u03b5\u03ba");
        assertEquals("\u0394\u03b5\u03ba 31 23:59:30", greek.format(30_000_000L));
        assertEquals(OptionalLong.of(30_000_000L), greek.parse("\u0394\u03b5\u03ba 31 23:59:30"));
        assertEquals("Jan 1 00:00:30", greek.format(90_000_000L)); // the next month is no word the log has shown yet
        TimeStyle french = TimeStyle.yearless(false, "05", 0, () -> origin, 12, "d\u00e9c.");
        assertEquals("d\u00e9c. 31 23:59:30", french.format(30_000_000L));
        assertEquals(OptionalLong.of(30_000_000L), french.parse("d\u00e9c. 31 23:59:30"));
        TimeStyle turkish = TimeStyle.yearless(false, "05", 0, () -> origin, 12, "Ara");
        assertEquals(OptionalLong.of(30_000_000L), turkish.parse("Ara 31 23:59:30"));
        // a picture whose font cannot draw the word ("12月" without a CJK font) draws the month in English
        TimeStyle chinese = TimeStyle.yearless(false, "05", 0, () -> origin, 12, "12\u6708");
        assertEquals("12\u6708 31 23:59:30", chinese.format(30_000_000L));
        assertEquals("Dec 31 23:59:30", chinese.drawable(word -> false).format(30_000_000L));
        assertEquals("died at Dec 31 23:59:30.", chinese.drawable("died at 12\u6708 31 23:59:30.", word -> false));
        assertEquals("died at 12\u6708 31 23:59:30.", chinese.drawable("died at 12\u6708 31 23:59:30.", word -> true));
        assertEquals("\u0394\u03b5\u03ba 31 23:59:30", greek.drawable(word -> true).format(30_000_000L));
    }

    @Test
    void aTimeOfDayPastMidnightSaysWhichDay() {
        TimeStyle t = TimeStyle.timeOfDay(6);
        assertEquals("10:08:55.201598", t.format(36_535_201_598L));
        assertEquals("day 2 00:00:01.000000", t.format(86_401_000_000L));
        assertEquals(OptionalLong.of(36_535_201_598L), t.parse("10:08:55.201598"));
    }

    @Test
    void secondsAreAlwaysUnderstoodAndNonsenseIsNot() {
        assertEquals(OptionalLong.of(535_200_000L), TimeStyle.wall(ZoneOffset.UTC, 0).parse("535.2"));
        assertTrue(TimeStyle.SECONDS.parse("soon").isEmpty());
        assertTrue(TimeStyle.NONE.parse("535.2").isEmpty());
    }
}
