package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every log under samples/ against its {@code .expected.json}: the exit code, the counts, and
 * each finding (rule, channel, time, descriptors) and incident (channel, span, rules).
 *
 * <p>After an intended change, regenerate with
 * {@code mvn -pl cli -am test -Dtest=SampleExpectationsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dxrunlens.updateExpected=true} and review the diff before committing.
 */
class SampleExpectationsTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    static Path samples() {
        return Path.of(System.getProperty("xrunlens.samples", "../samples"));
    }

    static List<Path> sampleLogs() throws IOException {
        try (Stream<Path> files = Files.walk(samples())) {
            return files.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".json")
                            && !p.getFileName().toString().endsWith(".md")
                            && !p.getFileName().toString().endsWith(".png")
                            && !p.getFileName().toString().endsWith(".svg"))
                    .sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleGivesItsExpectedFindings() throws IOException {
        List<Path> logs = sampleLogs();
        assertTrue(logs.size() >= 9, "samples found: " + logs);
        return logs.stream().map(log -> DynamicTest.dynamicTest(samples().relativize(log).toString(), () -> check(log)));
    }

    private static void check(Path log) throws IOException {
        Cli cli = Cli.run("analyze", "--format", "json", log.toString());
        JsonNode actual = project(cli.exit(), JSON.readTree(cli.out()));
        Path expectedFile = log.resolveSibling(log.getFileName() + ".expected.json");
        if (Boolean.getBoolean("xrunlens.updateExpected")) {
            Files.writeString(expectedFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
                    StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile + " (see the class comment)");
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual), log.toString());
    }

    /** The facts a sample pins down; messages and evidence texts may be reworded freely. */
    static JsonNode project(int exit, JsonNode report) {
        ObjectNode out = JSON.createObjectNode();
        out.put("exit", exit);
        JsonNode input = report.get("inputs").get(0);
        for (String field : List.of("format", "lines", "records", "parsed", "unknown", "boots")) {
            out.set(field, input.get(field));
        }
        ArrayNode findings = out.putArray("findings");
        for (JsonNode f : input.get("findings")) {
            ObjectNode p = findings.addObject();
            for (String field : List.of("rule", "severity", "boot", "channel", "stream", "time", "descriptors", "lines",
                    "confidence", "form")) {
                p.set(field, f.get(field));
            }
        }
        ArrayNode incidents = out.putArray("incidents");
        for (JsonNode i : input.get("incidents")) {
            ObjectNode p = incidents.addObject();
            for (String field : List.of("cause", "confidence", "boot", "channel", "stream", "start", "end", "findings",
                    "descriptors", "kernel")) {
                p.set(field, i.get(field));
            }
        }
        return out;
    }
}
