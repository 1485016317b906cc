package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.xrunlens.event.PcmDirection;
import io.xrunlens.record.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index a link's window asks returns what a scan of the whole list would keep: every
 * finding timed in the window, every finding with no clock, in the list's order.
 */
class TimeIndexTest {
    /** A finding at {@code micros} whose evidence starts {@code lead} earlier (NO_TIME: no clock). */
    private static Finding at(long line, long micros, long lead) {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence("xrun", line, micros == Record.NO_TIME ? Record.NO_TIME : micros - lead, "a"));
        evidence.add(new Evidence("xrun", line + 1, micros, "b"));
        return new Finding("xrun", Severity.INFO, 0, "dev", "drv", "", OptionalInt.empty(), PcmDirection.CAPTURE,
                micros, List.of(), evidence, "XRUN.", "observed", "", "");
    }

    /** Findings out of time order, some sharing a time, one in ten without a clock. */
    private static List<Finding> findings(Random random, int n) {
        List<Finding> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long micros = random.nextInt(10) == 0 ? Record.NO_TIME : random.nextInt(1_000) * 1_000L;
            all.add(at(i * 2L, micros, random.nextInt(50_000)));
        }
        return all;
    }

    private static List<Finding> scan(List<Finding> all, long from, long to, boolean byStart) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : all) {
            long t = byStart ? f.startMicros() : f.micros();
            if (f.micros() == Record.NO_TIME || t >= from && t <= to) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void aWindowGivesWhatAScanOfTheWholeListKeeps() {
        Random random = new Random(20261204);
        for (int round = 0; round < 50; round++) {
            List<Finding> all = findings(random, TimeIndex.MIN_INDEXED + random.nextInt(400));
            TimeIndex index = new TimeIndex(all);
            for (int q = 0; q < 40; q++) {
                // ends anywhere, and on the very times and starts of findings (a window's ends are in it)
                Finding a = all.get(random.nextInt(all.size()));
                Finding b = all.get(random.nextInt(all.size()));
                long from = q % 3 == 0 ? random.nextInt(1_100_000) - 50_000L : q % 3 == 1 ? a.micros() : a.startMicros();
                long to = q % 3 == 0 ? from + random.nextInt(300_000) : Math.max(from, q % 3 == 1 ? b.micros() : b.startMicros());
                assertEquals(scan(all, from, to, false), index.timedBetween(from, to), from + ".." + to);
                assertEquals(scan(all, from, to, true), index.startingBetween(from, to), from + ".." + to);
            }
            assertEquals(scan(all, 1, 0, false), index.untimed());
        }
    }

    @Test
    void aWindowOverEveryTimeGivesTheListItself() {
        List<Finding> all = findings(new Random(7), 100);
        assertSame(all, new TimeIndex(all).timedBetween(Long.MIN_VALUE + 1, Long.MAX_VALUE));
    }
}
