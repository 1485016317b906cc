package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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
        assertEquals(25, formats.size(), formats.toString());
        return formats.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> assertEquals(reference, findings(p), p.toString())));
    }

    /**
     * Logs of several boards or tools appended into one file: each format's log after a log of
     * another (dmesg --time-format iso, whose lines start with a digit like several others' do,
     * and plain dmesg) gives both logs' incidents, the appended one's read after its own prefix.
     */
    @TestFactory
    Stream<DynamicTest> aLogOfEachFormatAppendedToAnotherGivesBothIncidents() throws IOException {
        Path samples = SampleExpectationsTest.samples();
        List<Path> formats;
        try (Stream<Path> files = Files.list(samples.resolve("formats"))) {
            formats = files.filter(p -> p.toString().endsWith(".log")).sorted().toList();
        }
        assertTrue(formats.size() >= 15, formats.toString());
        return Stream.of("dmesg-iso.log", "dmesg-r.log").flatMap(first -> formats.stream()
                .filter(p -> !p.getFileName().toString().equals(first))
                .map(p -> DynamicTest.dynamicTest(first + " + " + p.getFileName(), () -> {
                    Path both = Files.createTempFile("appended", ".log");
                    try {
                        Files.write(both, Files.readAllBytes(samples.resolve("formats").resolve(first)));
                        Files.write(both, Files.readAllBytes(p), StandardOpenOption.APPEND);
                        Cli cli = Cli.run("analyze", "--format", "json", both.toString());
                        JsonNode incidents = JSON.readTree(cli.out()).get("inputs").get(0).get("incidents");
                        assertEquals(2, incidents.size(), p + ": " + cli.out());
                        for (JsonNode i : incidents) {
                            assertEquals("dma-terminate-race", i.get("cause").asText(), p.toString());
                            assertEquals("[\"xrun\",\"terminate-after-prep\",\"misapplied-free\",\"dma-stall\"]",
                                    i.get("findings").toString(), p.toString());
                        }
                    } finally {
                        Files.delete(both);
                    }
                })));
    }

    /**
     * A mail reply that quotes a cut, re-wrapped log, between two logs with dates (so most lines
     * are not quoted and the quotes stay): its quoted records are read, its pieces joined, and
     * its race is an incident of its own boot, as whole as the logs' own; none borrows another's XRUN.
     */
    @Test
    void aQuotingReplyBetweenLogsWithDatesGivesItsOwnWholeIncident() throws IOException {
        Path samples = SampleExpectationsTest.samples();
        byte[] dated = Files.readAllBytes(samples.resolve("formats/dmesg-iso.log"));
        Path all = Files.createTempFile("reply", ".log");
        try {
            Files.write(all, dated);
            Files.write(all, Files.readAllBytes(samples.resolve("pastes/mail-reply-wrapped.log")), StandardOpenOption.APPEND);
            Files.write(all, dated, StandardOpenOption.APPEND);
            Cli cli = Cli.run("analyze", "--format", "json", all.toString());
            JsonNode input = JSON.readTree(cli.out()).get("inputs").get(0);
            JsonNode incidents = input.get("incidents");
            assertEquals(3, incidents.size(), cli.out());
            for (int i = 0; i < 3; i++) {
                assertEquals(i, incidents.get(i).get("boot").asInt(), cli.out());
                assertEquals("[\"xrun\",\"terminate-after-prep\",\"misapplied-free\",\"dma-stall\"]",
                        incidents.get(i).get("findings").toString(), cli.out());
            }
            assertTrue(input.get("joined").asInt() > 0, cli.out());
        } finally {
            Files.delete(all);
        }
    }

    /**
     * A tool's label or clock before every line (a test rig's "dut1: ", a serial multiplexer's
     * "[ttyUSB0] ", a serial terminal's "[10:00:00.123] ", grabserial's "[0.000123 0.000012] ",
     * grep -n's, grep -C's, grep -Hn's and cat -n's line numbers) gives the findings the plain
     * log gives: each line one record, none joined to the one before as a cut line's tail; one
     * label names no hosts.
     */
    @TestFactory
    Stream<DynamicTest> everyLabelledLogGivesTheSameFindings() throws IOException {
        Path samples = SampleExpectationsTest.samples();
        Path race = samples.resolve("synthetic/stock-5.4-race.log");
        TreeSet<String> reference = findings(race);
        List<String> lines = Files.readAllLines(race);
        List<IntFunction<String>> leadIns = List.of(i -> "dut1: ", i -> "[ttyUSB0] ", i -> "board-a | ", i -> "rig-3 -> ",
                i -> String.format("[10:%02d:%02d.%03d] ", i / 60 % 60, i % 60, i * 37 % 1000),
                i -> String.format("[%d.%06d %.6f] ", i, i * 7919 % 1000000, i / 1000.0), i -> "+" + i * 13 + "ms ",
                i -> (i + 1) + ":", i -> (i + 1) + (i % 4 == 2 ? ":" : "-"), i -> "dmesg.log:" + (i + 1) + ":",
                i -> String.format("%6d\t", i + 1));
        return leadIns.stream().map(leadIn -> DynamicTest.dynamicTest(leadIn.apply(7), () -> {
            Path labelled = Files.createTempFile("labelled", ".log");
            try {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    out.add(leadIn.apply(i) + lines.get(i));
                }
                Files.write(labelled, out);
                assertEquals(reference, findings(labelled), leadIn.apply(7));
                JsonNode input = JSON.readTree(Cli.run("analyze", "--format", "json", labelled.toString()).out())
                        .get("inputs").get(0);
                assertEquals("dmesg-labelled", input.get("format").asText(), leadIn.apply(7));
                assertEquals(lines.size(), input.get("records").asInt(), leadIn.apply(7));
                assertEquals(0, input.get("joined").asInt(), leadIn.apply(7));
                assertTrue(input.get("notes").toString().indexOf("hosts:") < 0, leadIn.apply(7));
            } finally {
                Files.delete(labelled);
            }
        }));
    }

    /**
     * A board that joins a rig's log after the lines its format was detected from: its lines are
     * its host's records (one a line, its race found), and the report names three hosts.
     */
    @Test
    void aBoardThatJoinsLaterIsReadAsAHost() throws IOException {
        Path samples = SampleExpectationsTest.samples();
        List<String> healthy = Files.readAllLines(samples.resolve("healthy/rk3399-es8316.log"));
        Path race = samples.resolve("synthetic/stock-5.4-race.log");
        List<String> out = new ArrayList<>();
        while (out.size() < 200) { // past the lines a format is detected from
            for (int i = 0; i < healthy.size(); i++) {
                out.add((i % 2 == 0 ? "dut1: " : "dut2: ") + healthy.get(i));
            }
        }
        List<String> raceLines = Files.readAllLines(race);
        raceLines.forEach(l -> out.add("dut3: " + l));
        Path rig = Files.createTempFile("rig", ".log");
        try {
            Files.write(rig, out);
            JsonNode input = JSON.readTree(Cli.run("analyze", "--format", "json", rig.toString()).out())
                    .get("inputs").get(0);
            assertEquals("dmesg-labelled", input.get("format").asText());
            assertEquals(out.size(), input.get("records").asInt());
            assertTrue(input.get("notes").toString().contains("the kernels of 3 hosts (dut1, dut2, dut3)"),
                    input.get("notes").toString());
            assertEquals(findings(race), findings(rig)); // the healthy boards add none
        } finally {
            Files.delete(rig);
        }
    }
}
