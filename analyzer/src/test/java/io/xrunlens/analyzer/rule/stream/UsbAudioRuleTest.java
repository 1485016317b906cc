package io.xrunlens.analyzer.rule.stream;

import static io.xrunlens.analyzer.Logs.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Cause;
import io.xrunlens.analyzer.finding.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsbAudioRuleTest {
    @Test
    void bandwidthAndSetInterfaceFailuresAreAUsbIncident() throws Exception {
        InputReport r = Logs.analyzeSample("causes/rpi-usb-audio-bandwidth.log");
        assertEquals(2, findings(r, UsbAudioRule.ID).size());
        assertEquals(Cause.USB_AUDIO, r.incidents().get(0).cause());
        assertEquals("4.19.66-v7+", r.kernels().get(0).orElseThrow().text(), "kernel from the pasted uname -a");
        assertFalse(r.incidents().get(0).fix().contains("imx"));
    }

    /**
     * A USB audio error says the transfers failed only where a source that moves the audio
     * printed it (endpoints, URBs, the PCM); a card, firmware or MIDI error of the driver is the
     * device's handling, with its own fix, and the verdict says so. An interface the device did
     * not switch is the control request the stream needs first, told as such in its finding and,
     * unless the bus had no room for it (-28), in its verdict.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the bus had no room for the stream: whether the URB or the alternate setting said so
        "cannot submit urb 0, error -28: not enough bandwidth|isochronous bandwidth|isochronous transfers failed",
        "1:1: usb_set_interface failed (-28)|isochronous bandwidth|did not switch interface 1 to alternate setting 1",
        "1:1: usb_set_interface failed (-22)|alternate setting the stream needs|did not switch interface 1 to alternate"
                + " setting 1",
        "timeout: still 2 active urbs on EP #82|isochronous transfers|isochronous transfers failed",
        "cannot create card instance 0|not of its audio transfers|not in its audio transfers",
        "error requesting ezusb firmware 6fire/dmx6fireap.ihx.|not of its audio transfers|not in its audio transfers",
        "unable to create midi.|not of its audio transfers|not in its audio transfers",
        "Cannot create pcm instance|not of its audio transfers|not in its audio transfers"})
    void onlyATransfersErrorSaysTheTransfersFailed(String text, String says, String findingSays) {
        InputReport r = Logs.analyze(Logs.line(0, "Linux version 6.12.9 (b@c) #1")
                + Logs.line(10.2, "usb 1-1.3: new high-speed USB device number 5 using xhci-hcd")
                + Logs.line(12.5, "usb 1-1.3: " + text));
        Incident incident = r.incidents().get(0);
        assertEquals(Cause.USB_AUDIO, incident.cause(), text);
        assertTrue(incident.verdict().contains(says), incident.verdict());
        assertEquals(says.startsWith("not"), incident.fix().startsWith("Look for a newer kernel"), incident.fix());
        String finding = findings(r, UsbAudioRule.ID).get(0).message();
        assertTrue(finding.contains(findingSays), finding);
        assertEquals(says.startsWith("not"), finding.contains("not in its audio transfers"), finding);
        // an error number the line ends in is named
        assertEquals(text.endsWith("(-28)"), finding.endsWith("; -28 is ENOSPC, no space left on device."), finding);
    }

    @Test
    void delayEstimatesAreNotes() throws Exception {
        InputReport r = Logs.analyzeSample("causes/usb-audio-delay-notes.log");
        assertEquals(1, findings(r, UsbAudioRule.ID).size(), "the two old-form delay lines are one burst");
        assertFalse(r.hasProblems());
    }
}
