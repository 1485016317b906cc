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
            when.150=verdict codec-bus; rule codec-failure; reads form sgtl5000.*; confidence observed
            """;

    @Test
    void aCauseFileAloneAddsACause(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("io/xrunlens/analyzer/finding/causes");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("codec-bus.properties"), CAUSE, StandardCharsets.UTF_8);
        Path log = SampleExpectationsTest.samples().resolve("causes/imx6-sgtl5000-no-mclk.log");

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", dir + File.pathSeparator + System.getProperty("java.class.path"), Main.class.getName(),
                "analyze", "--format", "json", log.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), err);
        JsonNode incident = new ObjectMapper().readTree(out).get("inputs").get(0).get("incidents").get(0);
        assertEquals("codec-bus", incident.get("cause").asText());
        assertTrue(incident.get("verdict").asText().contains("so the codec was never set up"), incident.toString());
        assertTrue(incident.get("verdict").asText().contains("Error reading chip id"), incident.toString());
        assertEquals("Check the I2C pull-ups, the codec's supplies and its address in the device tree.",
                incident.get("fix").asText());

        // without the file the same log is the built-in codec cause: the file alone made the difference
        Cli plain = Cli.run("analyze", "--format", "json", log.toString());
        assertEquals("codec", new ObjectMapper().readTree(plain.out()).get("inputs").get(0).get("incidents").get(0)
                .get("cause").asText());
    }
}
