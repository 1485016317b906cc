package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A central log server's file: two boards of one kind, their kernel lines interleaved in the
 * order they arrived. Each board is analysed on its own, so one board's terminate and the
 * other's prep on the same device and channel are no race.
 */
class SeveralHostsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A line of one board: its kernel stamp, shifted, and the syslog prefix naming it. */
    private record Line(double seconds, String host, String text) {
        String written() {
            long s = (long) seconds;
            return String.format(Locale.ROOT, "Nov 24 %02d:%02d:%02d %s kernel: [%12.6f]%s", 10 + s / 3600, s / 60 % 60,
                    s % 60, host, seconds, text);
        }
    }

    private static List<Line> board(String sample, String host, double shift) throws IOException {
        List<Line> out = new ArrayList<>();
        for (String l : Files.readAllLines(SampleExpectationsTest.samples().resolve(sample))) {
            if (l.startsWith("[")) {
                int end = l.indexOf(']');
                out.add(new Line(Math.max(0, Double.parseDouble(l.substring(1, end).trim()) + shift), host,
                        l.substring(end + 1)));
            }
        }
        return out;
    }

    /** The boards' lines in the order of their clocks, as a log server receives them. */
    private static JsonNode analyse(List<Line> a, List<Line> b) throws IOException {
        List<Line> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingDouble(Line::seconds).thenComparing(Line::host));
        Path log = Files.createTempFile("server", ".log");
        try {
            Files.write(log, all.stream().map(Line::written).toList());
            Cli cli = Cli.run("analyze", "--format", "json", log.toString());
            JsonNode input = JSON.readTree(cli.out()).get("inputs").get(0);
            assertEquals("syslog", input.get("format").asText(), cli.out());
            return input;
        } finally {
            Files.delete(log);
        }
    }

    @Test
    void twoBoardsRecoveringAtOnceAreNoRace() throws IOException {
        // board-b's recovery prep lands between board-a's XRUN and its worker's free: read as one
        // machine, a terminate-after-prep race on 20ec000.sdma channel 2
        JsonNode input = analyse(board("synthetic/stock-5.4-benign.log", "board-a", 0),
                board("synthetic/stock-5.4-benign.log", "board-b", -0.003));
        assertEquals(0, input.get("incidents").size(), input.toString());
        assertEquals(2, input.get("boots").asInt());
        String notes = input.get("notes").toString();
        assertTrue(notes.contains("the kernels of 2 hosts (board-a, board-b) print in this log, each analysed on its own"),
                notes);
        assertTrue(notes.contains("each host's boots: board-a 0; board-b 1"), notes);
    }

    /**
     * The same two boards in a journal merged from both ({@code journalctl --merge -o json}):
     * each entry's _HOSTNAME is its machine, its _BOOT_ID that machine's boot.
     */
    @Test
    void aMergedJournalsMachinesAreAnalysedApart() throws IOException {
        List<Line> all = new ArrayList<>(board("synthetic/stock-5.4-race.log", "board-a", 0));
        all.addAll(board("synthetic/stock-5.4-benign.log", "board-b", -0.003));
        all.sort(Comparator.comparingDouble(Line::seconds).thenComparing(Line::host));
        Path log = Files.createTempFile("merged", ".json");
        try {
            Files.write(log, all.stream().map(l -> String.format(Locale.ROOT, "{\"_HOSTNAME\":\"%s\",\"_BOOT_ID\":"
                    + "\"%s-1\",\"PRIORITY\":\"6\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"%d\",\"MESSAGE\":\"%s\"}", l.host(),
                    l.host(), Math.round(l.seconds() * 1e6), l.text().strip().replace("\"", "\\\""))).toList());
            JsonNode input = JSON.readTree(Cli.run("analyze", "--format", "json", log.toString()).out())
                    .get("inputs").get(0);
            assertEquals("journal-json", input.get("format").asText());
            assertEquals(2, input.get("boots").asInt(), "each machine's boot, though their boot ids alternate");
            assertEquals(1, input.get("incidents").size(), input.toString());
            assertEquals("board-a", input.get("incidents").get(0).get("host").asText());
            assertEquals("dma-terminate-race", input.get("incidents").get(0).get("cause").asText());
        } finally {
            Files.delete(log);
        }
    }

    /**
     * A fleet's boards failing alike are folded as one board's boots are: the first ten and the
     * last three whole, those between counted.
     */
    @Test
    void boardsThatFailAlikeAreFoldedAcrossHosts() throws IOException {
        List<Line> all = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            all.addAll(board("synthetic/stock-5.4-race.log", String.format(Locale.ROOT, "board%02d", k), k * 0.37));
        }
        JsonNode input = analyse(all, List.of());
        assertEquals(20, input.get("boots").asInt());
        assertEquals(13, input.get("incidents").size());
        JsonNode folded = input.get("folded");
        assertEquals(1, folded.size(), folded.toString());
        assertEquals(7, folded.get(0).get("incidents").asInt());
        assertEquals(10, folded.get(0).get("first_boot").asInt());
        assertEquals(16, folded.get(0).get("last_boot").asInt());
        assertEquals("board19", input.get("incidents").get(12).get("host").asText(), "the last whole, in log order");
    }

    /** The text report's incident and the timeline's title name the board whose boot it is. */
    @Test
    void theTextNamesTheHostOfEachIncidentsBoot() throws IOException {
        List<Line> all = new ArrayList<>(board("synthetic/stock-5.4-benign.log", "board-a", 0));
        all.addAll(board("synthetic/stock-5.4-race.log", "board-b", 0.5));
        all.sort(Comparator.comparingDouble(Line::seconds).thenComparing(Line::host));
        Path log = Files.createTempFile("server", ".log");
        try {
            Files.write(log, all.stream().map(Line::written).toList());
            Cli cli = Cli.run("analyze", log.toString());
            assertEquals(1, cli.exit(), cli.err());
            assertTrue(cli.out().startsWith("== " + log + " (syslog, 2 hosts, 2 boots)\n"), cli.out());
            assertTrue(cli.out().contains("Incident 1: boot 1 (board-b), 20ec000.sdma channel 2, capture"), cli.out());
            assertTrue(cli.out().contains("Other findings\n    info xrun  board-a  channel 2  at "), cli.out());
            Path svg = Files.createTempFile("timeline", ".svg");
            try {
                assertEquals(1, Cli.run("timeline", "-o", svg.toString(), log.toString()).exit());
                String picture = Files.readString(svg);
                assertTrue(picture.contains("boot 1 (board-b)"), "the title names the host");
                assertTrue(!picture.contains("board-a"), "no lane or label of the other board");
            } finally {
                Files.delete(svg);
            }
        } finally {
            Files.delete(log);
        }
    }

    @Test
    void oneMachinesReportNamesNoHost() {
        String out = Cli.run("analyze", "--format", "json",
                SampleExpectationsTest.samples().resolve("formats/rsyslog-kern.log").toString()).out();
        assertTrue(out.contains("\"boot\"") && !out.contains("\"host\""), out);
    }

    @Test
    void aRaceOnOneBoardIsThatBoardsAlone() throws IOException {
        List<Line> racing = board("synthetic/stock-5.4-race.log", "board-a", 0);
        JsonNode input = analyse(racing, board("synthetic/stock-5.4-benign.log", "board-b", -0.003));
        JsonNode incidents = input.get("incidents");
        assertEquals(1, incidents.size(), input.toString());
        JsonNode race = incidents.get(0);
        assertEquals("dma-terminate-race", race.get("cause").asText());
        assertEquals(0, race.get("boot").asInt(), "board-a's boot");
        assertEquals("board-a", race.get("host").asText());
        for (JsonNode f : input.get("findings")) {
            assertEquals(f.get("boot").asInt() == 0 ? "board-a" : "board-b", f.get("host").asText(), f.toString());
        }
        assertEquals("[\"xrun\",\"terminate-after-prep\",\"misapplied-free\",\"dma-stall\"]",
                race.get("findings").toString());
    }
}
