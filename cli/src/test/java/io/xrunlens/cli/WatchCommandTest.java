package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.LogAnalysis;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.parser.LogReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** xrunlens watch driven through a pipe and a growing file, with pauses, as a board prints. */
class WatchCommandTest {
    private static final Path REPORT = SampleExpectationsTest.samples().resolve("report/imx6-report-lines.log");
    private static final Path STOCK_RACE = SampleExpectationsTest.samples().resolve("synthetic/stock-5.4-race.log");
    private static final Path HEALTHY = SampleExpectationsTest.samples().resolve("healthy/imx8mp-sai-wm8960.log");

    /** A watch running on another thread, its output readable while it runs. */
    private static final class Running {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread thread;

        Running(String... args) {
            thread = new Thread(() -> exit.set(Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true))));
            thread.start();
        }

        synchronized String out() {
            synchronized (out) {
                return out.toString();
            }
        }
    }

    private static boolean within(long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    @Test
    void theMisappliedFreeAndTheIncidentArePrintedBeforeTheInputEnds() throws Exception {
        List<String> lines = Files.readAllLines(REPORT);
        int free = lines.indexOf(lines.stream().filter(l -> l.contains("0a262722: freeing")).findFirst().orElseThrow());
        int error = lines.indexOf(lines.stream().filter(l -> l.contains("write error")).findFirst().orElseThrow());
        PipedOutputStream board = new PipedOutputStream();
        InputStream saved = System.in;
        System.setIn(new PipedInputStream(board, 1 << 16));
        Running watch;
        try {
            watch = new Running("watch", "--settle", "30", "-");
            for (int i = 0; i < lines.size(); i++) {
                board.write((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
                board.flush();
                Thread.sleep(20);
                if (i == free) {
                    assertTrue(within(1000, () -> watch.out().contains("misapplied-free")),
                            "the misapplied free within a second of its line: " + watch.out());
                    assertFalse(watch.out().contains("VERDICT"), "the incident waits for its end");
                }
                if (i == error) {
                    assertTrue(within(1000, () -> watch.out().contains("VERDICT")),
                            "the incident within a second of the I/O error: " + watch.out());
                }
            }
            Thread.sleep(300);
            assertTrue(watch.thread.isAlive(), "still watching: the input has not ended");
            board.close();
            watch.thread.join(10_000);
        } finally {
            System.setIn(saved);
        }
        assertEquals(1, watch.exit.get(), watch.err.toString());
        String out = watch.out();
        assertEquals(1, out.split("misapplied-free", -1).length - 2, "printed once as a finding, once in the incident");
        assertEquals(1, out.split("VERDICT", -1).length - 1, "one incident, once: " + out);
        assertTrue(out.contains("lines 44, records 44"), out);
    }

    @Test
    void aQuietStreamSettlesAndJsonLinesNameWhatTheyHold() throws Exception {
        List<String> lines = Files.readAllLines(REPORT);
        // The race without its stall: only the settle time can close the incident.
        List<String> race = lines.subList(0, lines.size() - 2);
        PipedOutputStream board = new PipedOutputStream();
        InputStream saved = System.in;
        System.setIn(new PipedInputStream(board, 1 << 16));
        Running watch;
        try {
            watch = new Running("watch", "--format", "json", "--settle", "1", "-");
            for (String l : race) {
                board.write((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
            board.flush();
            assertTrue(within(4000, () -> watch.out().contains("{\"incident\":")), "settled: " + watch.out());
            board.close();
            watch.thread.join(10_000);
        } finally {
            System.setIn(saved);
        }
        // JSON Lines to the end, as jq reads them: every line an object, the summary last
        List<String> out = watch.out().lines().toList();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String l : out) {
            assertTrue(json.readTree(l).isObject(), l);
            assertTrue(l.startsWith("{\"finding\":{\"rule\":") || l.startsWith("{\"incident\":{\"verdict\":")
                    || l.startsWith("{\"summary\":{\"lines\":"), l);
        }
        assertTrue(out.get(out.size() - 1).startsWith("{\"summary\":"), watch.out());
    }

    @Test
    void aFollowedFileThatIsRotatedIsReadOn(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("kern.log");
        List<String> lines = Files.readAllLines(REPORT);
        Files.write(log, lines.subList(0, 20), StandardCharsets.UTF_8);
        Running watch = new Running("watch", "--settle", "30", log.toString());
        assertTrue(within(3000, () -> watch.err.toString().isEmpty() && watch.thread.isAlive()));
        Thread.sleep(500);
        Files.move(log, dir.resolve("kern.log.1"));
        Files.write(log, lines.subList(20, lines.size()), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        assertTrue(within(5000, () -> watch.out().contains("misapplied-free")), "read on after the rotation: "
                + watch.out() + watch.err);
        assertTrue(within(5000, () -> watch.err.toString().contains("rotated")), watch.err.toString());
        assertTrue(watch.thread.isAlive(), "a followed file never ends by itself");
        watch.thread.interrupt();
    }

    /**
     * A race appended to a followed file, all at once, fast and slowly: one incident each time,
     * holding its XRUN (the watch once printed it without, then again with). Truncated and
     * written again, the second failure is the second incident.
     */
    @Test
    void aFollowedFileGivesOneIncidentPerFailureAtAnyPace(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(STOCK_RACE);
        for (int pace : new int[] {0, 5, 40}) {
            Path log = Files.writeString(dir.resolve("kern-" + pace + ".log"), "");
            Running watch = new Running("watch", "--settle", "30", log.toString());
            Thread.sleep(300);
            append(log, lines, pace);
            assertTrue(within(5000, () -> watch.out().contains("VERDICT")), watch.out() + watch.err);
            Thread.sleep(1500); // room for a second, wrong report
            String out = watch.out();
            assertEquals(1, out.split("VERDICT", -1).length - 1, "pace " + pace + " ms: " + out);
            assertTrue(out.indexOf("finding: info xrun") < out.indexOf("VERDICT"), "the XRUN before its incident: " + out);
            if (pace == 40) {
                Files.writeString(log, ""); // truncated (seen at the next poll), then the board fails again
                assertTrue(within(5000, () -> watch.err.toString().contains("truncated")), watch.err.toString());
                append(log, lines, 0);
                assertTrue(within(5000, () -> watch.out().split("VERDICT", -1).length - 1 == 2), watch.out());
                Thread.sleep(1000);
                assertEquals(2, watch.out().split("VERDICT", -1).length - 1, watch.out());
            }
            watch.thread.interrupt();
            watch.thread.join(5000);
        }
    }

    private static void append(Path log, List<String> lines, int paceMillis) throws Exception {
        for (String l : lines) {
            Files.writeString(log, l + "\n", StandardOpenOption.APPEND);
            if (paceMillis > 0) {
                Thread.sleep(paceMillis);
            }
        }
    }

    @Test
    void execRunsOncePerIncidentWithItsJson(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("calls");
        Running watch;
        InputStream saved = System.in;
        System.setIn(Files.newInputStream(REPORT));
        try {
            watch = new Running("watch", "--exec", "cat >> " + marker + "; echo \"$XRUNLENS_CAUSE\" >> " + marker, "-");
            watch.thread.join(20_000);
        } finally {
            System.setIn(saved);
        }
        assertEquals(1, watch.exit.get(), watch.err.toString());
        String calls = Files.readString(marker);
        assertEquals(1, calls.split("\"verdict\"", -1).length - 1, calls);
        assertTrue(calls.strip().endsWith("dma-terminate-race"), calls);
    }

    @Test
    void aFollowedFileGetsItsIncidentsPicture(@TempDir Path dir) throws Exception {
        Path log = Files.copy(REPORT, dir.resolve("kern.log"));
        Path pictures = dir.resolve("pictures");
        Running watch = new Running("watch", "--timeline", pictures.toString(), log.toString());
        assertTrue(within(10_000, () -> Files.exists(pictures.resolve("kern.incident-1.png"))), watch.out() + watch.err);
        assertTrue(within(5000, () -> watch.out().contains("wrote " + pictures.resolve("kern.incident-1.png"))));
        watch.thread.interrupt();
        Cli refused = Cli.run("watch", "--timeline", pictures.toString(), "-");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("--timeline needs a FILE"), refused.err());
    }

    /**
     * After the followed file is truncated, its lines and boots are numbered afresh: the picture
     * finds the printed incident again by what it is, not by its old boot and line.
     */
    @Test
    void anIncidentIsFoundAgainInATruncatedFile() throws Exception {
        String race = Files.readString(STOCK_RACE);
        String healthy = Files.readString(HEALTHY);
        Incident live = analyze(healthy + race).incidents().get(0);
        List<Incident> reread = analyze(race).incidents();
        assertTrue(live.boot() != reread.get(0).boot() || live.firstLine() != reread.get(0).firstLine(),
                "numbered afresh");
        assertEquals(reread.get(0), WatchCommand.findAgain(reread, live).orElseThrow());
        assertTrue(WatchCommand.findAgain(analyze(healthy).incidents(), live).isEmpty(), "gone: no picture");
    }

    private static InputReport analyze(String log) {
        return new LogAnalysis(LogReader.Options.defaults()).analyze("kern.log", "",
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void memoryStaysFlatOverALongStream() throws Exception {
        PipedOutputStream board = new PipedOutputStream();
        InputStream saved = System.in;
        System.setIn(new PipedInputStream(board, 1 << 20));
        Running watch;
        long early;
        long late;
        try {
            watch = new Running("watch", "-");
            early = feed(board, 0, 100_000);
            late = feed(board, 100_000, 400_000);
            board.close();
            watch.thread.join(30_000);
        } finally {
            System.setIn(saved);
        }
        assertEquals(0, watch.exit.get(), watch.err.toString());
        assertTrue(watch.out().contains("lines 400000"), watch.out());
        assertTrue(late < early + 48L * 1024 * 1024, "heap after 100k lines " + early / 1_000_000 + " MB, after 400k "
                + late / 1_000_000 + " MB");
    }

    /** Writes period-interrupt lines [from, to) as a capture stream prints them; returns the heap in use after. */
    private static long feed(PipedOutputStream board, int from, int to) throws Exception {
        StringBuilder chunk = new StringBuilder();
        for (int i = from; i < to; i++) {
            long micros = 100_000_000L + i * 1_333L;
            String stamp = String.format(Locale.ROOT, "[%6d.%06d] ", micros / 1_000_000, micros % 1_000_000);
            chunk.append(stamp).append(i % 2 == 0 ? "imx-sgtl5000 sound: snd_pcm_period_elapsed()"
                    : "imx-sdma 20ec000.sdma: sdma_tx_status channel: 2").append('\n');
            if (chunk.length() > 60_000) {
                board.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                chunk.setLength(0);
            }
        }
        board.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
        board.flush();
        Thread.sleep(500); // let the watch catch up
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** A command that does not read its input is no failure; one that hangs is stopped and told. */
    @Test
    void execCommandsThatIgnoreInputOrHangAreToldApart() throws Exception {
        String race = Files.readString(SampleExpectationsTest.samples().resolve("report/imx6-report-lines.log"));
        Cli ignoring = Cli.withStdin(race, "watch", "--exec", "exit 0", "-");
        assertFalse(ignoring.err().contains("could not run") || ignoring.err().contains("Broken pipe"), ignoring.err());
        Cli hung = Cli.withStdin(race, "watch", "--exec", "sleep 30", "--exec-timeout", "1", "-");
        assertTrue(hung.err().contains("--exec still running after 1 s"), hung.err());
    }

    /** A service manager's stop (SIGTERM) ends the watch as Ctrl-C does: what was read is summed up. */
    @Test
    void sigtermPrintsTheSummary(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("out.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "watch", "-")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        String race = Files.readString(SampleExpectationsTest.samples().resolve("report/imx6-report-lines.log"));
        p.getOutputStream().write(race.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush(); // standard input stays open: the watch would wait for more
        Thread.sleep(3000);
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the watch ended");
        String out = Files.readString(output);
        assertTrue(out.contains("lines 44, records 44"), out);
        assertEquals(1, p.exitValue(), out);
    }

    /**
     * A flood of XRUNs: each is printed once as it comes, though the analyzer keeps only the first
     * and last of the run whole, and the summary counts them all.
     */
    @Test
    void aFloodOfXrunsIsPrintedOnceEach() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            log.append(String.format(Locale.ROOT, "[%12.6f] fsl-sai 2028000.sai: XRUN: pcmC0D0c:0%n", 10 + i * 0.02));
        }
        Cli watch = Cli.withStdin(log.toString(), "watch", "-");
        assertEquals(3_000, watch.out().split("finding: ", -1).length - 1);
        assertEquals(1, watch.out().split("VERDICT", -1).length - 1, watch.out().lines().limit(5).toList().toString());
        assertTrue(watch.out().contains("3,000 of them"), "the burst's verdict counts the folded ones too");
        assertTrue(watch.out().contains("3000 findings, 1 incident"), watch.out().lines().reduce((a, b) -> b).orElse(""));
    }

    /**
     * A line may lead several incidents (the card that did not come up leads its own and that of
     * a player that finds no card after it): watched, every cause sample gives the incidents
     * analyze gives, none held back as printed already.
     */
    @Test
    void aWatchPrintsEveryIncidentAnalyzeFinds() throws Exception {
        List<Path> logs;
        try (var files = Files.list(SampleExpectationsTest.samples().resolve("causes"))) {
            logs = files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
        }
        for (Path log : logs) {
            InputReport report = new LogAnalysis(LogReader.Options.defaults()).analyze(log.toString());
            Cli watch = Cli.withStdin(Files.readString(log), "watch", "-");
            assertEquals(report.incidents().size(), watch.out().split("\nIncident ", -1).length - 1,
                    log.getFileName() + ": " + watch.out());
        }
    }

    /**
     * A log server's file of two boards of one kind, watched: each board is its own machine, as
     * analyze reads it, so the other board's recovery inside the race window is no second race,
     * and the incident names its board.
     */
    @Test
    void aLogServersBoardsAreWatchedApart() throws Exception {
        String log = Files.readString(SampleExpectationsTest.samples().resolve("synthetic/log-server-two-boards.log"));
        Cli watch = Cli.withStdin(log, "watch", "-");
        assertEquals(1, watch.out().split("VERDICT", -1).length - 1, watch.out());
        assertTrue(watch.out().contains("Incident 1: boot 0 (board-a), 20ec000.sdma channel 2, capture"), watch.out());
        Cli lines = Cli.withStdin(log, "watch", "--format", "json", "-");
        assertTrue(lines.out().contains("\"boot\":1,\"host\":\"board-b\""), lines.out());
        // the board that only recovered: alone, nothing but its XRUN
        String recovering = log.lines().filter(l -> l.contains(" board-b ")).map(l -> l + "\n")
                .reduce("", String::concat);
        assertEquals(0, Cli.withStdin(recovering, "watch", "-").out().split("VERDICT", -1).length - 1);
    }

    /**
     * Boots that fail alike: the report keeps the first and the last and counts the rest, but a
     * watch prints every one as it is decided, each once, and its summary counts them all.
     */
    @Test
    void everyBootsIncidentIsPrintedThoughTheReportFoldsThem() throws Exception {
        int boots = 30;
        String log = Files.readString(SampleExpectationsTest.samples().resolve("synthetic/stock-5.4-race.log"))
                .repeat(boots);
        Cli watch = Cli.withStdin(log, "watch", "-");
        assertEquals(boots, watch.out().split("VERDICT", -1).length - 1, watch.out());
        assertTrue(watch.out().contains(boots + " incidents (dma-terminate-race)"),
                watch.out().lines().reduce((a, b) -> b).orElse(""));
        assertEquals(1, watch.exit());
        Cli report = Cli.withStdin(log, "analyze", "-");
        assertEquals(boots - 13 + " × ", report.out().lines().filter(l -> l.contains(" × ")).findFirst()
                .map(l -> l.strip().substring(0, l.strip().indexOf("×") + 2)).orElse(""), report.out());
    }

    /**
     * One boot of races a few seconds apart, for hours: the watch chains it in small parts, so
     * that each race's end does not chain the whole boot again, and prints every race once.
     */
    @Test
    void aLongBootOfRacesIsWatchedRaceByRace() {
        List<String> race = List.of("XRUN: pcmC0D0c:0", "sdma_prep_dma_cyclic channel: 2",
                "vchan 5e7e2c7a: txd 7c1d%04x[5]: submitted", "txd 2d9a%04x: freeing", "txd 7c1d%04x: freeing");
        double[] at = {0, 0.000324, 0.000372, 0.001584, 0.001609};
        StringBuilder log = new StringBuilder("[    0.000000] Booting Linux on physical CPU 0x0\n");
        int races = 400;
        for (int k = 0; k < races; k++) {
            double t = 100 + k * 15.0;
            for (int i = 0; i < race.size(); i++) {
                String origin = i == 0 ? "imx-sgtl5000 sound" : "imx-sdma 20ec000.sdma";
                log.append(String.format(Locale.ROOT, "[%12.6f] %s: %s%n", t + at[i], origin, String.format(race.get(i), k)));
            }
            log.append(String.format(Locale.ROOT, "[%12.6f] imx-sgtl5000 sound: capture write error (DMA or IRQ trouble?)%n",
                    t + 10.5));
        }
        Cli watch = Cli.withStdin(log.toString(), "watch", "-");
        assertEquals(races, watch.out().split("VERDICT", -1).length - 1, watch.out().lines().limit(5).toList().toString());
        String flat = watch.out().replaceAll("\\s+", " ");
        assertEquals(races, flat.split("freed the descriptor the recovery had just submitted", -1).length - 1,
                "every verdict names the race");
        assertTrue(watch.out().contains(races + " incidents (dma-terminate-race)"),
                watch.out().lines().reduce((a, b) -> b).orElse(""));
    }
    /**
     * A named pipe (or a device such as /dev/kmsg) is read as a stream, each read waiting for
     * the next record, and ends when its writer does: followed like a file that grows, its size
     * of 0 read as a truncation and its records as unreadable.
     */
    @Test
    void aNamedPipeIsReadAsAStreamToItsEnd(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("kmsg.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        Running watch = new Running("watch", fifo.toString());
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) { // waits for the watch to open it
                out.write(Files.readAllBytes(STOCK_RACE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.setDaemon(true); // a watch that never opened the pipe must not hang the build
        writer.start();
        watch.thread.join(30_000);
        assertFalse(watch.thread.isAlive(), "the pipe's end ends the watch");
        assertEquals(1, watch.exit.get(), watch.err.toString());
        assertTrue(watch.out().contains("misapplied"), watch.out());
        assertFalse(watch.err.toString().contains("truncated"), watch.err.toString());
    }
}
