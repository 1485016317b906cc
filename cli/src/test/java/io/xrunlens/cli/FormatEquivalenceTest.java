package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * samples/formats holds one scenario (synthetic/stock-5.4-race.log) written in every format
 * (make-formats.py): detection must need no flag and the findings must be the same, times
 * aside.
 */
class FormatEquivalenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TreeSet<String> findings(Path log) throws IOException {
        Cli cli = Cli.run("analyze", "--format", "json", log.toString());
        assertEquals(1, cli.exit(), log + ": " + cli.err());
        JsonNode input = JSON.readTree(cli.out()).get("inputs").get(0);
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode f : input.get("findings")) {
            out.add(f.get("rule").asText() + " channel=" + f.get("channel") + " stream=" + f.get("stream")
                    + " txd=" + f.get("descriptors") + " confidence=" + f.get("confidence"));
        }
        for (JsonNode i : input.get("incidents")) {
            out.add("incident channel=" + i.get("channel") + " " + i.get("findings") + " kernel=" + i.get("kernel"));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyFormatGivesTheSameFindings() throws IOException {
        Path samples = SampleExpectationsTest.samples();
        TreeSet<String> reference = findings(samples.resolve("synthetic/stock-5.4-race.log"));
        assertNotEquals(0, reference.size());
        List<Path> formats;
        try (Stream<Path> files = Files.list(samples.resolve("formats"))) {
            formats = files.filter(p -> !p.toString().endsWith(".py") && !p.toString().endsWith(".json")
                    || p.toString().endsWith("journal.json")).sorted().toList();
        }
        assertEquals(21, formats.size(), formats.toString());
        return formats.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> assertEquals(reference, findings(p), p.toString())));
    }
}
