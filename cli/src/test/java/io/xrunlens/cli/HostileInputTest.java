package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs a soak rig or a hostile user gives: every line is still read and counted, nothing crashes. */
class HostileInputTest {
    private static final String RACE = "synthetic/stock-5.4-race.log";

    /** A stamp that is no time is a record without a clock, in every format that prints one. */
    @ParameterizedTest
    @ValueSource(strings = {
        "6,1,99999999999999999999,-;imx-sdma 20ec000.sdma: hi\n6,2,100,-;hello\n",
        "[99999999999999999999.000000] host kernel: imx-sdma 20ec000.sdma: hi\n[    1.000000] host kernel: hello\n",
        "Nov 99 10:00:00 host kernel: imx-sdma 20ec000.sdma: hi\nNov 24 10:00:01 host kernel: hello\n",
        "2026-13-45T10:00:00.000000+01:00 host kernel: hi\n2026-11-24T10:00:00.000000+01:00 host kernel: hello\n",
        "{\"MESSAGE\":\"hi\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"99999999999999999999999\",\"PRIORITY\":\"6\"}\n",
        "[Tue Nov 99 10:00:00 2026] imx-sdma 20ec000.sdma: hi\n[Tue Nov 24 10:00:00 2026] hello\n",
        "<99999999999>[    1.000000] imx-sdma 20ec000.sdma: hi\n"
    })
    void anOutOfRangeStampIsARecordWithoutAClock(String log, @TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("stamps.log"), log);
        Cli cli = Cli.run("analyze", f.toString());
        assertFalse(cli.err().contains("For input string") || cli.err().contains("Exception"), cli.err());
        assertTrue(cli.exit() == 0 || cli.exit() == 2, cli.err());
        long lines = log.lines().count();
        assertTrue(cli.out().contains("lines " + lines + ","), cli.out());
    }

    /** A named pipe ({@code <(...)}, mkfifo) is read as a stream, to its end. */
    @Test
    void aNamedPipeIsReadToItsEnd(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("log.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor(), "mkfifo");
        byte[] log = Files.readAllBytes(SampleExpectationsTest.samples().resolve(RACE));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(log);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Cli cli = Cli.run("analyze", fifo.toString());
        writer.get(10, TimeUnit.SECONDS);
        assertEquals(1, cli.exit(), cli.err());
        assertFalse(cli.err().contains("Illegal seek"), cli.err());
        long lines = new String(log, StandardCharsets.UTF_8).lines().count();
        assertTrue(cli.out().contains("lines " + lines + ","), cli.out());
    }

    /** gzip members concatenated on a pipe are all read, however late the second one comes. */
    @Test
    void everyGzipMemberOfAPipeIsRead() throws Exception {
        byte[] log = Files.readAllBytes(SampleExpectationsTest.samples().resolve(RACE));
        int half = new String(log, StandardCharsets.UTF_8).indexOf('\n', log.length / 2) + 1;
        byte[] first = gzip(Arrays.copyOfRange(log, 0, half));
        byte[] second = gzip(Arrays.copyOfRange(log, half, log.length));
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream pipe = new PipedInputStream(feed, 1 << 16);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (feed) {
                feed.write(first);
                feed.flush();
                Thread.sleep(500); // the reader has drained the first member and sees nothing available
                feed.write(second);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        InputStream saved = System.in;
        Cli cli;
        try {
            System.setIn(pipe);
            cli = Cli.run("analyze", "-");
        } finally {
            System.setIn(saved);
        }
        writer.get(10, TimeUnit.SECONDS);
        long lines = new String(log, StandardCharsets.UTF_8).lines().count();
        assertTrue(cli.out().contains("lines " + lines + ","), cli.out());
        assertEquals(1, cli.exit(), cli.err());
    }

    /**
     * --max-unpacked stops a compressed input at the user's ceiling: one line, exit 2, the lines
     * before it analysed; triage goes on with the other files; a size that is none is a usage error.
     */
    @Test
    void theUnpackCeilingStopsOneInputAndTheRestAreReported(@TempDir Path dir) throws Exception {
        byte[] race = Files.readAllBytes(SampleExpectationsTest.samples().resolve(RACE));
        Path big = dir.resolve("big.log.gz");
        Files.write(big, gzip(new String(race, StandardCharsets.UTF_8).repeat(50).getBytes(StandardCharsets.UTF_8)));
        Cli stopped = Cli.run("analyze", "--max-unpacked", "8K", big.toString());
        assertEquals(2, stopped.exit(), stopped.err());
        assertEquals(1, stopped.err().lines().count(), stopped.err());
        assertTrue(stopped.err().startsWith("xrunlens: " + big + ": reading stopped after line "), stopped.err());
        assertTrue(stopped.err().contains("ceiling of 8,192 bytes (--max-unpacked)"), stopped.err());
        long lines = Long.parseLong(stopped.out().replaceAll("(?s).*\nlines (\\d+),.*", "$1"));
        assertTrue(lines > 0 && lines < 8192 / 20, stopped.out());

        Files.write(dir.resolve("small.log"), race);
        Cli triage = Cli.run("triage", "--max-unpacked", "8K", "--format", "csv", dir.toString());
        assertEquals(2, triage.exit(), triage.err());
        assertTrue(triage.out().contains("small.log"), triage.out());
        assertEquals(1, triage.out().lines().filter(l -> l.contains("reading stopped")).count(), triage.out());

        Cli all = Cli.run("analyze", "--max-unpacked", "1G", big.toString());
        assertEquals(1, all.exit(), all.err());
        Cli usage = Cli.run("analyze", "--max-unpacked", "lots", big.toString());
        assertEquals(2, usage.exit());
        assertTrue(usage.err().startsWith("xrunlens: --max-unpacked takes a size such as 500M"), usage.err());
    }

    /** A corrupt zstd input is one line and exit 2, as gzip, xz and bzip2 are; the other inputs are reported. */
    @Test
    void aCorruptZstdInputIsReportedLikeTheOthers(@TempDir Path dir) throws Exception {
        byte[] zst = Files.readAllBytes(SampleExpectationsTest.samples().resolve("formats/dmesg.log.zst"));
        zst[zst.length * 2 / 3] ^= (byte) 0xff;
        Path bad = Files.write(dir.resolve("bad.zst"), zst);
        Path good = SampleExpectationsTest.samples().resolve(RACE);
        Cli cli = Cli.run("analyze", bad.toString(), good.toString());
        assertEquals(2, cli.exit(), cli.err());
        assertTrue(cli.err().contains("bad.zst: truncated or corrupt input"), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertTrue(cli.out().contains("stock-5.4-race.log"), "the other input is still reported");
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    /** An escape sequence in a file name reaches neither the report nor the error line raw. */
    @Test
    void controlCharactersOfANameAreShownEscaped(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a\u001b]0;owned\u0007.log"), "just some notes\n");
        Cli cli = Cli.run("analyze", f.toString());
        assertFalse(cli.out().contains("\u001b") || cli.err().contains("\u001b"), cli.out() + cli.err());
        assertTrue(cli.out().contains("a\\x1b]0;owned\\x07.log"), cli.out());
        assertTrue(cli.err().contains("a\\x1b]0;owned\\x07.log"), cli.err());
    }

    /**
     * A line feed in a file name splits neither the report's header nor the one error line a
     * bad input gets, in analyze and in triage (a tab and a carriage return neither).
     */
    @Test
    void aLineFeedInANameKeepsEveryLineWhole(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("not\na log.csv"), "board,result\nimx6,ok\n");
        Cli cli = Cli.run("analyze", bad.toString(), dir.resolve("gone\r\tlog").toString());
        assertEquals(2, cli.exit());
        assertEquals(2, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().lines().allMatch(l -> l.startsWith("xrunlens: ")), cli.err());
        assertTrue(cli.out().contains("== " + dir.resolve("not\\x0aa log.csv")), cli.out());
        assertTrue(cli.out().lines().noneMatch(l -> l.startsWith("a log.csv")), cli.out());
        Cli json = Cli.run("analyze", "--format", "json", bad.toString());
        assertTrue(json.out().contains("\"file\" : \"" + dir.resolve("not\\\\x0aa log.csv") + "\""), json.out());
        Cli triage = Cli.run("triage", dir.toString());
        assertTrue(triage.out().lines().noneMatch(l -> l.startsWith("a log.csv")), triage.out());
        assertTrue(triage.out().contains("not\\x0aa log.csv"), triage.out());
    }

    /** CSV cells that a spreadsheet would run as formulas are made text; the JUnit XML stays well formed. */
    @Test
    void triageOutputIsSafeForSpreadsheetsAndCiServers(@TempDir Path dir) throws Exception {
        // a relative name, as a user types it, is what starts a cell
        Path formula = Path.of("=HYPERLINK(x)-" + ProcessHandle.current().pid() + ".log");
        Files.copy(SampleExpectationsTest.samples().resolve(RACE), formula);
        try {
            Cli csv = Cli.run("triage", "--format", "csv", formula.toString());
            assertTrue(csv.out().contains("\n'" + formula), csv.out());
            assertFalse(csv.out().lines().anyMatch(l -> l.startsWith("=") || l.startsWith("\"=")), csv.out());
        } finally {
            Files.delete(formula);
        }
        Path odd = Files.writeString(dir.resolve("odd\uFFFE\u0001.log"), "[    1.000000] imx-sdma 20ec000.sdma: bad \uFFFE char\n"
                + "[    2.000000] fsl-sai 30020000.sai: isr: Transmit underrun detected\n");
        Cli junit = Cli.run("triage", "--format", "junit", odd.toString());
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
        assertFalse(junit.out().contains("\uFFFE"), junit.out());
        assertTrue(junit.out().contains("<failure"), junit.out());
    }

    /** A log whose lines end with a carriage return alone gives what the same log with line feeds gives. */
    @Test
    void carriageReturnLineEndsAreLineEnds(@TempDir Path dir) throws Exception {
        Path lf = SampleExpectationsTest.samples().resolve(RACE);
        Path cr = Files.writeString(dir.resolve("race-cr.log"), Files.readString(lf).replace('\n', '\r'));
        Cli a = Cli.run("analyze", "--format", "json", lf.toString());
        Cli b = Cli.run("analyze", "--format", "json", cr.toString());
        assertEquals(a.exit(), b.exit());
        assertEquals(a.out().replace(lf.toString(), "X").replaceAll("\"file\" : \"[^\"]*\"", ""),
                b.out().replace(cr.toString(), "X").replaceAll("\"file\" : \"[^\"]*\"", ""));
    }

    /**
     * A hundred thousand boots that each fail alike (a soak rig's reboots) run in 32 MB of heap:
     * the first and the last are reported whole, the rest counted. (The 11 MB log is read in
     * blocks: up to four 1 MB blocks and their typed records are in flight, every line of them a
     * record.)
     */
    @Test
    void boundlessBootsRunInSmallMemory(@TempDir Path dir) throws Exception {
        int boots = 100_000;
        Path f = soakLog(dir, boots);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "analyze", "--format", "json", f.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), err);
        JsonNode input = new ObjectMapper().readTree(out).get("inputs").get(0);
        assertEquals(boots, input.get("boots").asInt());
        int kept = input.get("incidents").size();
        assertTrue(kept < 20, "kept: " + kept);
        JsonNode folded = input.get("folded").get(0);
        assertEquals(boots - kept, folded.get("incidents").asLong(), "every boot's incident is counted");
        assertEquals("dai-fifo", folded.get("cause").asText());
    }

    /** A soak rig's log: boots that each fail alike, every line a record. */
    private static Path soakLog(Path dir, int boots) throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < boots; i++) {
            log.append("[    0.000000] Booting Linux on physical CPU 0x0\n");
            log.append(String.format(Locale.ROOT, "[%12.6f] fsl-sai 30020000.sai: isr: Transmit underrun detected%n",
                    100 + i * 0.5));
        }
        return Files.writeString(dir.resolve("soak.log"), log);
    }

    /**
     * Out of memory on a reader thread (blocks of records in flight) is told in words as on the
     * main one. The heap is one this log needs more than: in 12 MB the error is thrown by a reader
     * adding to its block's tape (in 16 MB it ran out narrowly: a start-up change that kept less let it finish).
     */
    @Test
    void outOfMemoryWhileReadingInBlocksIsOneLine(@TempDir Path dir) throws Exception {
        String err = outOfMemory("-Xmx12m", "analyze", "--format", "json", soakLog(dir, 100_000).toString());
        assertFalse(err.contains("java.lang"), err);
    }

    /**
     * A thread of ours that dies (a reader out of memory between two blocks) says nothing the
     * calling thread will say in words, and never a stack trace; anything else is one line.
     */
    @Test
    void aDyingWorkerThreadSaysOneLineOrNothing() {
        PrintStream was = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Main.uncaught(new Thread("xrunlens-reader-2"), new OutOfMemoryError("Java heap space"));
            Main.uncaught(new Thread("xrunlens-reader-2"), new StackOverflowError());
            assertEquals("", err.toString(StandardCharsets.UTF_8));
            Main.uncaught(new Thread("xrunlens-reader-1"), new IllegalStateException("a bug"));
        } finally {
            System.setErr(was);
        }
        assertEquals("xrunlens: internal error in xrunlens-reader-1: a bug; please report it with the command and the log",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    /** What stderr said of a run in a small heap that must run out of memory: one line, exit 2. */
    private static String outOfMemory(String heap, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), err);
        assertTrue(err.startsWith("xrunlens: out of memory"), err);
        return err;
    }

    /** Running out of memory is an internal failure: one line and exit 2, not a stack trace and "findings". */
    @Test
    void outOfMemoryIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        // Floods and repeated boots are folded; a line the user allowed to be 200 MB is not.
        Path f = Files.writeString(dir.resolve("long.log"), "[    1.000000] " + "x".repeat(40_000_000) + "\n");
        String err = outOfMemory("-Xmx32m", "analyze", "--max-line", "200000000", f.toString());
        assertFalse(err.contains("at io.xrunlens") || err.contains("Exception in thread"), err);
    }

    /** Links that loop or lead nowhere are named for what they are, and a folder's walk goes on past them. */
    @Test
    void brokenLinksAreNamedAndTheWalkGoesOn(@TempDir Path dir) throws Exception {
        Path logs = Files.createDirectory(dir.resolve("logs"));
        Files.createSymbolicLink(logs.resolve("a"), logs.resolve("b"));
        Files.createSymbolicLink(logs.resolve("b"), logs.resolve("a"));
        Files.createSymbolicLink(logs.resolve("latest"), dir.resolve("gone.log"));
        Files.copy(SampleExpectationsTest.samples().resolve(RACE), logs.resolve("z-race.log"));
        Cli one = Cli.run("analyze", logs.resolve("a").toString());
        assertEquals(2, one.exit());
        assertTrue(one.err().contains("a loop of symbolic links"), one.err());
        Cli triage = Cli.run("triage", "--format", "json", logs.toString());
        assertEquals(2, triage.exit(), triage.err());
        assertTrue(triage.out().contains("latest: a symbolic link to a file that does not exist"), triage.out());
        assertTrue(triage.out().contains("a: a loop of symbolic links"), triage.out());
        assertTrue(triage.out().contains("\"files\" : [ \"" + logs.resolve("z-race.log") + "\" ]"),
                "the walk went on: " + triage.out());
    }

    /** A document that quotes a few log lines (the project's own README) is no kernel log, and has no findings. */
    @Test
    void aDocumentQuotingLogLinesIsNotAKernelLog() throws Exception {
        Path readme = SampleExpectationsTest.samples().resolveSibling("README.md");
        Cli cli = Cli.run("analyze", readme.toString());
        assertEquals(2, cli.exit(), cli.out());
        assertTrue(cli.err().contains("not a kernel log (a document: "), cli.err());
        assertFalse(cli.out().contains("VERDICT"), cli.out());
    }

    /** A tar's links and FIFOs are named as what they are, never read as empty clean logs. */
    @Test
    void archiveMembersThatAreNoFilesAreSkippedAndNamed(@TempDir Path dir) throws Exception {
        Path tar = dir.resolve("logs.tar");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            byte[] log = Files.readAllBytes(SampleExpectationsTest.samples().resolve(RACE));
            TarArchiveEntry file = new TarArchiveEntry("race.log");
            file.setSize(log.length);
            out.putArchiveEntry(file);
            out.write(log);
            out.closeArchiveEntry();
            TarArchiveEntry link = new TarArchiveEntry("latest.log", TarConstants.LF_SYMLINK);
            link.setLinkName("race.log");
            out.putArchiveEntry(link);
            out.closeArchiveEntry();
            out.putArchiveEntry(new TarArchiveEntry("console", TarConstants.LF_FIFO));
            out.closeArchiveEntry();
        }
        Cli cli = Cli.run("triage", "--format", "json", tar.toString());
        String json = cli.out().replaceAll("\\s+", " ");
        assertTrue(json.contains("logs.tar!latest.log\", \"why\" : \"a symbolic link to race.log\""), json);
        assertTrue(json.contains("logs.tar!console\", \"why\" : \"a FIFO\""), json);
        assertTrue(json.contains("\"files\" : 1,"), "only the log is an input: " + json);
    }

    /** Power-on noise (NUL bytes) before a serial log's first line does not make it binary; random bytes are. */
    @Test
    void serialNoiseIsNotBinaryButRandomBytesAre(@TempDir Path dir) throws Exception {
        Path logs = Files.createDirectory(dir.resolve("logs"));
        byte[] log = Files.readAllBytes(SampleExpectationsTest.samples().resolve(RACE));
        byte[] noisy = new byte[64 + log.length];
        Arrays.fill(noisy, 0, 40, (byte) 0);
        Arrays.fill(noisy, 40, 64, (byte) 0xff);
        System.arraycopy(log, 0, noisy, 64, log.length);
        Files.write(logs.resolve("serial.log"), noisy);
        byte[] random = new byte[8192];
        new Random(7).nextBytes(random);
        random[10] = 0;
        Files.write(logs.resolve("blob.bin.log"), random);
        String json = Cli.run("triage", "--format", "json", logs.toString()).out().replaceAll("\\s+", " ");
        assertTrue(json.contains("\"files\" : [ \"" + logs.resolve("serial.log") + "\" ]"), json);
        assertTrue(json.contains("blob.bin.log\", \"why\" : \"binary\""), json);
    }

    /** A read error keeps every record read before it: no line counted without its record. */
    @Test
    void aTruncatedInputKeepsEveryLineItRead(@TempDir Path dir) throws Exception {
        byte[] log = Files.readAllBytes(SampleExpectationsTest.samples().resolve("report/imx6-report-lines.log"));
        byte[] gz = gzip(new String(log, StandardCharsets.UTF_8).repeat(30).getBytes(StandardCharsets.UTF_8));
        Path cut = Files.write(dir.resolve("cut.log.gz"), Arrays.copyOf(gz, gz.length * 2 / 3));
        JsonNode input = new ObjectMapper().readTree(Cli.run("analyze", "--format", "json", cut.toString()).out())
                .get("inputs").get(0);
        long lines = input.get("lines").asLong();
        assertTrue(lines > 100, input.toString());
        assertTrue(input.get("records").asLong() + input.get("joined").asLong() >= lines,
                "records + joined >= lines: " + input.get("records") + " + " + input.get("joined") + " < " + lines);
    }
}
