package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
                    // the verdict's own words: a quoted kernel line may say "stream: 0"
                    String words = verdict.replaceAll("\"[^\"]*\"", "\"\"");
                    assertFalse(words.contains("the The ") || words.contains("stream stream")
                            || words.contains("stream:"), log + ": " + verdict);
                }
            }
        }
        assertTrue(verdicts > 30, "verdicts read: " + verdicts);
    }

    /** A line no device printed: the verdict names who did as a sentence starts ("The DMA engine …"). */
    @Test
    void aVerdictOnALineWithoutADeviceStartsWithACapital() throws Exception {
        Path log = Files.createTempFile("deviceless", ".log");
        try {
            Files.writeString(log, "[    0.000000] Linux version 6.12.9 (builder@ci) #1 SMP PREEMPT\n"
                    + "[   12.443245] dmaengine dma_channel_table_init failure: -12\n");
            String out = Cli.run("analyze", log.toString()).out();
            assertTrue(out.contains("VERDICT  The DMA engine failed at 12.443245 (\"dmaengine dma_channel_table_init"), out);
        } finally {
            Files.delete(log);
        }
    }
}
