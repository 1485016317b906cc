package io.xrunlens.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each layout writes by hand what its pattern writes, over twelve thousand years and each month's ends. */
class DateLayoutTest {
    @ParameterizedTest
    @EnumSource(DateLayout.class)
    void writesWhatItsPatternWrites(DateLayout layout) {
        Random random = new Random(layout.ordinal());
        long first = LocalDateTime.of(-200, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        long last = LocalDateTime.of(12000, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
        for (int i = 0; i < 20_000; i++) {
            long second = i % 2 == 0 ? first + Math.floorMod(random.nextLong(), last - first)
                    : LocalDateTime.of(2026, 1 + i % 12, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) - 1 + random.nextInt(3);
            LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
            assertEquals(layout.formatter.format(t), layout.print(t), t.toString());
        }
    }
}
