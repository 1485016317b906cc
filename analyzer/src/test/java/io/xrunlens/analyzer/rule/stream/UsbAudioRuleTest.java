package io.xrunlens.analyzer.rule.stream;

import static io.xrunlens.analyzer.Logs.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Cause;
import org.junit.jupiter.api.Test;

class UsbAudioRuleTest {
    @Test
    void bandwidthAndSetInterfaceFailuresAreAUsbIncident() throws Exception {
        InputReport r = Logs.analyzeSample("causes/rpi-usb-audio-bandwidth.log");
        assertEquals(2, findings(r, UsbAudioRule.ID).size());
        assertEquals(Cause.USB_AUDIO, r.incidents().get(0).cause());
        assertEquals("4.19.66-v7+", r.kernels().get(0).orElseThrow().text(), "kernel from the pasted uname -a");
        assertFalse(r.incidents().get(0).fix().contains("imx"));
    }

    @Test
    void delayEstimatesAreNotes() throws Exception {
        InputReport r = Logs.analyzeSample("causes/usb-audio-delay-notes.log");
        assertEquals(1, findings(r, UsbAudioRule.ID).size(), "the two old-form delay lines are one burst");
        assertFalse(r.hasProblems());
    }
}
