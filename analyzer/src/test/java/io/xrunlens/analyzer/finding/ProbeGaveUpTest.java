package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeGaveUpTest {
    private static final String CLOCK = "fsl-asrc 30010000.asrc: failed to get HiFi clock";

    @Test
    void aProbeNoteIsAProblemWhenTheDriverCoreSaysThatProbeFailed() {
        for (String failed : List.of("fsl-asrc: probe of 30010000.asrc failed with error -22",
                "fsl-asrc 30010000.asrc: probe with driver fsl-asrc failed with error -22")) {
            InputReport r = Logs.analyze(Logs.line(10.1, CLOCK) + Logs.line(10.1001, failed));
            Finding note = Logs.findings(r, "codec-failure").get(0);
            assertEquals(Severity.WARNING, note.severity(), failed);
            assertTrue(note.message().contains("its probe then failed with error -22"), note.message());
            assertEquals("clock-rate", r.incidents().get(0).cause().id(), r.incidents().get(0).verdict());
        }
    }

    @Test
    void aMachineDriversMasterClockItsProbeGaveUpOnIsTheClocks() {
        InputReport r = Logs.analyze(Logs.line(12.1, "sam9g20ek-audio sound: Failed to set WM8731 SYSCLK: -22")
                + Logs.line(12.1001, "sam9g20ek-audio: probe of sound failed with error -22"));
        assertEquals("clock-rate", r.incidents().get(0).cause().id(), r.incidents().get(0).verdict());
        assertTrue(r.incidents().get(0).verdict().contains("did not take the clock"), r.incidents().get(0).verdict());
    }

    @Test
    void aNoteAloneAnotherDevicesFailureOrALaterOneStaysANote() {
        List<String> logs = List.of(Logs.line(10.1, CLOCK),
                Logs.line(10.1, CLOCK) + Logs.line(10.1001, "fsl-sai: probe of 30020000.sai failed with error -22"),
                Logs.line(10.1, CLOCK) + Logs.line(14.2, "fsl-asrc: probe of 30010000.asrc failed with error -22"));
        for (String log : logs) {
            Finding note = Logs.findings(Logs.analyze(log), "codec-failure").get(0);
            assertEquals(Severity.INFO, note.severity(), log);
        }
    }

    @Test
    void anEarlierAttemptThatDeferredIsNotRaised() {
        String log = Logs.line(6.4128, "asoc-simple-card soc:sound: ASoC: CPU DAI 3f203000.i2s not registered - will retry")
                + Logs.line(6.4129, "asoc-simple-card soc:sound: parse error -517")
                + Logs.line(7.0581, "asoc-simple-card soc:sound: parse error -22")
                + Logs.line(7.0582, "asoc-simple-card: probe of soc:sound failed with error -22");
        List<Finding> notes = Logs.findings(Logs.analyze(log), "codec-failure");
        assertEquals(Severity.INFO, notes.get(0).severity(), notes.get(0).message());
        assertEquals(Severity.INFO, notes.get(1).severity(), notes.get(1).message());
    }
}
