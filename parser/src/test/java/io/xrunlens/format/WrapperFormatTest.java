package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    /**
     * Logs appended into one file: a line that opens a record of another wrapped format is read
     * after that format's prefix, with its level, and with the kernel's own stamp as its clock or
     * none (the other format's clock is not this input's).
     */
    @Test
    void aLineOfAnotherWrappedFormatIsReadAfterItsPrefix() {
        InputSummary s = read("2026-11-24T10:00:00,000000+00:00 imx-sdma 20ec000.sdma: loaded firmware 3.5\n"
                + "11-24 10:08:55.201     0     0 W imx-sdma 20ec000.sdma: txd 1: freeing\n"
                + "6,1012,535201598,-;imx-sgtl5000 sound: XRUN: pcmC0D0c:0\n"
                + "Nov 24 10:08:55 board kernel: [  535.201922] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2\n"
                + "aplay: pcm_write:2178: write error: Input/output error\n");
        assertEquals("dmesg-iso", s.format());
        assertEquals(5, s.records());
        Record logcat = events.get(1).record();
        assertEquals("20ec000.sdma", logcat.device());
        assertEquals(Record.NO_TIME, logcat.micros());
        assertEquals(4, logcat.level());
        Record kmsg = events.get(2).record();
        assertEquals("imx-sgtl5000", kmsg.driver());
        assertEquals(6, kmsg.level());
        assertEquals(Record.NO_TIME, kmsg.micros());
        assertEquals(535_201_922L, events.get(3).record().micros());
        assertEquals("aplay: pcm_write:2178: write error: Input/output error", events.get(4).record().text());
    }

    /**
     * A mail reply that quotes a log, and a log flattened onto one line, appended to a log of a
     * wrapped format whose lines are mostly not quoted (so the quotes are not taken off first):
     * each record is read behind the quote markers and at every stamp, as dmesg's are, not as
     * one line of text.
     */
    @Test
    void quotedAndFlattenedKernelRecordsAreReadInAWrappedInput() {
        String own = "2026-11-24T10:00:00,000000+00:00 imx-sdma 20ec000.sdma: loaded firmware 3.5\n";
        InputSummary s = read(own.repeat(4)
                + "> [  545.766075] imx-sgtl5000 sound: capture write error (DMA or IRQ trouble?)\n"
                + ">> Nov 24 10:08:55 board kernel: imx-sgtl5000 sound: XRUN: pcmC0D0c:0\n"
                + "Failure log: [ 535.203182] imx-sdma 20ec000.sdma: txd 19499aa8: freeing"
                + " [ 535.203207] imx-sdma 20ec000.sdma: txd 0a262722: freeing\n"
                + "> no stamp [here\n");
        assertEquals("dmesg-iso", s.format());
        List<Record> read = events.stream().skip(4).map(Event::record).toList();
        assertEquals(List.of("capture write error (DMA or IRQ trouble?)", "XRUN: pcmC0D0c:0", "",
                "txd 19499aa8: freeing", "txd 0a262722: freeing", "> no stamp [here"),
                read.stream().map(Record::text).toList());
        assertEquals(545_766_075L, read.get(0).micros());
        assertEquals("imx-sgtl5000", read.get(0).driver());
        assertEquals(Record.NO_TIME, read.get(1).micros(), "the syslog clock is not this input's");
        assertEquals("Failure", read.get(2).driver(), "the lead-in is a record of its own");
        assertEquals(535_203_207L, read.get(4).micros());
        assertEquals(7, read.get(4).line());
        assertEquals(10, s.records());
    }

    @Test
    void ctimeClockHasOneSecondSteps() {
        InputSummary s = read("[Tue Nov 24 10:00:01 2026] a b: x\n[Tue Nov 24 10:00:02 2026] a b: y\n");
        assertEquals("dmesg-T", s.format());
        assertEquals(1_000_000L, events.get(1).record().micros() - events.get(0).record().micros());
        assertEquals(1_000_000L, FormatRegistry.byName("dmesg-T").orElseThrow().clockResolutionMicros());
    }

    /**
     * A block's copy of a format frames a line's rest as its source does, so the reader's memo of
     * rests (kept by the framing key) goes on from block to block instead of starting empty at
     * every megabyte of a wrapped log; another input's format keeps a memo of its own.
     */
    @Test
    void aBlocksCopyKeepsItsSourcesMemoOfRests() {
        for (LogFormat f : FormatRegistry.all()) {
            LogFormat input = f.forInput(2026);
            assertSame(input.framingKey(), input.forBlock().framingKey(), f.name());
            assertSame(input.framingKey(), input.forBlock().forBlock().framingKey(), f.name());
        }
        LogFormat syslog = FormatRegistry.byName("syslog").orElseThrow();
        assertNotSame(syslog.forInput(2026).framingKey(), syslog.forInput(2026).framingKey(), "one input, one memo");
    }

    /** Only a pattern that ends at the line's first "] " and looks at nothing after it may skip itself for a known prefix. */
    @Test
    void onlyAPatternClosedByItsBracketMaySkipItself() {
        WrapperFormat iso = (WrapperFormat) FormatRegistry.byName("dmesg-iso").orElseThrow();
        WrapperFormat syslog = (WrapperFormat) FormatRegistry.byName("syslog").orElseThrow();
        assertThrows(IllegalArgumentException.class, iso::closedByBracket, "a look-ahead past the prefix");
        assertThrows(IllegalArgumentException.class, syslog::closedByBracket, "no bracket");
    }
}
