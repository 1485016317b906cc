package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xrunlens.event.Event;
import io.xrunlens.parser.InputSummary;
import io.xrunlens.parser.LogReader;
import io.xrunlens.record.Record;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrapperFormatTest {
    private final List<Event> events = new ArrayList<>();

    private InputSummary read(String text) {
        return new LogReader(LogReader.Options.defaults()).read("t", "",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), events::add);
    }

    @Test
    void journalRebootSeparatorStartsABoot() {
        InputSummary s = read("-- Logs begin at Tue 2026-11-24 10:00:00 UTC. --\n"
                + "Nov 24 10:00:00 board kernel: imx-sdma 20ec000.sdma: loaded firmware 3.5\n"
                + "-- Reboot --\n"
                + "Nov 24 10:05:00 board kernel: imx-sdma 20ec000.sdma: loaded firmware 3.5\n");
        assertEquals("syslog", s.format());
        assertEquals(2, s.boots());
        assertEquals(1, events.get(3).record().boot());
    }

    @Test
    void journalJsonBootIdChangeStartsABoot() {
        InputSummary s = read("{\"MESSAGE\":\"a b: x\",\"_BOOT_ID\":\"1\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"5\"}\n"
                + "{\"MESSAGE\":\"a b: y\",\"_BOOT_ID\":\"2\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"6\"}\n");
        assertEquals("journal-json", s.format());
        assertEquals(2, s.boots());
        assertEquals(5, events.get(0).record().micros());
    }

    @Test
    void rsyslogKeepsTheKernelClockInsideAndBusyboxTheLevel() {
        read("Nov 24 10:00:00 board kern.debug kernel: [  535.201598] imx-sdma 20ec000.sdma: txd 1: freeing\n");
        Record r = events.get(0).record();
        assertEquals(535_201_598L, r.micros());
        assertEquals(7, r.level());
        assertEquals("20ec000.sdma", r.device());
    }

    @Test
    void kmsgContinuationLinesAreRecordsToo() {
        InputSummary s = read("6,1,535201598,-;imx-sdma 20ec000.sdma: loaded firmware 3.5\n SUBSYSTEM=platform\n");
        assertEquals("kmsg", s.format());
        assertEquals(2, s.records());
        assertEquals(535_201_598L, events.get(0).record().micros());
        assertEquals(6, events.get(0).record().level());
    }

    @Test
    void ctimeClockHasOneSecondSteps() {
        InputSummary s = read("[Tue Nov 24 10:00:01 2026] a b: x\n[Tue Nov 24 10:00:02 2026] a b: y\n");
        assertEquals("dmesg-T", s.format());
        assertEquals(1_000_000L, events.get(1).record().micros() - events.get(0).record().micros());
        assertEquals(1_000_000L, FormatRegistry.byName("dmesg-T").orElseThrow().clockResolutionMicros());
    }
}
