package io.xrunlens.analyzer.rule.dai;

import static io.xrunlens.analyzer.Logs.findings;
import static io.xrunlens.analyzer.Logs.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Cause;
import io.xrunlens.analyzer.finding.Confidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.event.PcmDirection;
import java.util.List;
import org.junit.jupiter.api.Test;

class FifoNotFedRuleTest {
    private static final String TIMEOUT = "fsl-ssi-dai 2028000.ssi: Timeout waiting TX FIFO filling";

    @Test
    void timeoutIsAnErrorOfThePlaybackStream() {
        List<Finding> f = findings(Logs.analyze(line(5.0, TIMEOUT)), RuleId.FIFO_NOT_FED.id());
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(PcmDirection.PLAYBACK, f.get(0).stream());
        assertEquals("2028000.ssi", f.get(0).device());
        assertEquals(List.of(1L), f.get(0).lines());
    }

    @Test
    void afterAnXrunOnA54KernelItIsTheTerminateRace() {
        InputReport r = Logs.analyze(line(0, "Linux version 5.4.24 (b@c) #1") + line(10.0, "underrun!!! (at least 1.0 ms"
                + " long)") + line(10.002, TIMEOUT));
        assertEquals(Cause.DMA_TERMINATE_RACE, r.incidents().get(0).cause());
        assertEquals(Confidence.INFERRED, r.incidents().get(0).confidence());
    }

    @Test
    void afterAnXrunOnAFixedKernelItIsNotTheRace() {
        InputReport r = Logs.analyze(line(0, "Linux version 5.15.71 (b@c) #1") + line(10.0, "underrun!!! (at least 1.0 ms"
                + " long)") + line(10.002, TIMEOUT));
        assertEquals(Cause.DMA_CHANNEL, r.incidents().get(0).cause());
    }

    @Test
    void onAFirstStartWithRomFirmwareItIsTheFirmware() {
        InputReport r = Logs.analyze(line(0.4, "imx-sdma 20ec000.sdma: external firmware not found, using ROM firmware")
                + line(25.0, TIMEOUT));
        assertEquals(Cause.SDMA_FIRMWARE, r.incidents().get(0).cause());
        assertEquals(Severity.WARNING, findings(r, "sdma-firmware").get(0).severity(), "raised: audio failed");
    }

    @Test
    void onAFirstStartWithGoodFirmwareItIsTheClock() {
        InputReport r = Logs.analyze(line(0.4, "imx-sdma 20ec000.sdma: loaded firmware 3.5") + line(25.0, TIMEOUT));
        assertEquals(Cause.NO_BIT_CLOCK, r.incidents().get(0).cause());
        assertEquals(Confidence.GUESS, r.incidents().get(0).confidence());
    }

    @Test
    void theSameWordsFromAnotherDriverAreNothing() {
        assertEquals(List.of(), Logs.analyze(line(5.0, "fec 2188000.ethernet: Timeout waiting TX FIFO filling"))
                .findings());
    }
}
