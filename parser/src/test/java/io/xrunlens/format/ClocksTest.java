package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.record.Record;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClocksTest {
    @Test
    void countsEveryDateAsJavaTimeDoes() {
        for (LocalDate d = LocalDate.of(1599, 1, 1); d.getYear() < 2401; d = d.plusDays(1)) {
            assertEquals(d.toEpochDay() * 86_400_000_000L, Clocks.midnight(d.getYear(), d.getMonthValue(),
                    d.getDayOfMonth()), d.toString());
        }
        for (int year = 0; year <= 9999; year++) {
            for (int month = 1; month <= 12; month++) {
                YearMonth ym = YearMonth.of(year, month);
                assertEquals(ym.lengthOfMonth(), Clocks.lengthOfMonth(year, month), ym.toString());
                assertEquals(ym.atDay(1).toEpochDay(), Clocks.epochDay(year, month, 1), ym.toString());
            }
        }
    }

    @Test
    void noSuchDateThrowsAsLocalDateDoes() {
        int[][] bad = {{2025, 2, 29}, {2024, 2, 30}, {1900, 2, 29}, {2026, 4, 31}, {2026, 13, 1}, {2026, 0, 1},
            {2026, 1, 0}, {2026, 1, 32}};
        for (int[] d : bad) {
            assertThrows(DateTimeException.class, () -> LocalDate.of(d[0], d[1], d[2]));
            assertThrows(DateTimeException.class, () -> Clocks.midnight(d[0], d[1], d[2]), d[0] + "-" + d[1] + "-" + d[2]);
        }
        assertEquals(LocalDate.of(2000, 2, 29).toEpochDay() * 86_400_000_000L, Clocks.midnight(2000, 2, 29));
    }
    @Test
    void readsATimeOfDayWithAnyFraction() {
        assertEquals(((10 * 60 + 2) * 60 + 3) * 1_000_000L, Clocks.timeOfDay("10:02:03"));
        assertEquals(36_000_200_000L, Clocks.timeOfDay("10:00:00.2"));
        assertEquals(36_000_201_598L, Clocks.timeOfDay("10:00:00.201598"));
        assertEquals(36_000_201_598L, Clocks.timeOfDay("10:00:00.201598999"), "past microseconds: cut");
        assertEquals(86_399_000_000L, Clocks.timeOfDay("23:59:59"));
    }

    @Test
    void aTimeWithAnythingButDigitsIsNoTime() {
        for (String bad : new String[] {"+1:00:00", "1a:00:00", "10:-1:00", "10:00: 1", "10:00", "10:00:00.2x",
            "10.00.00"}) {
            assertEquals(Record.NO_TIME, Clocks.timeOfDay(bad), bad);
        }
    }

    @Test
    void readsASyslogStampInPlace() {
        byte[] s = "<>Nov  4 10:00:00.5 host kernel: x".getBytes(StandardCharsets.ISO_8859_1);
        long expected = Clocks.syslog("Nov", "4", "10:00:00.5");
        assertEquals(expected, Clocks.syslogAt(s, 2, 7, 8, 9, 19));
        assertEquals(Record.NO_TIME, Clocks.syslogAt(bytes("Nov 31 10:00:00 h kernel: x"), 0, 4, 6, 7, 15),
                "no 31 November");
        assertEquals(Record.NO_TIME, Clocks.syslogAt(bytes("Nov +4 10:00:00 h kernel: x"), 0, 4, 6, 7, 15));
        assertEquals(Record.NO_TIME, Clocks.syslogAt(bytes("Now 14 10:00:00 h kernel: x"), 0, 4, 6, 7, 15));
    }

    @Test
    void aTimeBeyondLatin1IsNoTime() {
        assertEquals(Record.NO_TIME, Clocks.timeOfDay("10:00:0\u0661"));
        assertEquals(Record.NO_TIME, Clocks.timeOfDay("10:00:00.\ud83d\ude00"));
    }

    /** The ISO stamps read by hand are read as java.time reads them; the others are left to it. */
    @Test
    void isoStampsReadByHandAsJavaTimeReadsThem() {
        Random random = new Random(11);
        String[] offsets = {"", "Z", "+00:00", "+0100", "-05:30", "+18:00", "+18:01", "+19:00", "-0000", "+01:60", "+1",
            "x"};
        int byHand = 0;
        for (int k = 0; k < 50_000; k++) {
            String stamp = String.format(Locale.ROOT, "%04d-%02d-%02d%c%02d:%02d:%02d", 1990 + random.nextInt(50),
                    random.nextInt(14), random.nextInt(33), random.nextBoolean() ? 'T' : ' ', random.nextInt(26),
                    random.nextInt(62), random.nextInt(62));
            int fraction = random.nextInt(12);
            if (fraction > 0) {
                stamp += (random.nextBoolean() ? "." : ",") + String.valueOf(random.nextLong() & Long.MAX_VALUE)
                        .substring(0, Math.min(fraction - 1, 18));
            }
            stamp += offsets[random.nextInt(offsets.length)];
            long hand = Clocks.isoByHand(stamp);
            if (hand != Clocks.NOT_READ) {
                byHand++;
                assertEquals(Clocks.isoByJavaTime(stamp), hand, stamp);
            }
            assertEquals(Clocks.isoByJavaTime(stamp), Clocks.iso(stamp), stamp);
        }
        assertTrue(byHand > 5_000, "read by hand: " + byHand);
        assertEquals(Clocks.iso("2026-11-24T10:00:00+01:00"), Clocks.iso("2026-11-24 10:00:00+01:00"),
                "a space for the T keeps the offset");
        assertEquals(Record.NO_TIME, Clocks.iso("2026-02-29T10:00:00Z"), "no 29 February in 2026");
        assertEquals(Clocks.iso("2024-02-29T09:00:00Z"), Clocks.iso("2024-02-29T10:00:00+0100"));
    }

    /** dmesg -T's weekday and month in the languages strftime prints them in, one or two words each. */
    @Test
    void ctimeReadsTheMonthFromTheLastWordOrTwo() {
        long nov24 = Clocks.ctimeAnyLanguage("Tue Nov", "24", "10:00:00", "2026");
        assertEquals(nov24, Clocks.ctimeAnyLanguage("  Di  Nov ", "24", "10:00:00", "2026"));
        assertEquals(nov24, Clocks.ctimeAnyLanguage("dt.\tde nov.", "24", "10:00:00", "2026"));
        assertEquals(Record.NO_TIME, Clocks.ctimeAnyLanguage("Tue Xyz", "24", "10:00:00", "2026"));
        assertEquals(Record.NO_TIME, Clocks.ctimeAnyLanguage("", "24", "10:00:00", "2026"));
        assertEquals(Record.NO_TIME, Clocks.ctimeAnyLanguage("Tue\u3000Xyz", "24", "10:00:00", "2026"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
