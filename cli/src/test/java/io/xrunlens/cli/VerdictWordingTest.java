package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdicts read as sentences: no stream name doubled or capitalised mid-sentence, on any sample. */
class VerdictWordingTest {
    @Test
    void noSampleVerdictStuttersOrCapitalisesMidSentence() throws Exception {
        List<Path> logs = SampleExpectationsTest.sampleLogs();
        int verdicts = 0;
        for (Path log : logs) {
            String out = Cli.run("analyze", "--format", "json", log.toString()).out();
            for (com.fasterxml.jackson.databind.JsonNode input : new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(out).get("inputs")) {
                for (com.fasterxml.jackson.databind.JsonNode incident : input.get("incidents")) {
                    String verdict = incident.get("verdict").asText();
                    verdicts++;
                    assertFalse(verdict.contains("the The ") || verdict.contains("stream stream")
                            || verdict.contains("stream:"), log + ": " + verdict);
                }
            }
        }
        assertTrue(verdicts > 30, "verdicts read: " + verdicts);
    }
}
