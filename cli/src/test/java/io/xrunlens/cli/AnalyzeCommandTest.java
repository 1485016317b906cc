package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    private static final String REPORT = SampleExpectationsTest.samples()
            .resolve("report/imx6-report-flattened.log").toString();

    @Test
    void reportGivesTheIncidentOnChannelTwo() {
        Cli cli = Cli.run("analyze", REPORT);
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(cli.out().contains("VERDICT"));
        assertTrue(cli.out().indexOf("VERDICT") < cli.out().indexOf("Incident 1"), "verdict comes first");
        for (String s : new String[] {"535.201664", "535.201922", "535.203207", "0a262722", "545.766075",
            "channel 2", "lines 1, records 44, parsed 42, unknown 2"}) {
            assertTrue(cli.out().contains(s), "missing " + s + " in\n" + cli.out());
        }
        cli.out().lines().forEach(l -> assertTrue(l.length() <= 80, "wider than 80 columns: " + l));
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        Cli cli = Cli.run("analyze", "--format", "json", REPORT);
        JsonNode input = new ObjectMapper().readTree(cli.out()).get("inputs").get(0);
        for (String f : new String[] {"file", "format", "lines", "records", "parsed", "unknown", "boots", "errors",
            "findings", "incidents"}) {
            assertTrue(input.has(f), f);
        }
        JsonNode finding = input.get("findings").get(1);
        for (String f : new String[] {"rule", "severity", "boot", "device", "channel", "time", "descriptors", "lines",
            "message"}) {
            assertTrue(finding.has(f), f);
        }
        assertEquals("terminate-after-prep", finding.get("rule").asText());
        assertEquals("20ec000.sdma", finding.get("device").asText());
        JsonNode incident = input.get("incidents").get(0);
        for (String f : new String[] {"verdict", "channel", "start", "end", "findings"}) {
            assertTrue(incident.has(f), f);
        }
        assertTrue(cli.out().contains("\"start\" : 535.201640,"), "times keep six decimals: " + cli.out());
    }

    @Test
    void sameInputGivesByteIdenticalOutput() {
        assertEquals(Cli.run("analyze", "--format", "json", REPORT).out(),
                Cli.run("analyze", "--format", "json", REPORT).out());
        assertEquals(Cli.run("analyze", REPORT).out(), Cli.run("analyze", REPORT).out());
    }

    @Test
    void benignRecoveryExitsZero() {
        Cli cli = Cli.run("analyze", SampleExpectationsTest.samples()
                .resolve("synthetic/instrumented-benign-recovery.log").toString());
        assertEquals(0, cli.exit());
        assertFalse(cli.out().contains("terminate-after-prep"));
    }

    @Test
    void writesToTheOutputFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.json");
        Cli cli = Cli.run("analyze", "--format", "json", "-o", out.toString(), REPORT);
        assertEquals(1, cli.exit());
        assertEquals("", cli.out());
        assertTrue(Files.readString(out).contains("misapplied-free"));
    }

    @Test
    void dashReadsStandardInput() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(REPORT))));
            Cli cli = Cli.run("analyze", "-");
            assertEquals(1, cli.exit());
            assertTrue(cli.out().contains("== - (dmesg"), cli.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void missingFileIsOneLineAndExitTwo() {
        Cli cli = Cli.run("analyze", "/no/such/file.log");
        assertEquals(2, cli.exit());
        assertEquals("xrunlens: /no/such/file.log: no such file or directory", cli.err().strip());
    }

    @Test
    void directoryPointsToTriage(@TempDir Path dir) {
        Cli cli = Cli.run("analyze", dir.toString());
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("use xrunlens triage"), cli.err());
    }

    @Test
    void oneBadInputDoesNotStopTheOthers() {
        Cli cli = Cli.run("analyze", "/no/such/file.log", REPORT);
        assertEquals(2, cli.exit());
        assertTrue(cli.out().contains("misapplied-free"), cli.out());
    }

    @Test
    void emptyInputIsCleanWithZeroLines(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.log"), "", StandardCharsets.UTF_8);
        Cli cli = Cli.run("analyze", "--format", "json", empty.toString());
        assertEquals(0, cli.exit());
        assertEquals(0, new ObjectMapper().readTree(cli.out()).get("inputs").get(0).get("lines").asInt());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(0, Cli.withStdin("", "analyze").exit()); // no FILE reads standard input, as grep does
        assertEquals(2, Cli.run("analyze", "--format", "xml", REPORT).exit());
        assertEquals(2, Cli.run("analyze", "--input-format", "nope", REPORT).exit());
        assertEquals(2, Cli.run().exit());
    }

    @Test
    void helpAndVersion() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("analyze") && help.out().contains("Exit codes"), help.out());
        Cli version = Cli.run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().matches("(?s)xrunlens \\d+\\.\\d+\\.\\d+.*"), version.out());
        assertTrue(Cli.run("analyze", "--help").out().contains("--format"));
        // every command is listed, in order, though a run that names one registers only that one
        int at = 0;
        for (String command : List.of("analyze", "timeline", "triage", "watch", "formats", "explain", "kb", "help",
                "generate-completion")) {
            int next = help.out().indexOf("\n  " + command + " ", at);
            assertTrue(next > at, command + " in order in: " + help.out());
            at = next;
        }
        Cli viaHelp = Cli.run("help", "timeline");
        assertEquals(0, viaHelp.exit());
        assertTrue(viaHelp.out().contains("Usage: xrunlens timeline"), viaHelp.out());
    }

    @Test
    void formatsListsDmesg() {
        Cli cli = Cli.run("formats");
        assertEquals(0, cli.exit());
        assertTrue(cli.out().startsWith("dmesg"), cli.out());
    }

    @Test
    void yearlessSyslogTimesCountFromTheFirstStampOrFallInTheGivenYear() throws Exception {
        String log = SampleExpectationsTest.samples().resolve("formats/journal-short.log").toString();
        JsonNode relative = new ObjectMapper().readTree(Cli.run("analyze", "--format", "json", log).out());
        // the sample starts at 10:00:00 and the XRUN is at 10:08:55
        assertEquals(535.0, relative.at("/inputs/0/findings/0/time").asDouble());
        JsonNode dated = new ObjectMapper().readTree(Cli.run("analyze", "--format", "json", "--year", "2026", log).out());
        assertEquals(1_795_514_935.0, dated.at("/inputs/0/findings/0/time").asDouble(), "2026-11-24T10:08:55Z");
        Cli bad = Cli.run("analyze", "--year", "26", log);
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--year must be between 1970 and 9999"), bad.err());
    }
}
