package io.xrunlens.analyzer.rule;

import static io.xrunlens.analyzer.Logs.findings;
import static io.xrunlens.analyzer.Logs.sdma;
import static io.xrunlens.analyzer.Logs.snd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.event.PcmDirection;
import java.util.List;
import org.junit.jupiter.api.Test;

class XrunRuleTest {
    private static final String ID = XrunRule.ID;

    @Test
    void xrunLineFires() {
        List<Finding> f = findings(Logs.analyze(snd(5.0, "XRUN: pcmC0D0c:0")), ID);
        assertEquals(1, f.size());
        assertEquals(PcmDirection.CAPTURE, f.get(0).stream());
        assertEquals(Severity.INFO, f.get(0).severity());
    }

    @Test
    void stopThenStartFiresAndTakesTheTerminatedChannel() {
        InputReport r = Logs.analyze("[    5.000000] snd_pcm_capture_avail: hw_ptr: 960, appl_ptr: 0, avail: 960,"
                + " boundary: 2013265920\n"
                + snd(5.00001, "snd_dmaengine_pcm_trigger command: 0")
                + sdma(5.00002, "sdma_disable_channel_async channel: 3")
                + snd(5.0003, "snd_dmaengine_pcm_trigger command: 1"));
        List<Finding> f = findings(r, ID);
        assertEquals(1, f.size());
        assertEquals(3, f.get(0).channel().getAsInt());
        assertEquals(5_000_000L, f.get(0).micros());
        assertEquals(List.of("avail", "stop", "terminate", "start"),
                f.get(0).evidence().stream().map(e -> e.role()).toList());
    }

    @Test
    void stopAloneIsNotAnXrun() {
        assertEquals(List.of(), findings(Logs.analyze(snd(5.0, "snd_dmaengine_pcm_trigger command: 0")), ID));
    }

    @Test
    void xrunStateFires() {
        assertEquals(1, findings(Logs.analyze(snd(5.0, "wait_for_avail: tout=999, state=4")), ID).size());
    }

    @Test
    void twoSubstreamsGiveTwoXruns() {
        List<Finding> f = findings(Logs.analyze(snd(5.0, "XRUN: pcmC0D0p:0") + snd(5.05, "XRUN: pcmC0D0c:0")), ID);
        assertEquals(2, f.size());
        assertEquals(PcmDirection.PLAYBACK, f.get(0).stream());
        assertEquals(PcmDirection.CAPTURE, f.get(1).stream());
    }

    @Test
    void xrunsSecondsApartAreSeparate() {
        List<Finding> f = findings(Logs.analyze(snd(5.0, "XRUN: pcmC0D0c:0") + snd(9.0, "XRUN: pcmC0D0c:0")), ID);
        assertEquals(2, f.size());
        assertFalse(Logs.analyze(snd(5.0, "XRUN: pcmC0D0c:0")).hasProblems(), "an XRUN alone is not a problem");
    }

    @Test
    void aplayUnderrunIsAPlaybackXrun() {
        List<Finding> f = findings(Logs.analyze("underrun!!! (at least 0.044 ms long)\n"), XrunRule.ID);
        assertEquals(1, f.size());
        assertEquals(PcmDirection.PLAYBACK, f.get(0).stream());
    }

    @Test
    void everyXrunLineIsItsOwnFinding() {
        assertEquals(2, findings(Logs.analyze(snd(1.0, "XRUN: pcmC0D0p:0") + snd(1.2, "XRUN: pcmC0D0p:0")), XrunRule.ID)
                .size());
    }

    @Test
    void anInjectedXrunIsATestNotAnIncident() throws Exception {
        InputReport r = Logs.analyzeSample("causes/rockchip-xrun-injected.log");
        assertEquals("injected", findings(r, XrunRule.ID).get(0).form());
        assertEquals(0, r.incidents().size());
        assertEquals("4.19.161", r.kernels().get(0).orElseThrow().text());
    }

    @Test
    void xrunsRaisedByTheDaiInterruptAreFifoXruns() throws Exception {
        InputReport r = Logs.analyzeSample("causes/mcasp-xrun-dai-isr.log");
        assertEquals(3, findings(r, XrunRule.ID).size());
        assertEquals("dai-interrupt", findings(r, XrunRule.ID).get(2).form());
        assertEquals(io.xrunlens.analyzer.finding.Cause.DAI_FIFO, r.incidents().get(0).cause());
    }

    @Test
    void threeRecoveredXrunsAreABurst() {
        InputReport r = Logs.analyze(snd(1.0, "XRUN: pcmC0D0p:0") + snd(20.0, "XRUN: pcmC0D0p:0")
                + snd(40.0, "XRUN: pcmC0D0p:0"));
        assertEquals(io.xrunlens.analyzer.finding.Cause.SCHEDULING, r.incidents().get(0).cause());
        assertEquals(false, r.hasProblems(), "recovered XRUNs stay info");
    }

    /**
     * PipeWire says when its recovery from an XRUN did not take ("snd_pcm_avail after recover:
     * Broken pipe"): XRUNs of a sound server whose device was in XRUN again at once, not XRUNs
     * that each recovered.
     */
    @Test
    void pipeWiresFailedRecoveriesAreXrunsThatDidNotClear() {
        StringBuilder log = new StringBuilder("Nov 14 21:01:00 laptop kernel: snd_hda_codec_realtek hdaudioC0D0:"
                + " autoconfig for ALC295: line_outs=1 (0x17/0x0/0x0/0x0/0x0) type:speaker\n");
        for (int i = 0; i < 3; i++) {
            log.append("Nov 14 21:02:1").append(i).append(" laptop pipewire[2216]: spa.alsa: hw:sofrt5682,0p: (")
                    .append(40 + i).append(" suppressed) snd_pcm_avail after recover: Broken pipe\n");
        }
        InputReport r = Logs.analyze(log.toString());
        List<Finding> f = findings(r, ID);
        assertEquals(3, f.size(), r.findings().toString());
        assertEquals("unrecovered", f.get(0).form());
        assertEquals(Severity.WARNING, f.get(0).severity(), "audio that broke, not an XRUN that recovered");
        assertEquals(PcmDirection.PLAYBACK, f.get(0).stream());
        String verdict = r.incidents().get(0).verdict();
        assertTrue(verdict.contains("not cleared by the sound server's recovery"), verdict);
        assertFalse(verdict.contains("each recovered"), verdict);
    }

    /** One line of PipeWire's stands for the XRUNs it counted as missed: an incident on its own. */
    @Test
    void oneXrunASoundServerCouldNotClearIsAnIncident() {
        InputReport r = Logs.analyze(snd(10.0, "snd_pcm_period_elapsed()")
                + "pipewire[2216]: spa.alsa: hw:0,0p: (45 missed) snd_pcm_avail after recover: Broken pipe\n");
        assertEquals(1, r.incidents().size(), r.findings().toString());
        assertTrue(r.incidents().get(0).verdict().contains("not cleared"), r.incidents().get(0).verdict());
        // one that recovered is a fact, not an incident; so is PipeWire's printed once, with no more missed
        assertEquals(0, Logs.analyze(snd(10.0, "XRUN: pcmC0D0p:0")).incidents().size());
        InputReport once = Logs.analyze(snd(10.0, "snd_pcm_period_elapsed()")
                + "pipewire[2216]: spa.alsa: hw:0,0p: (0 missed) snd_pcm_avail after recover: Broken pipe\n");
        assertEquals(0, once.incidents().size(), once.incidents().toString());
        assertEquals(Severity.WARNING, findings(once, ID).get(0).severity());
    }
}
