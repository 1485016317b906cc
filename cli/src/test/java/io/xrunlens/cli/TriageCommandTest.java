package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch triage of a generated field corpus, through the command line. */
class TriageCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path corpus;

    private static String race;
    private static String benign;
    private static String clean;

    /** The stock race as another board prints it: its kernel, channel, controller and pointers. */
    private static String board(String log, String kernel, int channel, String device, Random random) {
        String out = log.replace("5.4.70-2.3.0+gbe07e8ad6b", kernel).replace("5.10.72", kernel)
                .replace("channel: 2", "channel: " + channel).replace("20ec000.sdma", device);
        for (String ptr : new String[] {"5e7e2c7a", "2d9a2f8f", "7c1d3e55", "61f0a9c3"}) {
            out = out.replace(ptr, String.format("%08x", random.nextInt() & 0x7fffffff));
        }
        return out;
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    private static void write(String name, byte[] bytes) throws IOException {
        Path p = corpus.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private static void write(String name, String text) throws IOException {
        write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] tar(Map<String, String> members) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(b)) {
            for (Map.Entry<String, String> m : members.entrySet()) {
                byte[] data = m.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry e = new TarArchiveEntry(m.getKey());
                e.setSize(data.length);
                tar.putArchiveEntry(e);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        }
        return b.toByteArray();
    }

    private static byte[] zip(Map<String, String> members) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(b)) {
            for (Map.Entry<String, String> m : members.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(m.getKey()));
                zip.write(m.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        return b.toByteArray();
    }

    @BeforeAll
    static void generateCorpus() throws IOException {
        Path samples = SampleExpectationsTest.samples();
        race = Files.readString(samples.resolve("synthetic/stock-5.4-race.log"));
        benign = Files.readString(samples.resolve("synthetic/stock-5.4-benign.log"));
        clean = Files.readString(samples.resolve("synthetic/clean-session.log"));
        String stall = "[    0.000000] Linux version 5.10.72 (x@y) #1\n"
                + "[  100.000000] imx-sgtl5000 sound: playback write error (DMA or IRQ trouble?)\n";
        Random random = new Random(3);
        for (int i = 0; i < 6; i++) {
            write("fleet-a/board" + i + "/kern.log", board(race, "5.4.70", 2 + i % 3, "20ec000.sdma", random));
        }
        for (int i = 0; i < 4; i++) {
            write("fleet-b/board" + i + ".log", board(race, "5.10.72", 5, "30bd0000.dma-controller", random));
        }
        write("fleet-a/board6/kern.log.gz", gzip(board(race, "5.4.70", 4, "20ec000.sdma", random)));
        ByteArrayOutputStream bz = new ByteArrayOutputStream();
        try (OutputStream o = new BZip2CompressorOutputStream(bz)) {
            o.write(board(race, "5.4.70", 3, "20ec000.sdma", random).getBytes(StandardCharsets.UTF_8));
        }
        write("fleet-a/board7.dmesg", bz.toByteArray());
        for (int i = 0; i < 3; i++) {
            write("benign/b" + i + ".txt", benign);
        }
        for (int i = 0; i < 4; i++) {
            write("clean/c" + i + ".log", clean);
        }
        write("stall/s0.log", stall);
        write("stall/s1.log", stall);
        Map<String, String> tarred = new HashMap<>();
        tarred.put("var/log/kern.log", board(race, "5.4.70", 2, "20ec000.sdma", random));
        tarred.put("var/log/kern.log.1", board(race, "5.4.70", 2, "20ec000.sdma", random));
        ByteArrayOutputStream tgz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(tgz)) {
            g.write(tar(tarred));
        }
        write("archives/board20.tar.gz", tgz.toByteArray());
        write("archives/board21.tgz", tgz.toByteArray());
        write("archives/board22.tar", tar(Map.of("dmesg.txt", benign)));
        Map<String, String> zipped = new HashMap<>();
        // Untrusted text reaches the page through the verdict (the kernel release) and the name.
        zipped.put("dmesg<img src=x onerror=alert(2)>.txt", board(race, "5.4.70<script>alert(1)</script>", 2,
                "20ec000.sdma", random));
        zipped.put("journal.txt", clean);
        write("archives/board23.zip", zip(zipped));
        StringBuilder noise = new StringBuilder(race);
        for (int i = 0; i < 3000; i++) {
            noise.append(String.format("[ %d.000000] noise %08x%n", 600 + i, random.nextInt()));
        }
        byte[] cut = gzip(noise.toString());
        write("broken/cut.log.gz", Arrays.copyOf(cut, cut.length * 4 / 5));
        byte[] corruptZip = new byte[4000];
        new Random(9).nextBytes(corruptZip);
        corruptZip[0] = 'P';
        corruptZip[1] = 'K';
        corruptZip[2] = 3;
        corruptZip[3] = 4;
        write("broken/corrupt.zip", corruptZip);
        write("empty/empty.log", "");
        Files.createSymbolicLink(corpus.resolve("clean/outside.log"), Path.of("/etc/hostname"));
    }

    private static JsonNode triage(String... extra) throws IOException {
        String[] args = new String[extra.length + 4];
        args[0] = "triage";
        args[1] = "--format";
        args[2] = "json";
        System.arraycopy(extra, 0, args, 3, extra.length);
        args[args.length - 1] = corpus.toString();
        Cli cli = Cli.run(args);
        assertEquals(2, cli.exit(), "an unreadable input gives exit 2: " + cli.err());
        return JSON.readTree(cli.out());
    }

    private static JsonNode bucket(JsonNode report, String titlePart) {
        for (JsonNode b : report.get("buckets")) {
            if (b.get("title").asText().contains(titlePart)) {
                return b;
            }
        }
        throw new AssertionError("no bucket with " + titlePart + " in " + report.get("buckets"));
    }

    @Test
    void bucketsGroupTheSameProblemAcrossBoards() throws IOException {
        JsonNode r = triage("--jobs", "2");
        JsonNode race54 = bucket(r, "descriptor (capture, kernel 5.4");
        // 6 plain + gz + bz2 + 2 in the .tar.gz + 2 in the .tgz + 1 in the .zip + the cut gz
        assertEquals(14, race54.get("count").asInt(), race54.toString());
        assertEquals(4, bucket(r, "kernel 5.10, stream stalled").get("count").asInt());
        assertEquals(2, bucket(r, "no bit clock at the DAI").get("count").asInt(), "stalls on a first start");
        assertEquals(4, bucket(r, "XRUNs that recovered").get("count").asInt());
        JsonNode cleanBucket = bucket(r, "clean (kernel 5.10)");
        assertEquals(5, cleanBucket.get("count").asInt(), "4 clean logs and the zip's clean member");
        assertTrue(race54.get("signature").asText()
                .startsWith("dma-terminate-race|dma-stall+misapplied-free+terminate-after-prep"));
        assertFalse(race54.get("signature").asText().matches(".*\\d{3,}.*"), "no ids in a signature");
        assertEquals(2, race54.get("example").get("channel").asInt());
    }

    /**
     * Two failures of one cause on one kernel that start with different lines are two problems:
     * an HDA codec that stopped answering and an HDMI controller left in D3cold are both the
     * codec's; the same start on another board of the fleet is the same bucket.
     */
    @Test
    void aCauseWithAnotherFirstLineIsAnotherBucket(@TempDir Path dir) throws IOException {
        Path samples = SampleExpectationsTest.samples().resolve("causes");
        Files.copy(samples.resolve("x86-hda-codec-no-response.log"), dir.resolve("laptop-a.log"));
        Files.copy(samples.resolve("x86-hda-codec-no-response.log"), dir.resolve("laptop-b.log"));
        Files.copy(samples.resolve("x86-hdmi-audio-d3cold.log"), dir.resolve("desktop.log"));
        Cli cli = Cli.run("triage", "--format", "json", dir.toString());
        assertEquals(1, cli.exit(), cli.err());
        JsonNode r = JSON.readTree(cli.out());
        assertEquals(2, r.get("buckets").size(), r.get("buckets").toString());
        JsonNode noResponse = bucket(r, "azx_get_response timeout");
        assertEquals(2, noResponse.get("count").asInt(), noResponse.toString());
        assertTrue(noResponse.get("title").asText().startsWith("codec unreachable or failing: snd_hda_intel, \""),
                noResponse.toString());
        JsonNode d3cold = bucket(r, "Unable to change power state");
        assertEquals(1, d3cold.get("count").asInt(), d3cold.toString());
        assertFalse(d3cold.get("signature").asText().equals(noResponse.get("signature").asText()));
    }

    /**
     * One board's log holds a latency warning besides the failure another board's log holds
     * alone: the same problem, one bucket; the warning is that board's own finding.
     */
    @Test
    void aFindingOutsideTheFailureDoesNotSplitItsBucket(@TempDir Path dir) throws IOException {
        String failure = """
                [ 2992.099490] fsl-sai 30050000.sai: failed to derive required Tx rate: 2822400
                [ 2992.106651] fsl-sai 30050000.sai: ASoC: error at snd_soc_dai_hw_params on 30050000.sai: -22
                """;
        Files.writeString(dir.resolve("board-a.log"), failure);
        Files.writeString(dir.resolve("board-b.log"), failure
                + "[ 3104.543472] cma: cma_alloc: alloc failed, req-size: 3544 pages, ret: -12\n");
        Cli cli = Cli.run("triage", "--format", "json", dir.toString());
        assertEquals(1, cli.exit(), cli.err());
        JsonNode r = JSON.readTree(cli.out());
        assertEquals(1, r.get("buckets").size(), r.get("buckets").toString());
        assertEquals(2, r.get("buckets").get(0).get("count").asInt(), r.get("buckets").toString());
        assertTrue(cli.out().contains("system-latency"), "board b's warning is still its own finding");
    }

    @Test
    void everyInputHasAVerdictAndBadOnesAreListed() throws IOException {
        JsonNode r = triage();
        Map<String, JsonNode> byFile = new HashMap<>();
        r.get("results").forEach(x -> byFile.put(x.get("file").asText(), x));
        assertTrue(byFile.get(corpus.resolve("fleet-a/board0/kern.log").toString()).get("verdict").asText()
                .contains("freed the descriptor"));
        assertEquals("clean", byFile.get(corpus.resolve("clean/c0.log").toString()).get("verdict").asText());
        assertEquals(0, byFile.get(corpus.resolve("empty/empty.log").toString()).get("lines").asInt());
        assertTrue(byFile.containsKey(corpus.resolve("archives/board23.zip") + "!journal.txt"));
        JsonNode cutLog = byFile.get(corpus.resolve("broken/cut.log.gz").toString());
        assertTrue(cutLog.get("lines").asInt() > 42 && cutLog.get("findings").size() > 0, "read part analysed");
        assertFalse(byFile.containsKey(corpus.resolve("clean/outside.log").toString()), "symlink out of the tree");
        String errors = r.get("errors").toString();
        assertTrue(errors.contains("corrupt.zip") && errors.contains("cut.log.gz"), errors);
        assertEquals(r.get("files").asInt(), r.get("results").size());
    }

    @Test
    void outputDoesNotDependOnTheNumberOfJobs() {
        String one = Cli.run("triage", "--format", "json", "--jobs", "1", corpus.toString()).out();
        String four = Cli.run("triage", "--format", "json", "--jobs", "4", corpus.toString()).out();
        assertEquals(one, four);
        assertEquals(Cli.run("triage", "--jobs", "1", corpus.toString()).out(),
                Cli.run("triage", "--jobs", "4", corpus.toString()).out());
    }

    @Test
    void htmlIsSelfContainedAndEscapesLogText(@TempDir Path out) throws IOException {
        Path html = out.resolve("t.html");
        Path pics = out.resolve("pics");
        Cli cli = Cli.run("triage", "--format", "html", "--timelines", pics.toString(), "-o", html.toString(),
                corpus.resolve("archives").toString(), corpus.resolve("fleet-b").toString());
        assertEquals(1, cli.exit(), cli.err());
        String page = Files.readString(html);
        assertTrue(page.contains("5.4.70&lt;script&gt;alert(1)&lt;/script&gt;"), "log text escaped");
        assertTrue(page.contains("dmesg&lt;img src=x onerror=alert(2)&gt;.txt"), "names escaped");
        assertFalse(page.contains("<script") || page.contains("<img src=x"), "no element from a log");
        assertFalse(page.matches("(?s).*(src|href)=\"https?:.*"), "no network fetches");
        assertTrue(page.contains("data:image/png;base64,"), "timelines embedded");
        try (var files = Files.list(pics)) {
            assertEquals(4, files.count(), "one picture per plain file with an incident");
        }
    }

    /** A soak log whose boots fail alike: the page lists the first incidents and counts the rest. */
    @Test
    void htmlCountsTheIncidentsAFoldStandsFor(@TempDir Path out) throws IOException {
        String race = Files.readString(SampleExpectationsTest.samples().resolve("synthetic/stock-5.4-race.log"));
        Path soak = Files.writeString(out.resolve("soak.log"), race.repeat(30));
        Cli cli = Cli.run("triage", "--format", "html", soak.toString());
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(cli.out().contains("<p>17 more dma-terminate-race incidents like incident 1, in boots 10 to 26"
                + " (counted, not listed)</p>"), cli.out());
    }

    @Test
    void csvHasOneRowPerInput() {
        Cli cli = Cli.run("triage", "--format", "csv", corpus.resolve("fleet-b").toString());
        assertEquals(1, cli.exit(), cli.err());
        String[] lines = cli.out().split("\r\n");
        assertEquals("file,format,verdict,rules,bucket,lines,unknown,error", lines[0]);
        assertEquals(5, lines.length);
        assertTrue(lines[1].contains("dma-stall misapplied-free terminate-after-prep xrun"), lines[1]);
    }

    @Test
    void includeAndExcludeFilter() throws IOException {
        Cli cli = Cli.run("triage", "--format", "json", "--include", "*.log", "--exclude", "fleet-a/**",
                corpus.toString());
        JsonNode r = JSON.readTree(cli.out());
        r.get("results").forEach(x -> {
            String f = x.get("file").asText();
            assertTrue(f.endsWith(".log") && !f.contains("fleet-a"), f);
        });
        assertEquals(11, r.get("files").asInt(), "4 fleet-b, 4 clean, 2 stall, 1 empty");
    }

    @Test
    void textTableListsBucketsThenUnreadableThenTotals() {
        Cli cli = Cli.run("triage", corpus.toString());
        String out = cli.out();
        assertTrue(out.startsWith("BUCKET"), out);
        assertTrue(out.indexOf("Unreadable") > out.indexOf("clean"), out);
        assertTrue(out.contains("Totals: "), out);
    }

    @Test
    void binariesAreSkippedByContentAndANonLogTextIsUnreadable(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("jar/io"));
        Files.write(dir.resolve("jar/io/Main.class"), new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0,
            0, 0x3d, 0, 0x1f, 10, 0, 2, 0, 3});
        Files.writeString(dir.resolve("notes.csv"), "board,result\nimx6,ok\n");
        Files.copy(SampleExpectationsTest.samples().resolve("synthetic/clean-session.log"), dir.resolve("a.log"));
        Files.write(dir.resolve("utf16.log"), Files.readString(SampleExpectationsTest.samples()
                .resolve("synthetic/clean-session.log")).getBytes(StandardCharsets.UTF_16LE));
        Cli cli = Cli.run("triage", "--format", "json", dir.toString());
        JsonNode r = new com.fasterxml.jackson.databind.ObjectMapper().readTree(cli.out());
        assertEquals(1, r.get("skipped").size(), r.toString());
        assertTrue(r.get("skipped").get(0).get("file").asText().endsWith("Main.class"));
        assertEquals(3, r.get("results").size(), "the CSV, the log and its UTF-16 copy are read");
        assertTrue(r.get("errors").toString().contains("notes.csv: not a kernel log"), r.get("errors").toString());
        assertEquals(2, cli.exit(), "an unreadable input");
        String text = Cli.run("triage", dir.toString()).out().replaceAll("\\s+", " ");
        assertTrue(text.contains("1 skipped") && text.contains("Main.class: binary, not a log"), text);
    }

    /**
     * An empty file, a file that is no kernel log and a kernel log without an audio line are
     * not clean audio: each is a bucket of its own, titled as its verdict says.
     */
    @Test
    void nothingToAnalyseIsNoCleanBucket(@TempDir Path dir) throws IOException {
        Files.copy(SampleExpectationsTest.samples().resolve("synthetic/clean-session.log"), dir.resolve("a.log"));
        Files.writeString(dir.resolve("b.csv"), "board,result\nimx6,ok\n");
        Files.writeString(dir.resolve("c.log"), "");
        Files.writeString(dir.resolve("d.log"), "[    0.000000] Linux version 6.1.0-13-amd64 (gcc 12.2.0)\n"
                + "[    1.200000] e1000e 0000:00:19.0 eth0: NIC Link is Up 1000 Mbps Full Duplex\n");
        JsonNode r = JSON.readTree(Cli.run("triage", "--format", "json", dir.toString()).out());
        assertEquals(4, r.get("buckets").size(), r.get("buckets").toString());
        assertEquals(1, bucket(r, "clean (kernel").get("count").asInt());
        assertEquals(1, bucket(r, "empty: nothing to analyse").get("count").asInt());
        assertEquals(1, bucket(r, "not a kernel log: nothing to analyse").get("count").asInt());
        assertEquals(1, bucket(r, "no audio activity").get("count").asInt());
    }
}
