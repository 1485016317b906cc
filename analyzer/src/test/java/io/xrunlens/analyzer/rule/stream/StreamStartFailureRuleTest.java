package io.xrunlens.analyzer.rule.stream;

import static io.xrunlens.analyzer.Logs.findings;
import static io.xrunlens.analyzer.Logs.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Cause;
import io.xrunlens.analyzer.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamStartFailureRuleTest {
    @Test
    void rateDerivationIsAClockRateIncident() throws Exception {
        InputReport r = Logs.analyzeSample("causes/imx8mm-sai-44k1-rate.log");
        assertEquals(3, findings(r, StreamStartFailureRule.ID).size());
        assertEquals(Cause.CLOCK_RATE, r.incidents().get(0).cause());
        assertTrue(r.incidents().get(0).verdict().contains("1411200"), r.incidents().get(0).verdict());
    }

    @Test
    void aTriggerErrorIsAStartFailure() {
        InputReport r = Logs.analyze(line(31.2, "fsl-sai 30c30000.sai: ASoC: error at soc_component_trigger on"
                + " 30c30000.sai: -12"));
        assertEquals(1, findings(r, StreamStartFailureRule.ID).size());
    }

    @Test
    void probeDeferralsAndZeroPpmAreNotStartFailures() throws Exception {
        InputReport r = Logs.analyzeSample("causes/am335x-mcasp-healthy.log");
        assertEquals(List.of(), findings(r, StreamStartFailureRule.ID));
        assertEquals(false, r.hasProblems());
    }

    @Test
    void aRateAPerMilleOffIsAWarning() {
        InputReport r = Logs.analyze(line(30.1, "davinci-mcasp 2b10000.audio-controller: Sample-rate is off by -2976"
                + " PPM"));
        assertEquals(1, findings(r, StreamStartFailureRule.ID).size());
        assertEquals(Severity.WARNING, findings(r, StreamStartFailureRule.ID).get(0).severity());
        assertEquals(Cause.CLOCK_RATE, r.incidents().get(0).cause());
    }

    @Test
    void aRateAFewPpmOffIsANoteWhereAudioRanAndEvidenceWhereItFailed() {
        String ppm = "davinci-mcasp 2b10000.audio-controller: Sample-rate is off by 400 PPM";
        InputReport healthy = Logs.analyze(line(30.1, ppm));
        assertEquals(Severity.INFO, findings(healthy, StreamStartFailureRule.ID).get(0).severity());
        assertFalse(healthy.hasProblems());
        assertEquals(List.of(), healthy.incidents());
        InputReport failed = Logs.analyze(line(30.1, ppm) + line(30.2, "davinci-mcasp 2b10000.audio-controller:"
                + " ASoC: error at snd_soc_dai_hw_params on 2b10000.audio-controller: -22"));
        assertEquals(List.of(Severity.WARNING, Severity.ERROR), findings(failed, StreamStartFailureRule.ID).stream()
                .map(f -> f.severity()).toList());
        assertEquals(Cause.CLOCK_RATE, failed.incidents().get(0).cause());
        assertEquals(2, failed.incidents().get(0).findings().size(), "the note is the incident's evidence too");
    }

    @Test
    void aPpmValueTooLongForALongIsAWarningNotACrash() {
        InputReport r = Logs.analyze(line(30.1, "davinci-mcasp 2b10000.audio-controller: Sample-rate is off by"
                + " 99999999999999999999999 PPM"));
        assertEquals(Severity.WARNING, findings(r, StreamStartFailureRule.ID).get(0).severity());
    }

    @Test
    void aplaysOutOfMemoryIsAStartFailure() throws Exception {
        InputReport r = Logs.analyzeSample("causes/imx8mq-sdma-not-ready.log");
        assertEquals("app.enomem", findings(r, StreamStartFailureRule.ID).get(0).form());
        assertEquals(Cause.SDMA_FIRMWARE, r.incidents().get(0).cause());
    }

    /**
     * A player's "No such device": the card went away under it. After the USB core's disconnect
     * of a device, the USB audio device unplugged or reset (inferred); with no such word, a card
     * gone for a reason the log does not show.
     */
    @Test
    void aPlayersNoSuchDeviceIsTheCardGone() {
        String player = "aplay: pcm_write:1939: write error: No such device\n";
        InputReport unplugged = Logs.analyze(line(4805.148059, "usb 7-2: USB disconnect, device number 19") + player);
        assertEquals(1, findings(unplugged, StreamStartFailureRule.ID).size());
        assertEquals(Cause.USB_AUDIO, unplugged.incidents().get(0).cause(), unplugged.incidents().get(0).verdict());
        assertTrue(unplugged.incidents().get(0).verdict().contains("the USB core disconnected or reset a device"),
                unplugged.incidents().get(0).verdict());
        assertEquals(2, findings(unplugged, StreamStartFailureRule.ID).get(0).evidence().size(), "the disconnect, then the error");
        InputReport gone = Logs.analyze(player);
        assertEquals(Cause.UNKNOWN, gone.incidents().get(0).cause());
        assertTrue(gone.incidents().get(0).verdict().contains("the sound card went away"), gone.incidents().get(0).verdict());
    }
}
