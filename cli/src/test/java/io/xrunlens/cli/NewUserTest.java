package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The command line as a new user meets it, one test per thing that went wrong when one tried
 * every command and option from a fresh clone (issue "The command line a new user trusts").
 */
class NewUserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = SampleExpectationsTest.samples();
    private static final Path RACE = SAMPLES.resolve("report/imx6-report-lines.log");
    private static final Path CLEAN = SAMPLES.resolve("synthetic/clean-session.log");

    /** One line in words: no Java exception name, no stack frame, no usage dump. */
    private static void oneLineInWords(Cli cli) {
        assertEquals(2, cli.exit(), cli.err());
        assertFalse(cli.err().matches("(?s).*(Exception|java\\.|\\bat [a-z]+\\.|Usage:).*"), cli.err());
        assertTrue(cli.err().startsWith("xrunlens: "), cli.err());
    }

    @Test
    void anOutputInAMissingFolderIsOneLineAndToldBeforeReading(@TempDir Path dir) {
        Cli cli = Cli.run("analyze", "-o", dir.resolve("no/such/r.txt").toString(), RACE.toString());
        oneLineInWords(cli);
        assertTrue(cli.err().contains("no such folder"), cli.err());
        assertEquals(1, cli.err().lines().count(), cli.err());
    }

    @Test
    void anExistingPictureIsReplaced(@TempDir Path dir) throws Exception {
        Path png = Files.writeString(dir.resolve("existing.png"), "old");
        Cli cli = Cli.run("timeline", "-o", png.toString(), RACE.toString());
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void aBadGlobIsAUsageErrorInWords() {
        Cli cli = Cli.run("triage", "--include", "[", SAMPLES.toString());
        oneLineInWords(cli);
        assertTrue(cli.err().contains("--include '[': not a valid glob"), cli.err());
    }

    @Test
    void brokenCompressedInputsSayWhatIsWrongInWords(@TempDir Path dir) throws Exception {
        Path gz = Files.write(dir.resolve("c.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 'x', 'y', 'z'});
        Cli g = Cli.run("analyze", gz.toString());
        assertEquals(2, g.exit());
        assertFalse(g.err().contains("null") || g.err().contains("Exception"), g.err());
        byte[] xz = xz(Files.readAllBytes(RACE));
        Path cut = Files.write(dir.resolve("t.xz"), Arrays.copyOf(xz, xz.length / 2));
        Cli x = Cli.run("analyze", cut.toString());
        assertEquals(2, x.exit());
        assertTrue(x.err().contains("the data ends early (truncated)"), x.err());
        assertFalse(x.err().contains("EOFException"), x.err());
    }

    private static byte[] xz(byte[] data) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (var x = new org.tukaani.xz.XZOutputStream(b, new org.tukaani.xz.LZMA2Options())) {
            x.write(data);
        }
        return b.toByteArray();
    }

    @Test
    void aMistypedOptionIsOneLineWithAGuessAndAPointer() {
        Cli cli = Cli.run("analyze", "--fromat", "json", RACE.toString());
        oneLineInWords(cli);
        assertEquals("xrunlens: unknown option: '--fromat'\nxrunlens: did you mean --format?\n"
                + "Try 'xrunlens analyze --help' for more information.", cli.err().strip());
        Cli command = Cli.run("analyse", RACE.toString());
        assertTrue(command.err().contains("unknown command 'analyse'") && command.err().contains("did you mean analyze?"),
                command.err());
    }

    @Test
    void helpStatesTheRangesOfOptions() {
        assertTrue(Cli.run("analyze", "--help").out().contains("64 or more"));
        String timeline = Cli.run("timeline", "--help").out();
        assertTrue(timeline.contains("200-20000") && timeline.contains("150-20000"), timeline);
        assertTrue(Cli.run("triage", "--help").out().contains("1-256"));
    }

    private static byte[] zip(Map<String, byte[]> members) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                z.putNextEntry(new ZipEntry(m.getKey()));
                z.write(m.getValue());
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    private static byte[] tgz(Map<String, byte[]> members) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(b))) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                TarArchiveEntry e = new TarArchiveEntry(m.getKey());
                e.setSize(m.getValue().length);
                tar.putArchiveEntry(e);
                tar.write(m.getValue());
                tar.closeArchiveEntry();
            }
        }
        return b.toByteArray();
    }

    private static Map<String, byte[]> logs() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("board1/dmesg.log", Files.readAllBytes(RACE));
        m.put("board1/dmesg.log.expected.json", "{\"exit\": 1}".getBytes(StandardCharsets.UTF_8));
        m.put("board2/dmesg.log", Files.readAllBytes(CLEAN));
        m.put("tool/Main.class", new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 61, 0, 1, 2});
        return m;
    }

    /** A board's zip inside the fleet's tar.gz is opened in turn; archives nested too deep are skipped. */
    @Test
    void archivesInsideArchivesAreOpenedToFourLevels(@TempDir Path dir) throws Exception {
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("night/board7.zip", zip(logs()));
        byte[] deep = zip(Map.of("kern.log", Files.readAllBytes(RACE)));
        for (int i = 0; i < 4; i++) {
            deep = zip(Map.of("level" + i + ".zip", deep));
        }
        outer.put("night/deep.zip", deep);
        Path archive = Files.write(dir.resolve("fleet.tgz"), tgz(outer));
        Cli cli = Cli.run("triage", "--format", "json", archive.toString());
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(cli.out().contains("fleet.tgz!night/board7.zip!board1/dmesg.log"), cli.out());
        assertTrue(cli.out().contains("fleet.tgz!night/board7.zip!board2/dmesg.log"), cli.out());
        assertTrue(cli.out().contains("fleet.tgz!night/deep.zip!level3.zip!level2.zip!level1.zip\",\n    \"why\" : \"binary\""),
                "four levels opened, the fifth skipped as a binary: " + cli.out());
        assertFalse(cli.out().contains("!kern.log"), "five levels down is not opened");
    }

    @Test
    void analyzeReadsAnArchiveMemberByMember(@TempDir Path dir) throws Exception {
        for (Path archive : new Path[] {Files.write(dir.resolve("logs.zip"), zip(logs())),
            Files.write(dir.resolve("logs.tgz"), tgz(logs()))}) {
            Cli cli = Cli.run("analyze", "--format", "json", archive.toString());
            assertEquals(1, cli.exit(), cli.err());
            JsonNode inputs = JSON.readTree(cli.out()).get("inputs");
            assertEquals(2, inputs.size(), "the two logs, not the sidecar or the class file: " + inputs);
            assertEquals(archive + "!board1/dmesg.log", inputs.get(0).get("file").asText());
            assertEquals(1, inputs.get(0).get("boots").asInt());
            assertEquals(1, inputs.get(0).get("incidents").size());
            assertTrue(cli.err().contains("tool/Main.class: skipped (binary)"), cli.err());
        }
    }

    @Test
    void triageFiltersArchiveMembersToo(@TempDir Path dir) throws Exception {
        Path tgz = Files.write(dir.resolve("x.tgz"), tgz(logs()));
        Cli cli = Cli.run("triage", "--format", "json", "--include", "*.log", tgz.toString());
        JsonNode report = JSON.readTree(cli.out());
        assertEquals(2, report.get("files").asInt(), cli.out());
        assertFalse(cli.out().contains("expected.json"), cli.out());
    }

    @Test
    void dashOIsStandardOutputAndTheExtensionPicksThePicture(@TempDir Path dir) throws Exception {
        Cli cli = Cli.run("analyze", "-o", "-", RACE.toString());
        assertTrue(cli.out().contains("VERDICT"));
        assertFalse(Files.exists(Path.of("-")), "no file named -");
        Path svg = dir.resolve("c.svg");
        Cli timeline = Cli.run("timeline", "-o", svg.toString(), RACE.toString());
        assertEquals(1, timeline.exit(), timeline.err());
        assertTrue(Files.readString(svg).startsWith("<?xml"), "SVG, not PNG bytes");
    }

    @Test
    void aPictureGoesIntoAnExistingFolder(@TempDir Path dir) {
        Cli cli = Cli.run("timeline", "-o", dir.toString(), RACE.toString());
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(Files.exists(dir.resolve("imx6-report-lines.timeline.png")), cli.out());
    }

    @Test
    void aPictureCanGoToStandardOutput() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true));
        try {
            assertEquals(1, Cli.run("timeline", "-o", "-", RACE.toString()).exit());
        } finally {
            System.setOut(saved);
        }
        byte[] png = bytes.toByteArray();
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
    }

    @Test
    void aBootTheLogDoesNotHaveIsAUsageError() {
        Cli cli = Cli.run("timeline", "--boot", "5", SAMPLES.resolve("synthetic/race-in-second-boot.log").toString());
        oneLineInWords(cli);
        assertTrue(cli.err().contains("--boot 5:") && cli.err().contains("has 2 boots (0 to 1)"), cli.err());
    }

    @Test
    void triageDashReadsPathsFromStandardInputAndCountsEachFileOnce(@TempDir Path dir) throws Exception {
        InputStream saved = System.in;
        String list = RACE + "\n" + CLEAN + "\n\n" + RACE + "\n" + RACE.getParent().resolve("../report/"
                + RACE.getFileName()) + "\n";
        System.setIn(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)));
        try {
            Cli cli = Cli.run("triage", "--format", "json", "-");
            assertEquals(1, cli.exit(), cli.err());
            assertEquals(2, JSON.readTree(cli.out()).get("files").asInt(), cli.out());
        } finally {
            System.setIn(saved);
        }
        Cli once = Cli.run("triage", CLEAN.toString());
        assertTrue(once.out().contains("Totals: 1 input,"), once.out());
    }

    @Test
    void jsonListsEveryInputIncludingUnreadableOnes() throws Exception {
        Cli cli = Cli.run("analyze", "--format", "json", "/no/such.log", CLEAN.toString());
        assertEquals(2, cli.exit());
        JsonNode inputs = JSON.readTree(cli.out()).get("inputs");
        assertEquals(2, inputs.size());
        assertEquals("/no/such.log", inputs.get(0).get("file").asText());
        assertEquals("/no/such.log: no such file or directory", inputs.get(0).get("errors").get(0).asText());
        assertTrue(Cli.run("analyze", "/no/such.log").out().contains("(unreadable)"));
    }

    @Test
    void triageHtmlHasTotalsAndEachBucketsVerdictOnce(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.copy(RACE, dir.resolve("board" + i + ".log"));
        }
        Cli cli = Cli.run("triage", "--format", "html", dir.toString());
        String html = cli.out();
        assertTrue(html.contains("<p class=\"totals\">5 inputs, 5 analysed, 5 with problems"), html);
        String verdict = "after the XRUN the async terminate&#39;s worker freed";
        assertEquals(1, html.split(verdict, -1).length - 1, "verdict once per bucket");
    }

    @Test
    void junitXmlHasATestcasePerInputAndAFailurePerIncident(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("r.xml");
        Cli cli = Cli.run("analyze", "--format", "junit", "-o", xml.toString(), RACE.toString(), CLEAN.toString(),
                "/no/such.log");
        assertEquals(2, cli.exit());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suite = doc.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertEquals("dma-terminate-race", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("0a262722"), failure.getTextContent());
        Cli triage = Cli.run("triage", "--format", "junit", RACE.toString(), CLEAN.toString());
        assertTrue(triage.out().contains("<testsuite name=\"xrunlens triage\" tests=\"2\" failures=\"1\""), triage.out());
    }

    @Test
    void progressGoesToStderrOnlyWhenItIsATerminalAndCoversThePictures(@TempDir Path dir) {
        String previous = System.getProperty("xrunlens.progress");
        try {
            System.setProperty("xrunlens.progress", "true");
            Cli shown = Cli.run("triage", "--timelines", dir.toString(), RACE.toString(), CLEAN.toString());
            assertTrue(shown.err().contains("analysing 2/2"), shown.err());
            assertTrue(shown.err().contains("drawing timelines 2/2"), shown.err());
            // the line is erased as it is redrawn, not shown as text ("\x1b[K")
            assertTrue(shown.err().contains("\u001b[K") && !shown.err().contains("\\x1b"), shown.err());
            System.setProperty("xrunlens.progress", "false");
            Cli quiet = Cli.run("triage", RACE.toString());
            assertEquals("", quiet.err());
        } finally {
            if (previous == null) {
                System.clearProperty("xrunlens.progress");
            } else {
                System.setProperty("xrunlens.progress", previous);
            }
        }
    }
}
