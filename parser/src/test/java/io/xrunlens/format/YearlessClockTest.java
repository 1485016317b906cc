package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xrunlens.record.Record;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class YearlessClockTest {
    private static long epochMicros(int y, int mo, int d, int h, int mi, int s) {
        return LocalDateTime.of(y, mo, d, h, mi, s).toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    }

    @Test
    void withAYearStampsBecomeDatesOfThatYearAndRollOverAtNewYear() {
        YearlessClock clock = new YearlessClock(2026);
        assertEquals(epochMicros(2026, 11, 24, 10, 8, 55), clock.place(Clocks.syslog("Nov", "24", "10:08:55")));
        assertEquals(epochMicros(2026, 12, 31, 23, 59, 59), clock.place(Clocks.syslog("Dec", "31", "23:59:59")));
        assertEquals(epochMicros(2027, 1, 1, 0, 0, 1), clock.place(Clocks.syslog("Jan", "1", "00:00:01")));
        assertEquals(epochMicros(2027, 3, 1, 0, 0, 0), clock.place(Clocks.syslog("Mar", "1", "00:00:00")),
                "a common year has no Feb 29: March is not a day late");
    }

    @Test
    void withoutAYearTimesCountFromTheFirstStamp() {
        YearlessClock clock = new YearlessClock(0);
        assertEquals(0, clock.place(Clocks.syslog("Nov", "24", "10:00:00")));
        assertEquals(535_201_598L, clock.place(Clocks.syslog("Nov", "24", "10:08:55.201598")));
        assertEquals(Record.NO_TIME, clock.place(Record.NO_TIME));
        assertEquals(86_400_000_000L, clock.place(Clocks.syslog("Nov", "25", "10:00:00")));
    }

    @Test
    void dmesgTDatesAreNotADayLateInCommonYears() {
        assertEquals(epochMicros(2026, 11, 24, 10, 8, 55), Clocks.ctimeAnyLanguage("Tue Nov", "24", "10:08:55", "2026"));
    }
}
