package io.xrunlens.analyzer.rule;

import static io.xrunlens.analyzer.Logs.findings;
import static io.xrunlens.analyzer.Logs.snd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.event.PcmDirection;
import java.util.List;
import org.junit.jupiter.api.Test;

class DmaStallRuleTest {
    private static final String ID = DmaStallRule.ID;

    @Test
    void timeoutAndErrorAreOneStallMeasuredFromTheWait() {
        List<Finding> f = findings(Logs.analyze(snd(1.0, "wait_for_avail: avail=0, state=3, twake=64")
                + snd(11.0, "wait_for_avail: tout=0, state=3")
                + snd(11.00002, "capture write error (DMA or IRQ trouble?)")), ID);
        assertEquals(1, f.size());
        assertEquals(PcmDirection.CAPTURE, f.get(0).stream());
        assertEquals(11_000_020L, f.get(0).micros());
        assertEquals(List.of("wait", "timeout", "error"), f.get(0).evidence().stream().map(e -> e.role()).toList());
        assertTrue(f.get(0).message().contains("10.0 s"), f.get(0).message());
    }

    @Test
    void newerTimeoutMessageFires() {
        assertEquals(1, findings(Logs.analyze(snd(1.0, "playback write timeout (DMA or IRQ trouble?)")), ID).size());
    }

    @Test
    void oldAlsaFormFires() {
        assertEquals(1, findings(Logs.analyze("ALSA sound/core/pcm_lib.c:1805 capture write error (DMA or IRQ"
                + " trouble?)\n"), ID).size());
    }

    @Test
    void aWaitThatEndsIsNoStall() {
        assertEquals(List.of(), findings(Logs.analyze(snd(1.0, "wait_for_avail: avail=0, state=3, twake=64")
                + snd(1.01, "wait_for_avail: tout=998, state=3")), ID));
    }

    @Test
    void timeoutWithoutErrorLineStillFires() {
        assertEquals(1, findings(Logs.analyze(snd(11.0, "wait_for_avail: tout=0, state=3")
                + snd(30.0, "something else")), ID).size());
    }

    @Test
    void kernelErrorAndAplaysEioAreOneStall() {
        List<Finding> f = findings(Logs.analyze(snd(11.0, "playback write error (DMA or IRQ trouble?)")
                + "[   11.000100] aplay: pcm_write:2011: write error: Input/output error\n"), ID);
        assertEquals(1, f.size());
        assertEquals(List.of("error", "app error"), f.get(0).evidence().stream().map(e -> e.role()).toList());
    }

    @Test
    void aplaysEioAloneIsAStall() {
        List<Finding> f = findings(Logs.analyze("arecord: pcm_read:2153: read error: Input/output error\n"), ID);
        assertEquals(1, f.size());
        assertEquals(PcmDirection.CAPTURE, f.get(0).stream());
    }

    @Test
    void twoStallsSecondsApartAreTwo() {
        assertEquals(2, findings(Logs.analyze(snd(11.0, "playback write error (DMA or IRQ trouble?)")
                + snd(25.0, "playback write error (DMA or IRQ trouble?)")), ID).size());
    }

    @Test
    void anAppErrorPastedAboveTheKernelLinesJoinsTheirStallAndKeepsTheirClock() {
        List<Finding> f = findings(Logs.analyze("arecord: pcm_read:2221: read error: Input/output error\n"
                + snd(1.0, "wait_for_avail: avail=0, state=3, twake=64")
                + snd(11.0, "wait_for_avail: tout=0, state=3")
                + snd(11.00002, "capture write error (DMA or IRQ trouble?)")), ID);
        assertEquals(1, f.size());
        assertEquals(List.of("wait", "timeout", "error", "app error"), f.get(0).evidence().stream().map(e -> e.role()).toList());
        assertTrue(f.get(0).message().contains("timed out at 11.000020 (10.0 s"), f.get(0).message());
    }

    @Test
    void anUntimedAppErrorWithNoKernelStallIsAStallOfItsOwn() {
        List<Finding> f = findings(Logs.analyze("arecord: pcm_read:2221: read error: Input/output error\n"
                + snd(1.0, "snd_dmaengine_pcm_trigger command: 0")), ID);
        assertEquals(1, f.size());
        assertEquals(List.of("app error"), f.get(0).evidence().stream().map(e -> e.role()).toList());
    }
}
