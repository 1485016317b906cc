package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xrunlens.record.Record;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClocksTest {
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

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
