package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input through the command line: a clear line, the right exit code, exact line counts. */
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode input(Cli cli) throws Exception {
        return JSON.readTree(cli.out()).get("inputs").get(0);
    }

    @Test
    void binaryJunkIsCountedAndReportedAsNoKernelLog(@TempDir Path dir) throws Exception {
        byte[] junk = new byte[200_000];
        new Random(42).nextBytes(junk);
        long newlines = 0;
        for (byte b : junk) {
            newlines += b == '\n' ? 1 : 0;
        }
        Path f = Files.write(dir.resolve("junk.bin"), junk);
        Cli cli = Cli.run("analyze", "--format", "json", f.toString());
        assertEquals(2, cli.exit(), cli.err());
        long expected = newlines + (junk[junk.length - 1] == '\n' ? 0 : 1);
        assertEquals(expected, input(cli).get("lines").asLong());
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().contains("not a kernel log (no kernel record in " + expected + " lines)"), cli.err());
        assertEquals(1, input(cli).get("errors").size());
    }

    /** A device that never ends (/dev/zero; /dev/kmsg waits at its end) is one clear line and exit 2, at once. */
    @Test
    void anEndlessDeviceIsOneLineAndExitTwo() {
        Cli cli = Cli.run("analyze", "/dev/zero");
        assertEquals(2, cli.exit(), cli.err());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().contains("/dev/zero: a device, which never ends: follow it with xrunlens watch"), cli.err());
        assertEquals(0, Cli.run("analyze", "/dev/null").exit(), "/dev/null is an empty input");
    }

    @Test
    void longLineIsCutWithOneWarning(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("long.log");
        Files.writeString(f, "[ 1.0] " + "x".repeat(300_000) + "\n[ 2.0] short\n");
        Cli cli = Cli.run("analyze", "--format", "json", "--max-line", "4096", f.toString());
        assertEquals(0, cli.exit());
        assertEquals(2, input(cli).get("lines").asInt());
        assertEquals(1, input(cli).get("truncated").asInt());
        assertEquals(1, cli.err().lines().filter(l -> l.contains("were cut")).count(), cli.err());
    }

    @Test
    void truncatedArchiveIsAnalysedThenExitsTwo(@TempDir Path dir) throws Exception {
        byte[] log = Files.readAllBytes(SampleExpectationsTest.samples().resolve("synthetic/stock-5.4-race.log"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 0; i < 50; i++) {
                out.write(log);
            }
        }
        byte[] all = gz.toByteArray();
        Path f = Files.write(dir.resolve("cut.log.gz"), Arrays.copyOf(all, all.length * 2 / 3));
        Cli cli = Cli.run("analyze", "--format", "json", f.toString());
        assertEquals(2, cli.exit());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().contains("truncated or corrupt"), cli.err());
        assertTrue(input(cli).get("lines").asInt() > 0);
        assertTrue(input(cli).get("findings").size() > 0, "what was read is analysed");
    }

    @Test
    void randomSplicesOfRealLinesNeverCrashAndCountExactly(@TempDir Path dir) throws Exception {
        // A seeded property test: random cuts and joins of real log lines with random bytes.
        // Raise xrunlens.fuzz.rounds to run it longer.
        int rounds = Integer.getInteger("xrunlens.fuzz.rounds", 40);
        byte[] real = Files.readAllBytes(SampleExpectationsTest.samples().resolve("report/imx6-report-lines.log"));
        Random random = new Random(Long.getLong("xrunlens.fuzz.seed", 7L));
        for (int round = 0; round < rounds; round++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int pieces = 1 + random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                if (random.nextInt(4) == 0) {
                    byte[] noise = new byte[random.nextInt(64)];
                    random.nextBytes(noise);
                    b.write(noise);
                } else {
                    int from = random.nextInt(real.length);
                    b.write(real, from, Math.min(real.length - from, random.nextInt(400)));
                }
            }
            byte[] bytes = b.toByteArray();
            long lines = 0;
            for (byte x : bytes) {
                lines += x == '\n' ? 1 : 0;
            }
            if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
                lines++;
            }
            Path f = Files.write(dir.resolve("splice" + round + ".log"), bytes);
            Cli cli = Cli.run("analyze", "--format", "json", f.toString());
            if (cli.exit() == 2) {
                // a splice of a few pieces may hold no kernel record at all: then it is no log, said in one line
                assertTrue(cli.err().strip().endsWith(")") && cli.err().contains(": not a kernel log (")
                        && cli.err().lines().count() == 1, "round " + round + ": " + cli.err());
                continue;
            }
            assertTrue(cli.exit() == 0 || cli.exit() == 1, "round " + round + ": " + cli.err());
            JsonNode in = input(cli);
            assertEquals(lines, in.get("lines").asLong(), "round " + round);
            // every line is a record or was joined to the line before (a cut line of the log)
            assertTrue(in.get("records").asLong() + in.get("joined").asLong() >= lines, "round " + round);
            assertEquals(in.get("records").asLong(), in.get("parsed").asLong() + in.get("unknown").asLong());
        }
    }

    @Test
    void aCsvOrAPictureIsNoKernelLogAndAnEmptyFileSaysEmpty(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("data.csv"), "board,rate,result\nimx6,48000,ok\n");
        Cli c = Cli.run("analyze", csv.toString());
        assertEquals(2, c.exit());
        assertEquals("xrunlens: " + csv + ": not a kernel log (no kernel record in 2 lines)", c.err().strip());
        assertTrue(c.out().contains("(not a kernel log)\nNothing analysed"), c.out());
        assertFalse(c.out().contains("No failure found"), "a wrong file is not told all is well: " + c.out());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Cli p = Cli.run("analyze", Files.write(dir.resolve("t.png"), png).toString());
        assertEquals(2, p.exit());
        assertTrue(p.err().contains("not a kernel log"), p.err());
        Cli e = Cli.run("analyze", Files.write(dir.resolve("empty.log"), new byte[0]).toString());
        assertEquals(0, e.exit());
        assertTrue(e.err().contains("empty"), e.err());
        assertTrue(e.out().contains("(empty)\nNothing analysed: the input is empty."), e.out());
    }
}
