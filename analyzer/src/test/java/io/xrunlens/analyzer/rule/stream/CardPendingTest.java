package io.xrunlens.analyzer.rule.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.analyzer.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deferral is no failure until the kernel stops waiting. A card whose deferral never ended names the supplier it waited for, as the driver core printed
 * it (a device name, or a firmware node path since fw_devlink), and what that supplier printed.
 */
class CardPendingTest {
    private static final String SAI_ERROR = Logs.line(1.201, "fsl-sai 30010000.sai: failed to get mclk1 clock: -2");

    private static Finding pending(InputReport r) {
        return Logs.findings(r, "codec-failure").stream().filter(f -> f.form().equals("driver-core.deferred-probe-pending"))
                .findFirst().orElseThrow();
    }

    @Test
    void theSupplierByDeviceNameAndItsErrorAreNamed() {
        InputReport r = Logs.analyze(SAI_ERROR + Logs.line(12.614251,
                "platform sound-wm8960: deferred probe pending: asoc-simple-card: supplier 30010000.sai not ready"));
        assertTrue(pending(r).message().contains("it waited for 30010000.sai, which never probed after it printed"
                + " \"fsl-sai 30010000.sai: failed to get mclk1 clock: -2\""), pending(r).message());
        Incident i = r.incidents().get(0);
        assertTrue(i.verdict().startsWith("The sound card never registered"), i.verdict());
        assertTrue(i.fix().contains("/sys/kernel/debug/devices_deferred"), i.fix());
        assertTrue(!i.fix().contains("SGTL5000"), "no codec advice for a card waiting on its DAI: " + i.fix());
        assertEquals("supplier", i.chain().get(0).role(), "the supplier's own error is the root: " + i.chain());
        assertTrue(i.chain().get(0).text().contains("failed to get mclk1 clock"), i.chain().toString());
    }

    @Test
    void theSupplierByFirmwareNodeIsNamedAsTheKernelNamesItsDevice() {
        InputReport r = Logs.analyze(SAI_ERROR + Logs.line(12.614251, "platform sound: deferred probe pending:"
                + " asoc-simple-card: wait for supplier /soc@0/bus@30000000/sai@30010000"));
        assertTrue(pending(r).message().contains("it waited for 30010000.sai, which never probed after it printed"),
                pending(r).message());
        assertEquals("30010000.sai", CodecFailureRule.deviceName("/soc@0/bus@30000000/sai@30010000"));
        assertEquals("sound", CodecFailureRule.deviceName("/sound"));
    }

    /**
     * A driver's error, or a card's link that failed to initialise, that ends in a deferral
     * (-517) is retried by the driver core: a note that says so, and no incident; the same words
     * with another error are a failure.
     */
    @ParameterizedTest
    @CsvSource({"'sun4i-i2s 1c22000.i2s: Failed to get reset: ',driver-error",
        // 5.x and the Raspberry Pi kernels: the link's init, a part of the card
        "'snd-rpi-wm8804 soc:sound: ASoC: failed to init link JustBoom Digi: ',codec-failure"})
    void anErrorThatIsADeferralIsANote(String line, String rule) {
        InputReport deferred = Logs.analyze(Logs.line(15.887508, line + "-517") + Logs.line(17.816559, line + "-517"));
        assertTrue(deferred.incidents().isEmpty(), deferred.incidents().toString());
        Finding note = Logs.findings(deferred, rule).get(0);
        assertEquals(Severity.INFO, note.severity());
        assertTrue(note.message().contains("the probe was deferred (-517, EPROBE_DEFER)"), note.message());
        InputReport failed = Logs.analyze(Logs.line(15.887508, line + "-22"));
        assertEquals(Severity.WARNING, Logs.findings(failed, rule).get(0).severity());
        assertEquals(1, failed.incidents().size());
    }

    @Test
    void aSupplierThatPrintedNothingIsStillNamed() {
        InputReport r = Logs.analyze(Logs.line(12.614251,
                "platform sound: deferred probe pending: asoc-simple-card: supplier 30c30000.sai not ready"));
        assertTrue(pending(r).message().contains("it waited for 30c30000.sai, which never probed, so there is no sound"
                + " card"), pending(r).message());
    }

    /**
     * The card's own failure with an error that is no deferral (a generic card's device-tree
     * parse of 4.x and 5.x, a link's init) is told as the card that did not come up, with the
     * device-tree fix, not as a codec that does not answer.
     */
    @ParameterizedTest
    @CsvSource({"'asoc-simple-card sound: parse error -22'",
        "'snd-rpi-wm8804 soc:sound: ASoC: failed to init link JustBoom Digi: -22'"})
    void aCardsOwnFailureIsTheCardThatDidNotComeUp(String line) {
        InputReport r = Logs.analyze(Logs.line(2.0, line));
        Incident i = r.incidents().get(0);
        assertTrue(i.verdict().startsWith("The sound card did not come up"), i.verdict());
        assertTrue(i.fix().contains("device-tree node"), i.fix());
    }

    /** A deferral's retries that end in a real error are two findings: the error is not folded into the note. */
    @Test
    void aDeferralThenARealErrorAreTwoFindings() {
        String parse = "asoc-simple-card soc:sound: parse error ";
        InputReport r = Logs.analyze(Logs.line(6.41, parse + "-517") + Logs.line(7.05, parse + "-22"));
        List<Finding> f = Logs.findings(r, "codec-failure");
        assertEquals(2, f.size(), f.toString());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals(Severity.WARNING, f.get(1).severity());
        assertTrue(r.incidents().get(0).verdict().contains("parse error -22"), r.incidents().get(0).verdict());
    }
}
