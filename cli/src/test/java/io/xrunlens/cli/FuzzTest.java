package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * A seeded property test over every sample log (each format, paste form and cause), mutated
 * (spliced, bytes flipped, cut, NULs, CRLF, lines joined) and wrapped in every compression and
 * archive: no internal error, exit 0, 1 or 2, every line counted, a compressed input reported
 * as its plain bytes are, a cut compressed input a read error that keeps what came before.
 * Runs briefly here; raise {@code -Dxrunlens.fuzz.rounds} (and change {@code -Dxrunlens.fuzz.seed})
 * to run it longer by hand.
 */
class FuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WRAPS = List.of("gzip", "xz", "bzip2", "zstd");

    private static List<Path> samples() throws IOException {
        try (Stream<Path> walk = Files.walk(SampleExpectationsTest.samples())) {
            return walk.filter(p -> p.toString().endsWith(".log")).sorted().toList();
        }
    }

    @Test
    void mutatedSamplesInEveryWrappingNeverCrashAndCountEveryLine(@TempDir Path dir) throws Exception {
        int rounds = Integer.getInteger("xrunlens.fuzz.rounds", 48);
        Random random = new Random(Long.getLong("xrunlens.fuzz.seed", 20261203L));
        List<Path> samples = samples();
        assertTrue(samples.size() > 40, "samples: " + samples.size());
        for (int round = 0; round < rounds; round++) {
            Path source = samples.get(random.nextInt(samples.size()));
            byte[] bytes = mutate(Files.readAllBytes(source), Files.readAllBytes(samples.get(random.nextInt(
                    samples.size()))), random);
            String what = "round " + round + " (" + source.getFileName() + ")";
            Path plain = Files.write(dir.resolve("r" + round + ".log"), bytes);
            Cli p = analyze(plain, what);
            long plainLines = Long.MAX_VALUE;
            if (p.exit() != 2) {
                JsonNode in = input(p);
                plainLines = in.get("lines").asLong();
                if (!contains(bytes, (byte) '\r')) {
                    assertEquals(lineCount(bytes), in.get("lines").asLong(), what);
                }
                assertEquals(in.get("records").asLong(), in.get("parsed").asLong() + in.get("unknown").asLong(), what);
            }
            String wrap = WRAPS.get(round % WRAPS.size());
            byte[] packed = pack(wrap, bytes);
            Cli c = analyze(Files.write(dir.resolve("r" + round + ".log." + wrap), packed), what + " " + wrap);
            assertEquals(p.exit(), c.exit(), what + " " + wrap + ": " + c.err());
            if (p.exit() != 2) {
                assertEquals(comparable(p), comparable(c), what + " " + wrap + ": as its plain bytes");
            }
            // cut: a read error (or the whole, where the cut only took the end marker), never a crash
            byte[] cut = Arrays.copyOf(packed, Math.max(1, packed.length - 1 - random.nextInt(Math.max(1,
                    packed.length / 2))));
            Cli t = analyze(Files.write(dir.resolve("r" + round + ".cut." + wrap), cut), what + " cut " + wrap);
            if (t.exit() != 2 || !t.out().contains("\"lines\"")) {
                continue;
            }
            // lone CRs: a head without any LF is read as a file whose lines end in CR, so it may count
            // more lines than the whole, whose LFs end them (as the plain count above, not compared)
            if (!contains(bytes, (byte) '\r')) {
                assertTrue(input(t).get("lines").asLong() <= plainLines, what + " cut " + wrap);
            }
        }
    }

    @Test
    void archivesOfMutatedSamplesReportEveryMember(@TempDir Path dir) throws Exception {
        int rounds = Math.max(2, Integer.getInteger("xrunlens.fuzz.rounds", 48) / 8);
        Random random = new Random(Long.getLong("xrunlens.fuzz.seed", 20261203L) + 1);
        List<Path> samples = samples();
        for (int round = 0; round < rounds; round++) {
            int members = 1 + random.nextInt(5);
            ByteArrayOutputStream tar = new ByteArrayOutputStream();
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (TarArchiveOutputStream t = new TarArchiveOutputStream(new GZIPOutputStream(tar));
                 ZipOutputStream z = new ZipOutputStream(zip)) {
                t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                for (int m = 0; m < members; m++) {
                    byte[] body = mutate(Files.readAllBytes(samples.get(random.nextInt(samples.size()))),
                            Files.readAllBytes(samples.get(random.nextInt(samples.size()))), random);
                    TarArchiveEntry e = new TarArchiveEntry("board" + m + "/kern.log");
                    e.setSize(body.length);
                    t.putArchiveEntry(e);
                    t.write(body);
                    t.closeArchiveEntry();
                    z.putNextEntry(new ZipEntry("board" + m + ".log"));
                    z.write(body);
                    z.closeEntry();
                }
            }
            Path folder = Files.createDirectories(dir.resolve("fleet" + round));
            Files.write(folder.resolve("logs.tar.gz"), tar.toByteArray());
            Files.write(folder.resolve("logs.zip"), zip.toByteArray());
            Cli c = Cli.run("triage", "--format", "json", folder.toString());
            String what = "round " + round;
            assertTrue(c.exit() >= 0 && c.exit() <= 2, what + ": " + c.err());
            assertNoInternalError(c, what);
            JsonNode report = JSON.readTree(c.out());
            // every member is a result or skipped by content (a mutation may leave mostly NULs)
            assertEquals(2 * members, report.get("files").asInt() + report.get("skipped").size(), what + ": " + c.out());
            assertEquals(report.get("files").asInt(), report.get("results").size(), what);
        }
    }

    private static Cli analyze(Path file, String what) {
        Cli c = Cli.run("analyze", "--format", "json", file.toString());
        assertTrue(c.exit() >= 0 && c.exit() <= 2, what + ": exit " + c.exit());
        assertNoInternalError(c, what);
        return c;
    }

    private static void assertNoInternalError(Cli c, String what) {
        assertFalse(c.err().contains("internal error") || c.err().contains("Exception") || c.err().contains("\tat "),
                what + ": " + c.err());
        assertTrue(c.err().lines().allMatch(l -> l.startsWith("xrunlens: ")), what + ": " + c.err());
    }

    private static JsonNode input(Cli c) throws IOException {
        return JSON.readTree(c.out()).get("inputs").get(0);
    }

    /** The report without what names the file and its compression. */
    private static String comparable(Cli c) throws IOException {
        ObjectNode in = (ObjectNode) input(c);
        in.remove("file");
        in.remove("compression");
        return in.toString();
    }

    private static byte[] mutate(byte[] log, byte[] other, Random random) {
        byte[] out = log;
        int mutations = 1 + random.nextInt(3);
        for (int k = 0; k < mutations; k++) {
            switch (random.nextInt(7)) {
                case 0 -> { // splice another log's lines in
                    int at = random.nextInt(out.length + 1);
                    int from = random.nextInt(other.length);
                    int len = Math.min(other.length - from, random.nextInt(2_000));
                    out = concat(Arrays.copyOf(out, at), Arrays.copyOfRange(other, from, from + len),
                            Arrays.copyOfRange(out, at, out.length));
                }
                case 1 -> { // flip bytes
                    out = out.clone();
                    for (int i = 0; i < 1 + random.nextInt(20) && out.length > 0; i++) {
                        out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                    }
                }
                case 2 -> out = Arrays.copyOf(out, random.nextInt(out.length + 1)); // cut
                case 3 -> { // serial noise: NULs
                    int at = random.nextInt(out.length + 1);
                    out = concat(Arrays.copyOf(out, at), new byte[1 + random.nextInt(40)],
                            Arrays.copyOfRange(out, at, out.length));
                }
                case 4 -> out = new String(out, StandardCharsets.ISO_8859_1).replace("\n", "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1); // CRLF
                case 5 -> { // lines joined, as a paste flattens them
                    out = out.clone();
                    for (int i = 0; i < out.length; i++) {
                        if (out[i] == '\n' && random.nextInt(3) == 0) {
                            out[i] = ' ';
                        }
                    }
                }
                default -> out = concat(out, out); // the log twice: a second boot, or a repeat
            }
        }
        return out;
    }

    private static byte[] pack(String wrap, byte[] bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream o = switch (wrap) {
            case "gzip" -> new GZIPOutputStream(b);
            case "xz" -> new XZOutputStream(b, new LZMA2Options());
            case "bzip2" -> new BZip2CompressorOutputStream(b);
            default -> new ZstdOutputStream(b);
        }) {
            o.write(bytes);
        }
        return b.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    private static boolean contains(byte[] bytes, byte x) {
        for (byte b : bytes) {
            if (b == x) {
                return true;
            }
        }
        return false;
    }

    private static long lineCount(byte[] bytes) {
        long lines = 0;
        for (byte x : bytes) {
            lines += x == '\n' ? 1 : 0;
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? lines + 1 : lines;
    }
}
