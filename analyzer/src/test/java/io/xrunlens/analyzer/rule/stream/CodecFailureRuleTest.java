package io.xrunlens.analyzer.rule.stream;

import static io.xrunlens.analyzer.Logs.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Cause;
import io.xrunlens.analyzer.finding.Severity;
import org.junit.jupiter.api.Test;

class CodecFailureRuleTest {
    @Test
    void chipIdErrorMakesACodecIncidentWithTheCardNotes() throws Exception {
        InputReport r = Logs.analyzeSample("causes/imx6-sgtl5000-no-mclk.log");
        assertEquals(3, findings(r, CodecFailureRule.ID).size());
        assertEquals(Severity.WARNING, findings(r, CodecFailureRule.ID).get(0).severity());
        assertEquals(Cause.CODEC, r.incidents().get(0).cause());
        assertTrue(r.incidents().get(0).fix().contains("SYS_MCLK"), r.incidents().get(0).fix());
    }

    @Test
    void deferredProbingThatResolvesIsOnlyNotes() throws Exception {
        InputReport r = Logs.analyzeSample("causes/deferred-probe-ok.log");
        assertTrue(findings(r, CodecFailureRule.ID).stream().allMatch(f -> f.severity() == Severity.INFO));
        assertFalse(r.hasProblems());
        assertEquals(0, r.incidents().size());
    }

    @Test
    void aRegistrationThatFailsWithARealErrorIsAWarning() {
        InputReport r = Logs.analyze("[    2.3] imx-sgtl5000 sound: snd_soc_register_card failed (-22)\n");
        assertEquals(Severity.WARNING, findings(r, CodecFailureRule.ID).get(0).severity());
    }

    /**
     * A machine driver's or a DAI driver's own words for a registration that failed are the
     * card's failure when the line carries an error that is no deferral; -517, or no error at
     * all (a driver that prints the same line for a deferral), stays a note.
     */
    @Test
    void aDriversOwnRegistrationThatFailedIsAWarningUnlessItMayBeADeferral() {
        for (String line : new String[] {"aries-audio sound: snd_soc_register_card() failed:-22",
            "atmel_i2s f8050000.i2s: failed to register PCM: -12",
            "cht-bsw-max98090 cht-bsw-max98090: snd_soc_register_card failed -110",
            "sof_sdw sof_sdw: ASoC: failed to instantiate card -22"}) {
            InputReport r = Logs.analyze("[   11.0] " + line + "\n");
            assertEquals(Severity.WARNING, findings(r, CodecFailureRule.ID).get(0).severity(), line);
            String message = findings(r, CodecFailureRule.ID).get(0).message();
            assertTrue(message.contains("could not be registered") && !message.contains("harmless"), message);
            assertTrue(r.incidents().get(0).verdict().startsWith("The sound card did not come up"), line);
        }
        for (String line : new String[] {"aries-audio sound: snd_soc_register_card() failed:-517",
            "asoc-simple-card sound: ASoC: failed to instantiate card -517",
            "atmel-wm8904-audio sound: snd_soc_register_card failed"}) {
            InputReport r = Logs.analyze("[   11.0] " + line + "\n");
            assertEquals(Severity.INFO, findings(r, CodecFailureRule.ID).get(0).severity(), line);
            assertTrue(r.incidents().isEmpty(), line);
        }
    }

    /**
     * dev_err_probe names the error before the text ("error -EINVAL: …") and prints a deferral at
     * debug level only: a card row's line with a real error there is a probe that gave up, the
     * card that did not come up, whatever its words; a deferral named there, or an error that
     * says no such device is there (which the driver core keeps quiet), or no prefix, stays a note.
     */
    @Test
    void aCardRowThatDevErrProbeNamesARealErrorForIsAProbeThatGaveUp() {
        for (String line : new String[] {"fsl-asoc-card sound: error -EINVAL: snd_soc_register_card failed",
            "bcm2835-i2s 3f203000.i2s: error -ENOENT: could not get clk"}) {
            InputReport r = Logs.analyze("[    5.1] " + line + "\n");
            assertEquals(Severity.WARNING, findings(r, CodecFailureRule.ID).get(0).severity(), line);
            String message = findings(r, CodecFailureRule.ID).get(0).message();
            assertTrue(message.contains("its probe gave up with -E"), message);
            // the card did not come up; where the part's words say a clock could not be had, that clock is the verdict
            String verdict = r.incidents().get(0).verdict();
            assertTrue(line.endsWith("clk") ? verdict.contains("could not get or enable its clock")
                    : verdict.startsWith("The sound card did not come up"), verdict);
        }
        for (String line : new String[] {"bcm2835-i2s 3f203000.i2s: error -EPROBE_DEFER: could not get clk",
            "bcm2835-i2s 3f203000.i2s: error -ENODEV: could not get clk", "bcm2835-i2s 3f203000.i2s: could not get clk"}) {
            InputReport r = Logs.analyze("[    5.1] " + line + "\n");
            assertEquals(Severity.INFO, findings(r, CodecFailureRule.ID).get(0).severity(), line);
            assertTrue(r.incidents().isEmpty(), line);
        }
        String deferred = findings(Logs.analyze("[    5.1] bcm2835-i2s 3f203000.i2s: error -EPROBE_DEFER: could not get"
                + " clk\n"), CodecFailureRule.ID).get(0).message();
        assertTrue(deferred.contains("the probe was deferred"), deferred);
        // an HD-audio controller without the graphics driver still plays its analog codec
        assertTrue(Logs.analyze("[    5.1] snd_hda_intel 0000:00:1f.3: error -ENODEV: couldn't bind with audio"
                + " component\n").incidents().isEmpty());
    }

    /** The ASoC core's echo of a set-up call (a probe, set_fmt, set_sysclk) is no stream's start, as its row's family is. */
    @Test
    void theAsocCoresEchoOfASetUpCallSaysThatPartDidNotComeUp() {
        InputReport r = Logs.analyze("[    6.1] pcm512x 1-004d: ASoC: error at snd_soc_dai_set_fmt on pcm512x-hifi: -22\n");
        String message = findings(r, CodecFailureRule.ID).get(0).message();
        assertTrue(message.contains("as the card was put together or a link set up") && !message.contains("stream"), message);
        InputReport trigger = Logs.analyze("[    6.1] fsl-sai 30c30000.sai: ASoC: error at soc_component_trigger on 30c30000.sai:"
                + " -12\n");
        assertTrue(findings(trigger, CodecFailureRule.ID).isEmpty(), "a trigger's failure is a stream's, not a set-up's");
        InputReport deferred = Logs.analyze("[    6.1] asoc-simple-card sound: ASoC: error at snd_soc_dai_set_sysclk on"
                + " davinci-mcasp.0: -517\n");
        String later = findings(deferred, CodecFailureRule.ID).get(0).message();
        assertTrue(later.contains("the probe was deferred"), "a deferral stays one: " + later);
    }

    @Test
    void dapmEventFailureOnTheTiBoardAdvisesNoImxClock() throws Exception {
        InputReport r = Logs.analyzeSample("causes/am62-aic31xx-dapm.log");
        assertEquals(Cause.CODEC, r.incidents().get(0).cause());
        assertFalse(r.incidents().get(0).fix().contains("SGTL5000"), r.incidents().get(0).fix());
    }
}
