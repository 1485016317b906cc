package io.xrunlens.analyzer.rule.dma;

import static io.xrunlens.analyzer.Logs.findings;
import static io.xrunlens.analyzer.Logs.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Cause;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DmaChannelErrorRuleTest {
    @Test
    void aSharedEngineErrorWithNoAudioInTheBootIsANote() {
        InputReport r = Logs.analyze(line(80.2, "ti-udma 485c0100.dma-controller: chan7 teardown timeout!"));
        assertEquals(Severity.INFO, findings(r, RuleId.DMA_CHANNEL_ERROR.id()).get(0).severity());
        assertFalse(r.hasProblems());
        assertEquals(0, r.incidents().size());
    }

    @Test
    void aTeardownTimeoutAfterAnOverflowOnAnOldKernelIsTheRace() throws Exception {
        InputReport r = Logs.analyzeSample("causes/ti-am62-mcasp-teardown.log");
        assertEquals(Cause.DMA_TERMINATE_RACE, r.incidents().get(0).cause());
        assertTrue(r.incidents().get(0).fix().contains("e8343410ddf0"));
        assertFalse(r.incidents().get(0).fix().contains("imx"), "TI advice for a TI board");
    }

    @Test
    void theSameAfterTheAlsaFixIsAChannelError() {
        InputReport r = Logs.analyze(line(0, "Linux version 6.1.101 (b@c) #1")
                + line(60.1, "davinci-mcasp 2b10000.audio-controller: Receive buffer overflow")
                + line(61.1, "ti-udma 485c0100.dma-controller: chan2 teardown timeout!"));
        assertEquals(Cause.DMA_CHANNEL, r.incidents().get(0).cause());
    }

    @Test
    void bcm2835TerminateFailureIsNoBitClockEvenAlone() {
        InputReport r = Logs.analyze(line(52.6, "bcm2835-dma 3f007000.dma: DMA transfer could not be terminated"));
        assertEquals(Severity.ERROR, findings(r, RuleId.DMA_CHANNEL_ERROR.id()).get(0).severity());
        assertEquals(Cause.NO_BIT_CLOCK, r.incidents().get(0).cause());
    }

    /**
     * The bcm2835 DMA engine that cannot stop a transfer (as old kernels and new ones print it)
     * points at a bit clock that stopped; its other errors (a probe or allocation that failed)
     * are the channel's own, and the verdict never says it could not stop.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DMA transfer could not be terminated|no-bit-clock",
        "failed to complete outstanding writes|no-bit-clock",
        "unable to allocate descriptor pool|out-of-memory",
        "Failed to register slave DMA engine device: -12|dma-channel",
        "bcm2835_dma_prep_dma_cyclic: bad buffer length (= 0)|dma-channel"})
    void onlyABcm2835TransferThatWouldNotStopIsNoBitClock(String text, String cause) {
        InputReport r = Logs.analyze(line(52.6, "bcm2835-dma 3f007000.dma: " + text));
        assertEquals(cause, r.incidents().get(0).cause().id(), text);
        assertEquals(cause.equals("no-bit-clock"), r.incidents().get(0).verdict().contains("could not stop"), text);
    }

    /**
     * A server's offload engine, a serial bus's DMA (a UART's, Qualcomm's GENI engines', Tegra's
     * general-purpose DMA) or TI's network rings that fail make no audio incident, whatever the
     * board plays.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ioatdma 0000:00:04.0: Self-test xor timed out",
        "idxd 0000:6a:01.0: Intel(R) IDXD DMA Engine init failed",
        "mtk-uart-apdma 11000400.dma-controller: stop: fail, status=0x1",
        "gpi 800000.dma-controller: Error with cmd:GPI_CH_STOP ret:-110",
        "tegra-gpcdma 2600000.dma-controller: Req len/mem address is not correct",
        "am65-cpsw-nuss 8000000.ethernet: TX tdown timeout"})
    void anEngineThatCarriesNoAudioMakesNoIncident(String text) {
        InputReport r = Logs.analyze(line(0, "Linux version 6.12.9 (b@c) #1")
                + line(5.1, "snd_hda_intel 0000:00:1f.3: enabling device (0000 -> 0002)") + line(5.2, text));
        assertTrue(r.incidents().isEmpty(), text);
        assertTrue(findings(r, RuleId.DMA_CHANNEL_ERROR.id()).isEmpty(), text);
    }

    @Test
    void stackFramesNamingSdmaFunctionsAreNotDmaEvents() throws Exception {
        InputReport r = Logs.analyzeSample("causes/imx8mp-sdma-ch0.log");
        assertEquals(Cause.DMA_CHANNEL, r.incidents().get(0).cause());
        assertEquals(0, findings(r, "terminate-after-prep").size());
        assertEquals("6.10.0-rc7-next-20240712", r.kernels().get(0).orElseThrow().text());
    }
}
