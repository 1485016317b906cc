package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.event.Event;
import io.xrunlens.parser.InputSummary;
import io.xrunlens.parser.LogReader;
import io.xrunlens.record.Record;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WrapperFormatTest {
    private final List<Event> events = new ArrayList<>();

    private InputSummary read(String text) {
        return new LogReader(LogReader.Options.defaults()).read("t", "",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), events::add);
    }

    @Test
    void journalRebootSeparatorStartsABoot() {
        InputSummary s = read("-- Logs begin at Tue 2026-11-24 10:00:00 UTC. --\n"
                + "Nov 24 10:00:00 board kernel: imx-sdma 20ec000.sdma: loaded firmware 3.5\n"
                + "-- Reboot --\n"
                + "Nov 24 10:05:00 board kernel: imx-sdma 20ec000.sdma: loaded firmware 3.5\n");
        assertEquals("syslog", s.format());
        assertEquals(2, s.boots());
        assertEquals(1, events.get(3).record().boot());
    }

    @Test
    void journalJsonBootIdChangeStartsABoot() {
        InputSummary s = read("{\"MESSAGE\":\"a b: x\",\"_BOOT_ID\":\"1\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"5\"}\n"
                + "{\"MESSAGE\":\"a b: y\",\"_BOOT_ID\":\"2\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"6\"}\n");
        assertEquals("journal-json", s.format());
        assertEquals(2, s.boots());
        assertEquals(5, events.get(0).record().micros());
    }

    @Test
    void rsyslogKeepsTheKernelClockInsideAndBusyboxTheLevel() {
        read("Nov 24 10:00:00 board kern.debug kernel: [  535.201598] imx-sdma 20ec000.sdma: txd 1: freeing\n");
        Record r = events.get(0).record();
        assertEquals(535_201_598L, r.micros());
        assertEquals(7, r.level());
        assertEquals("20ec000.sdma", r.device());
    }

    /**
     * A central log server's file holds several machines' kernels, which are read as one
     * machine's: the report names the hosts (at most eight, and says when there were more), for
     * every row that prints one; one host says nothing.
     */
    @Test
    void aLogOfSeveralHostsNamesThem() {
        String body = " imx-sdma 20ec000.sdma: loaded firmware 3.5\n";
        assertEquals(List.of(), hostNotes("Nov 24 10:00:00 board kernel:" + body + "Nov 24 10:00:01 board kernel:" + body));
        assertEquals(List.of("hosts: the kernels of 2 hosts (a, b) print in this log, each analysed on its own"
                + " (the lines its prefix names)"),
                hostNotes("Nov 24 10:00:00 a kernel:" + body + "Nov 24 10:00:01 b kern.info kernel:" + body
                        + "Nov 24 10:00:02 a kernel:" + body));
        assertEquals(1, hostNotes("2026-11-24T10:00:00.201598+01:00 a kernel:" + body
                + "2026-11-24T10:00:00.201598+01:00 b kernel:" + body).size(), "syslog-iso, by its pattern");
        assertEquals(1, hostNotes("1764583200.201598 a kernel:" + body + "1764583200.201598 b kernel:" + body).size(),
                "journal-unix");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            many.append("Nov 24 10:00:0").append(i % 10).append(" host").append(i).append(" kernel:").append(body);
        }
        assertTrue(hostNotes(many.toString()).get(0).startsWith("hosts: the kernels of more than 8 hosts (host0, host1,"));
    }

    /**
     * The host's group is read by its number, counted as the matcher counts groups, and the
     * level (BusyBox's "kern.err" after the host, RFC 5424's priority) by the number each row
     * gives: for every row that prints a host, on lines with and without a level.
     */
    @Test
    void theHostAndTheLevelAreTheGroupsTheRowsName() {
        List<String> heads = List.of("Nov 24 10:00:00", "[  535.201598]", "Dez 01 10:00:00", "1764583200.201598",
                "Tue 2026-12-01 10:00:00 CET", "2026-11-24T10:00:00.201598+01:00");
        List<String> lines = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (String head : heads) {
            for (String tag : List.of(" board-7 kernel: x", " board-7 kern.err kernel: x")) {
                lines.add(head + tag);
                levels.add(tag.contains("kern.err") ? 3 : -1);
            }
        }
        for (int priority : new int[] {3, 6, 11}) {
            lines.add("<" + priority + ">1 2026-11-24T10:00:00.201598+01:00 board-7 kernel - - - x");
            levels.add(priority & 7);
        }
        int rows = 0;
        for (LogFormat f : FormatRegistry.all()) {
            if (!(f instanceof WrapperFormat row) || !row.prefix().pattern().contains("(?<host>")) {
                continue;
            }
            rows++;
            int group = WrapperFormat.groupNumber(row.prefix().pattern(), "host");
            int matched = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher m = row.prefix().matcher(line);
                WrapperFormat.Scan scan = new WrapperFormat.Scan();
                if (m.lookingAt() && row.readPrefix(line, scan)) {
                    matched++;
                    assertEquals(List.of(m.start("host"), m.end("host")), List.of(m.start(group), m.end(group)), line);
                    assertEquals("board-7", line.substring(scan.hostStart, scan.hostEnd), row.name());
                    assertEquals(levels.get(i), scan.level, row.name() + ": " + line);
                }
            }
            assertTrue(matched >= 2, row.name());
        }
        assertEquals(7, rows);
        assertEquals(-1, WrapperFormat.groupNumber("(a)(b)", "host"));
        assertEquals(3, WrapperFormat.groupNumber("(a)[(]\\((?:x)(?=y)(?<z>c)(?<host>d)", "host"));
    }

    /**
     * A whole /var/log/syslog or journal holds other programs' lines between the kernel's. Their
     * text is one record each, without a clock: NetworkManager prints its own clock in brackets,
     * which read as a kernel stamp split the line and, going back to the kernel's, started a
     * boot. A program that passes the kernel's records on, stamp and all, is still read as the kernel.
     */
    @Test
    void anotherProgramsLineIsOneRecordWithoutTheKernelsClock() {
        String[][] formats = {
            {"syslog", "Nov 24 10:00:%02d raspberrypi %s: %s"},
            {"syslog-iso", "2026-11-24T10:00:%02d.000000+01:00 raspberrypi %s: %s"},
            {"journal-unix", "17640648%02d.000000 raspberrypi %s: %s"},
            {"journal-full", "Tue 2026-11-24 10:00:%02d CET raspberrypi %s: %s"},
            {"syslog-5424", "<6>1 2026-11-24T10:00:%02dZ raspberrypi %s - - - %s"},
        };
        for (String[] f : formats) {
            events.clear();
            String program = f[0].equals("syslog-5424") ? "NetworkManager" : "NetworkManager[512]";
            InputSummary s = read(String.format(f[1], 1, "kernel", "[    1.100000] fsl-sai 30010000.sai: probed") + "\n"
                    + String.format(f[1], 5, program, "<info>  [1764064805.1234] manager: state is now CONNECTING") + "\n"
                    + String.format(f[1], 6, "kernel", "[    6.200000] fsl-sai 30010000.sai: probed again") + "\n"
                    + String.format(f[1], 7, "klogd", "[    7.300000] fsl-sai 30010000.sai: passed on") + "\n");
            assertEquals(f[0], s.format());
            assertEquals(4, s.records(), f[0]);
            assertEquals(1, s.boots(), f[0]);
            Record program0 = events.get(1).record();
            assertEquals(Record.NO_TIME, program0.micros(), f[0]);
            assertEquals("", program0.driver(), f[0]);
            assertTrue(program0.text().endsWith("<info>  [1764064805.1234] manager: state is now CONNECTING"), f[0]);
            assertEquals(7_300_000L, events.get(3).record().micros(), f[0]);
            assertEquals("30010000.sai", events.get(3).record().device(), f[0]);
        }
    }

    /**
     * RFC 5424 (rsyslog's and syslog-ng's protocol): the priority's level, the stamp's clock or
     * none for a nil one, structured data with an escaped bracket and a byte-order mark skipped,
     * and another application's lines not read as the kernel's.
     */
    @Test
    void rfc5424LinesAreReadAfterTheirHeader() {
        InputSummary s = read("<7>1 2026-11-24T10:00:00.201598Z board kernel - - - imx-sdma 20ec000.sdma: txd 1: freeing\n"
                + "<3>1 - board kernel - - [origin ip=\"10.0.0.2\"][x y=\"a\\]b\"] fsl-sai 30010000.sai: isr: Transmit"
                + " underrun detected\n"
                + "<6>1 2026-11-24T10:00:01Z board kernel 0 - - \uFEFFimx-sdma 20ec000.sdma: loaded firmware 3.5\n"
                + "<30>1 2026-11-24T10:00:02Z board systemd 1 - - fsl-sai 30010000.sai: not the kernel's\n");
        assertEquals("syslog-5424", s.format());
        assertEquals(4, s.lines());
        assertEquals(List.of(7, 3, 6), events.stream().limit(3).map(e -> e.record().level()).toList());
        assertEquals(List.of("20ec000.sdma", "30010000.sai", "20ec000.sdma"),
                events.stream().limit(3).map(e -> e.record().device()).toList());
        assertEquals(1_795_514_400_201_598L, events.get(0).record().micros());
        assertEquals(Record.NO_TIME, events.get(1).record().micros());
        assertEquals("isr: Transmit underrun detected", events.get(1).record().text());
    }

    /**
     * OpenWrt's logread: the date with its year is the clock where no kernel stamp follows, the
     * level is read, and the year is no host (the any-language syslog row took it for one).
     */
    @Test
    void openWrtLogreadIsReadWithItsYearAndLevel() {
        InputSummary s = read("Sat Dec  5 10:00:00 2026 kern.err kernel: fsl-sai 30010000.sai: isr: Transmit underrun detected\n"
                + "Fri Jan  1 00:00:01 2027 kern.debug kernel: imx-sdma 20ec000.sdma: txd 1: freeing\n");
        assertEquals("logread", s.format());
        assertEquals(List.of(3, 7), events.stream().map(e -> e.record().level()).toList());
        assertEquals(1_796_464_800_000_000L, events.get(0).record().micros());
        assertEquals(List.of(), s.notes());
    }

    /** logcat -v time: the priority letter is the level, the tag and pid are no part of the text. */
    @Test
    void logcatTimeLinesAreReadAfterTheirTagAndPid() {
        InputSummary s = read("11-24 10:00:00.201 E/kernel  (    0): fsl-sai 30010000.sai: isr: Transmit underrun detected\n"
                + "11-24 10:00:00.305 D/kernel  (    0): imx-sdma 20ec000.sdma: txd 1: freeing\n");
        assertEquals("logcat-time", s.format());
        assertEquals(List.of(3, 7), events.stream().map(e -> e.record().level()).toList());
        assertEquals(List.of("30010000.sai", "20ec000.sdma"), events.stream().map(e -> e.record().device()).toList());
    }

    /** journalctl --no-hostname: the tag without a host, read by the rows that print one, and no host named. */
    @Test
    void journalLinesWithoutAHostAreRead() {
        InputSummary s = read("Nov 24 10:00:00.201598 kernel: fsl-sai 30010000.sai: isr: Transmit underrun detected\n"
                + "Nov 24 10:00:00.305000 board kern.debug kernel: imx-sdma 20ec000.sdma: txd 1: freeing\n"
                + "Nov 24 10:00:01.000000 kernel: imx-sdma 20ec000.sdma: txd 2: freeing\n");
        assertEquals("syslog", s.format());
        assertEquals(List.of("30010000.sai", "20ec000.sdma", "20ec000.sdma"),
                events.stream().map(e -> e.record().device()).toList());
        assertEquals(List.of(-1, 7, -1), events.stream().map(e -> e.record().level()).toList());
        assertEquals(List.of(), s.notes());
        assertEquals("syslog-iso", read("2026-11-24T10:00:00.201598+0100 kernel: imx-sdma 20ec000.sdma: x\n").format());
    }

    /** A raw capture of syslog packets keeps their priority: its low bits are the level, where the tag names none. */
    @Test
    void aSyslogPacketsPriorityIsItsLevel() {
        InputSummary s = read("<3>Nov 24 10:00:00 board kernel: fsl-sai 30010000.sai: isr: Transmit underrun detected\n"
                + "<15>Nov 24 10:00:00 board kern.info kernel: imx-sdma 20ec000.sdma: txd 1: freeing\n");
        assertEquals("syslog", s.format());
        assertEquals(List.of(3, 6), events.stream().map(e -> e.record().level()).toList());
        assertEquals(List.of("30010000.sai", "20ec000.sdma"), events.stream().map(e -> e.record().device()).toList());
    }

    private List<String> hostNotes(String log) {
        return read(log).notes().stream().filter(n -> n.startsWith("hosts:")).toList();
    }

    @Test
    void kmsgContinuationLinesAreRecordsToo() {
        InputSummary s = read("6,1,535201598,-;imx-sdma 20ec000.sdma: loaded firmware 3.5\n SUBSYSTEM=platform\n");
        assertEquals("kmsg", s.format());
        assertEquals(2, s.records());
        assertEquals(535_201_598L, events.get(0).record().micros());
        assertEquals(6, events.get(0).record().level());
    }

    /**
     * Logs appended into one file: a line that opens a record of another wrapped format is read
     * after that format's prefix, with its level, and with the kernel's own stamp as its clock or
     * none (the other format's clock is not this input's).
     */
    @Test
    void aLineOfAnotherWrappedFormatIsReadAfterItsPrefix() {
        InputSummary s = read("2026-11-24T10:00:00,000000+00:00 imx-sdma 20ec000.sdma: loaded firmware 3.5\n"
                + "11-24 10:08:55.201     0     0 W imx-sdma 20ec000.sdma: txd 1: freeing\n"
                + "6,1012,535201598,-;imx-sgtl5000 sound: XRUN: pcmC0D0c:0\n"
                + "Nov 24 10:08:55 board kernel: [  535.201922] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2\n"
                + "aplay: pcm_write:2178: write error: Input/output error\n");
        assertEquals("dmesg-iso", s.format());
        assertEquals(5, s.records());
        Record logcat = events.get(1).record();
        assertEquals("20ec000.sdma", logcat.device());
        assertEquals(Record.NO_TIME, logcat.micros());
        assertEquals(4, logcat.level());
        Record kmsg = events.get(2).record();
        assertEquals("imx-sgtl5000", kmsg.driver());
        assertEquals(6, kmsg.level());
        assertEquals(Record.NO_TIME, kmsg.micros());
        assertEquals(535_201_922L, events.get(3).record().micros());
        assertEquals("aplay: pcm_write:2178: write error: Input/output error", events.get(4).record().text());
    }

    /**
     * The same lines read from their bytes, as a reader's memo keys them: after the other
     * format's prefix, with its level told apart from the input's own, the kernel's stamp as the
     * clock or none; a line of no format's is all rest. A line that may hold stamped records, is
     * quoted or is not plain ASCII is left to its text. In a dmesg input a stamp anywhere is
     * looked for first, as its framing does.
     */
    @Test
    void aLineOfAnotherWrappedFormatIsSplitAfterItsPrefixFromItsBytes() {
        LogFormat iso = FormatRegistry.byName("dmesg-iso").orElseThrow().forInput(0);
        iso.frame("2026-11-24T10:00:00,000000+00:00 imx-sdma 20ec000.sdma: loaded firmware 3.5", 1, r -> { });
        LogFormat dmesg = new DmesgFormat();
        String logcat = "11-24 10:08:55.201     0     0 W imx-sdma 20ec000.sdma: txd 1: freeing";
        String syslog = "Nov 24 10:08:55 board kernel: [  535.201922] imx-sdma 20ec000.sdma: prep";
        String text = "aplay: pcm_write:2178: write error: Input/output error";
        for (LogFormat f : List.of(iso, dmesg)) {
            assertEquals(List.of(Record.NO_TIME, (long) logcat.indexOf("imx"), LogFormat.ANOTHER_FORMAT + 4L), split(f, logcat));
            assertEquals(List.of(Record.NO_TIME, 0L, LogFormat.ANOTHER_FORMAT - 1L), split(f, text));
            assertEquals(List.of(LogFormat.NOT_SPLIT), split(f, "> " + text), "quoted");
            assertEquals(List.of(LogFormat.NOT_SPLIT), split(f, "Failure log: [ 535.203182] a b: c"), "stamped records");
            assertEquals(List.of(LogFormat.NOT_SPLIT), split(f, "Nov 24 10:08:55 h\u00f6st kernel: a b: c"));
        }
        assertEquals(List.of(535_201_922L, syslog.indexOf("] ") + 1L, LogFormat.ANOTHER_FORMAT - 1L), split(iso, syslog));
        assertEquals(List.of(LogFormat.NOT_SPLIT), split(dmesg, syslog), "dmesg's framing starts at the stamp");
    }

    private static List<Long> split(LogFormat format, String line) {
        byte[] b = ("\n" + line).getBytes(StandardCharsets.UTF_8);
        int[] split = new int[2];
        long clock = format.clockAndRest(b, 1, b.length, split);
        return clock == LogFormat.NOT_SPLIT ? List.of(clock) : List.of(clock, split[0] - 1L, (long) split[1]);
    }

    /**
     * A row's prefix read from a line's bytes, all of it, says what the text says, yes or no,
     * for every row and every plain-ASCII line of the samples, cut short at every length a
     * prefix may end at (where a pattern reaches the line's end).
     */
    @Test
    void aPrefixReadFromAWholeLinesBytesIsTheTexts() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of(System.getProperty("xrunlens.samples", "../samples")))) {
            for (Path p : walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                for (String l : Files.readAllLines(p, StandardCharsets.ISO_8859_1)) {
                    if (l.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                        lines.add(l);
                    }
                }
            }
        }
        int read = 0;
        for (LogFormat f : FormatRegistry.all()) {
            if (!(f instanceof WrapperFormat row)) {
                continue;
            }
            for (String whole : lines) {
                for (int cut = Math.min(whole.length(), 48); cut <= whole.length(); cut += cut < 70 ? 1 : 80) {
                    String line = whole.substring(0, cut);
                    WrapperFormat.Scan text = new WrapperFormat.Scan();
                    WrapperFormat.Scan bytes = new WrapperFormat.Scan();
                    text.clock = false;
                    bytes.clock = false;
                    byte[] b = ("x" + line).getBytes(StandardCharsets.US_ASCII);
                    boolean fromText = row.readPrefix(line, text);
                    assertEquals(fromText, row.readPrefix(b, 1, b.length, bytes), row.name() + ": " + line);
                    assertEquals(row.readPrefix(b, 1, b.length, null), fromText, row.name() + ": " + line);
                    if (fromText) {
                        read++;
                        assertEquals(List.of(text.end, text.level), List.of(bytes.end, bytes.level), row.name() + ": " + line);
                    }
                }
            }
        }
        assertTrue(read > 1000, "rows read prefixes: " + read);
    }

    /**
     * A mail reply that quotes a log, and a log flattened onto one line, appended to a log of a
     * wrapped format whose lines are mostly not quoted (so the quotes are not taken off first):
     * each record is read behind the quote markers and at every stamp, as dmesg's are, not as
     * one line of text.
     */
    @Test
    void quotedAndFlattenedKernelRecordsAreReadInAWrappedInput() {
        String own = "2026-11-24T10:00:00,000000+00:00 imx-sdma 20ec000.sdma: loaded firmware 3.5\n";
        InputSummary s = read(own.repeat(4)
                + "> [  545.766075] imx-sgtl5000 sound: capture write error (DMA or IRQ trouble?)\n"
                + ">> Nov 24 10:08:55 board kernel: imx-sgtl5000 sound: XRUN: pcmC0D0c:0\n"
                + "Failure log: [ 535.203182] imx-sdma 20ec000.sdma: txd 19499aa8: freeing"
                + " [ 535.203207] imx-sdma 20ec000.sdma: txd 0a262722: freeing\n"
                + "> no stamp [here\n");
        assertEquals("dmesg-iso", s.format());
        List<Record> read = events.stream().skip(4).map(Event::record).toList();
        assertEquals(List.of("capture write error (DMA or IRQ trouble?)", "XRUN: pcmC0D0c:0", "",
                "txd 19499aa8: freeing", "txd 0a262722: freeing", "> no stamp [here"),
                read.stream().map(Record::text).toList());
        assertEquals(545_766_075L, read.get(0).micros());
        assertEquals("imx-sgtl5000", read.get(0).driver());
        assertEquals(Record.NO_TIME, read.get(1).micros(), "the syslog clock is not this input's");
        assertEquals("Failure", read.get(2).driver(), "the lead-in is a record of its own");
        assertEquals(535_203_207L, read.get(4).micros());
        assertEquals(7, read.get(4).line());
        assertEquals(10, s.records());
    }

    @Test
    void ctimeClockHasOneSecondSteps() {
        InputSummary s = read("[Tue Nov 24 10:00:01 2026] a b: x\n[Tue Nov 24 10:00:02 2026] a b: y\n");
        assertEquals("dmesg-T", s.format());
        assertEquals(1_000_000L, events.get(1).record().micros() - events.get(0).record().micros());
        assertEquals(1_000_000L, FormatRegistry.byName("dmesg-T").orElseThrow().clockResolutionMicros());
    }

    /**
     * A block's copy of a format frames a line's rest as its source does, so the reader's memo of
     * rests (kept by the framing key) goes on from block to block instead of starting empty at
     * every megabyte of a wrapped log; another input's format keeps a memo of its own.
     */
    @Test
    void aBlocksCopyKeepsItsSourcesMemoOfRests() {
        for (LogFormat f : FormatRegistry.all()) {
            LogFormat input = f.forInput(2026);
            assertSame(input.framingKey(), input.forBlock().framingKey(), f.name());
            assertSame(input.framingKey(), input.forBlock().forBlock().framingKey(), f.name());
        }
        LogFormat syslog = FormatRegistry.byName("syslog").orElseThrow();
        assertNotSame(syslog.forInput(2026).framingKey(), syslog.forInput(2026).framingKey(), "one input, one memo");
    }

    /** Only a pattern that ends at the line's first "] " and looks at nothing after it may skip itself for a known prefix. */
    @Test
    void onlyAPatternClosedByItsBracketMaySkipItself() {
        WrapperFormat iso = (WrapperFormat) FormatRegistry.byName("dmesg-iso").orElseThrow();
        WrapperFormat syslog = (WrapperFormat) FormatRegistry.byName("syslog").orElseThrow();
        assertThrows(IllegalArgumentException.class, iso::closedByBracket, "a look-ahead past the prefix");
        assertThrows(IllegalArgumentException.class, syslog::closedByBracket, "no bracket");
    }
}
