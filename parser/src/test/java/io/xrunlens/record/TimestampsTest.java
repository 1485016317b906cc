package io.xrunlens.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    /** What the kernel's "%5lu.%06lu" prints, trimmed, with a sign for a negative span. */
    private static String printf(long micros) {
        long abs = Math.abs(micros);
        return String.format(Locale.ROOT, "%s%d.%06d", micros < 0 ? "-" : "", abs / 1_000_000, abs % 1_000_000);
    }

    @Test
    void secondsAndSixDigitsOfFractionAsPrintfWritesThem() {
        long[] edges = {0, 1, 9, 10, 99_999, 100_000, 999_999, 1_000_000, 1_000_001, 535_201_598, -1, -999_999,
            -1_000_000, -535_201_598, Long.MAX_VALUE, Long.MIN_VALUE + 1};
        for (long micros : edges) {
            assertEquals(printf(micros), Timestamps.format(micros), "micros " + micros);
        }
        SplittableRandom random = new SplittableRandom(20261204);
        for (int i = 0; i < 10_000; i++) {
            long micros = random.nextLong(-10_000_000_000L, 10_000_000_000L) >> random.nextInt(0, 40);
            assertEquals(printf(micros), Timestamps.format(micros), "micros " + micros);
        }
    }

    @Test
    void noTimeIsADash() {
        assertEquals("-", Timestamps.format(Record.NO_TIME));
    }
}
