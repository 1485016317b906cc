package io.xrunlens.analyzer.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Cause;
import io.xrunlens.analyzer.finding.CauseClassifier;
import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.record.Record;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The firmware loader's "Direct firmware load for X failed with error -2" of an audio device is
 * context on its own, and the first record of a problem of the same device that follows within
 * five seconds: the chain starts with the file the device lacked, and a DSP's verdict names it.
 */
class FirmwareFileTest {
    private static final String BOOT = Logs.line(0, "Linux version 6.12.9 (b@c) #1");
    private static final String SOF = "sof-audio-pci-intel-tgl 0000:00:1f.3: ";
    private static final String NOT_FOUND = SOF + "Direct firmware load for intel/sof/sof-tgl.ri failed with error -2";

    private static List<String> roles(Incident incident) {
        return incident.chain().stream().map(Evidence::role).toList();
    }

    @Test
    void aFileNotFoundBeforeTheDevicesProblemLeadsItsChainAndTheVerdictNamesIt() {
        InputReport r = Logs.analyze(BOOT + Logs.line(4.4012, NOT_FOUND)
                + Logs.line(4.4013, SOF + "SOF firmware and/or topology file not found.")
                + Logs.line(4.4014, SOF + "error: sof_probe_work failed err: -2"));
        Incident incident = r.incidents().get(0);
        assertEquals(Cause.DSP_FIRMWARE, incident.cause());
        assertEquals(CauseClassifier.FIRMWARE_ROLE, roles(incident).get(0), roles(incident).toString());
        assertEquals(2, incident.chain().get(0).line());
        assertTrue(incident.verdict().contains("could not load a file the audio DSP needs"), incident.verdict());
        assertTrue(incident.verdict().contains("did not find intel/sof/sof-tgl.ri"), incident.verdict());
    }

    @Test
    void everyFileNotFoundIsNamedOnceAndAFileTheLineNamesIsNotRepeated() {
        InputReport r = Logs.analyze(BOOT + Logs.line(4.40, NOT_FOUND) + Logs.line(4.41, NOT_FOUND)
                + Logs.line(4.42, SOF + "Direct firmware load for intel/sof-tplg/sof-hda-generic-2ch.tplg failed with error -2")
                + Logs.line(4.43, SOF + "SOF firmware and/or topology file not found."));
        String verdict = r.incidents().get(0).verdict();
        assertTrue(verdict.contains("did not find intel/sof/sof-tgl.ri or intel/sof-tplg/sof-hda-generic-2ch.tplg:"),
                verdict);

        InputReport named = Logs.analyze(BOOT
                + Logs.line(5.4041, SOF + "Direct firmware load for intel/sof-tplg/sof-hda-generic-2ch.tplg failed with error -2")
                + Logs.line(5.4042, SOF + "error: tplg request firmware intel/sof-tplg/sof-hda-generic-2ch.tplg failed err: -2"));
        Incident incident = named.incidents().get(0);
        assertEquals(CauseClassifier.FIRMWARE_ROLE, roles(incident).get(0), roles(incident).toString());
        assertFalse(incident.verdict().contains("did not find"), incident.verdict());
    }

    /**
     * A load that failed on its own (a codec's optional tuning file), long before, or of another
     * device, is no record of the problem.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // alone: a healthy boot stays quiet
        "||",
        // more than five seconds before the problem
        "4.0|10.0|",
        // another device's
        "4.4012|4.4013|0000:00:1f.4"})
    void aLoadThatFailedIsContextOtherwise(String loadAt, String problemAt, String problemDevice) {
        String log = BOOT + Logs.line(loadAt == null ? 4.0 : Double.parseDouble(loadAt), NOT_FOUND);
        if (problemAt != null) {
            String device = problemDevice == null ? SOF : "sof-audio-pci-intel-tgl " + problemDevice + ": ";
            log += Logs.line(Double.parseDouble(problemAt), device + "error: sof_probe_work failed err: -2");
        }
        InputReport r = Logs.analyze(log);
        if (problemAt == null) {
            assertTrue(r.incidents().isEmpty(), r.incidents().toString());
            assertTrue(r.findings().isEmpty(), r.findings().toString());
            return;
        }
        assertEquals(1, r.incidents().size(), "the problem is an incident all the same");
        for (Incident incident : r.incidents()) {
            assertFalse(roles(incident).contains(CauseClassifier.FIRMWARE_ROLE), roles(incident).toString());
            assertFalse(incident.verdict().contains("did not find"), incident.verdict());
        }
    }

    /**
     * A load is the first record of one problem, the first that opens after it, whichever rule's:
     * the device's next problem does not claim it again.
     */
    @Test
    void aLoadLeadsOneProblemOnly() {
        InputReport r = Logs.analyze(BOOT + Logs.line(4.40, NOT_FOUND)
                + Logs.line(4.41, SOF + "SOF firmware and/or topology file not found.")
                + Logs.line(4.42, SOF + "error: sof_probe_work failed err: -2"));
        long firmwareRecords = r.findings().stream().flatMap(f -> f.evidence().stream())
                .filter(e -> e.role().equals(CauseClassifier.FIRMWARE_ROLE)).count();
        assertEquals(1, firmwareRecords);
    }

    /** Memory stays bounded: a log naming more devices than a board has forgets the older ones' loads. */
    @Test
    void theLoadsKeptAreBounded() {
        FilesNotFound files = new FilesNotFound();
        Event last = null;
        for (int i = 0; i < 100; i++) {
            String device = String.format(Locale.ROOT, "0000:00:%02x.3", i);
            String text = "Direct firmware load for a.bin failed with error -2";
            Message message = MessageCatalog.match(text).orElseThrow();
            last = new Event(new Record(i + 1, 0, 1_000_000L + i, 3, "sof-audio-pci-intel-tgl", device, text), message);
            files.note(last);
        }
        assertTrue(files.claim("0000:00:00.3", last).isEmpty(), "the first device's load was forgotten");
        assertEquals(1, files.claim(last.record().device(), last).size());
        assertTrue(files.claim(last.record().device(), last).isEmpty(), "claimed once");
    }
}
