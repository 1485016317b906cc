package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new cause is one file: a cause file dropped into the causes folder of the class path, with
 * no other change, is read, checked, decided by its own decision and told with its own verdict
 * and fix. Run in a JVM of its own, so the built-in causes of this one stay as they are.
 */
class NewCauseFileTest {
    private static final String CAUSE = """
            # a cause only this test has
            title=the codec's control bus does not answer
            evidence=`sgtl5000 2-000a: Error reading chip id -6`
            summary=pull-ups, the codec's supplies, its address
            verdict.codec-bus={0} cannot start: at {2} {1} printed "{3}", so the codec was never set up.
            fix=Check the I2C pull-ups, the codec''s supplies and its address in the device tree.
            when.160=verdict codec-bus; rule codec-failure; reads form sgtl5000.*; confidence observed
            """;

    private static final Path LOG = SampleExpectationsTest.samples().resolve("causes/imx6-sgtl5000-no-mclk.log");

    /** The command's output and exit code with one more cause file on the class path. */
    private record Run(byte[] out, String err, int exit) {
    }

    private static Run withCauseFile(Path dir, String name, String text) throws Exception {
        Path folder = dir.resolve("io/xrunlens/analyzer/finding/causes");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", dir + File.pathSeparator + System.getProperty("java.class.path"), Main.class.getName(),
                "analyze", "--format", "json", LOG.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(out, err, p.exitValue());
    }

    @Test
    void aCauseFileAloneAddsACause(@TempDir Path dir) throws Exception {
        Run run = withCauseFile(dir, "codec-bus.properties", CAUSE);
        assertEquals(1, run.exit(), run.err());
        JsonNode incident = new ObjectMapper().readTree(run.out()).get("inputs").get(0).get("incidents").get(0);
        assertEquals("codec-bus", incident.get("cause").asText());
        assertTrue(incident.get("verdict").asText().contains("so the codec was never set up"), incident.toString());
        assertTrue(incident.get("verdict").asText().contains("Error reading chip id"), incident.toString());
        assertEquals("Check the I2C pull-ups, the codec's supplies and its address in the device tree.",
                incident.get("fix").asText());

        // without the file the same log is the built-in codec cause: the file alone made the difference
        Cli plain = Cli.run("analyze", "--format", "json", LOG.toString());
        assertEquals("codec", new ObjectMapper().readTree(plain.out()).get("inputs").get(0).get("incidents").get(0)
                .get("cause").asText());
    }

    /** A wrong file is told by its name and line, in one line, with the input error's exit code. */
    @Test
    void aWrongCauseFileIsToldByItsLine(@TempDir Path dir) throws Exception {
        Run run = withCauseFile(dir, "codec-bus.properties", CAUSE.replace("rule codec-failure", "rule codec-failed"));
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("causes/codec-bus.properties:7: no rule named codec-failed"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
