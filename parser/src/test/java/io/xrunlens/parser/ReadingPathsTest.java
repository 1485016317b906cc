package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.format.DmesgFormat;
import io.xrunlens.format.FormatRegistry;
import io.xrunlens.format.LogFormat;
import io.xrunlens.input.LineReader;
import io.xrunlens.record.Record;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast ways of reading give what the plain one gives: lines framed from their bytes (skimmed
 * without decoding, or answered by the memo of rests) as from their text, and a large input read
 * in blocks on worker threads as on one thread, down to every count, boot, line number and error.
 */
class ReadingPathsTest {
    private static final Path SAMPLES = Path.of(System.getProperty("xrunlens.samples", "../samples"));
    private static final LogFormat DMESG = new DmesgFormat();

    /** Everything a typer hands on, as text. */
    private static final class Recorder implements TypedSink {
        final List<String> got = new ArrayList<>();

        @Override
        public void skipped(long micros, boolean hasOrigin) {
            got.add("skipped " + micros + " " + hasOrigin);
        }

        @Override
        public void typed(Record record, Message message, long lineOffset) {
            got.add("typed " + record + " " + message + " +" + lineOffset);
        }

        @Override
        public void bootSeparator() {
            got.add("separator");
        }

        @Override
        public void bootId(String id) {
            got.add("boot " + id);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aLineFramedFromItsBytesGivesWhatItsTextGives(boolean forwardUnknown) throws IOException {
        List<byte[]> lines = new ArrayList<>(tricky(new Random(7), 3000));
        lines.addAll(sampleLines());
        sameFromBytesAndText(lines, DMESG, DMESG, forwardUnknown);
    }

    /**
     * The same for syslog, whose prefix is read from the bytes too and whose year-less clock
     * learns from every line: each way has its own copy of the format, as each input has.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aSyslogLineFramedFromItsBytesGivesWhatItsTextGives(boolean forwardUnknown) throws IOException {
        Random random = new Random(17);
        List<byte[]> lines = new ArrayList<>();
        int second = 0;
        for (byte[] line : tricky(random, 3000)) {
            second += random.nextInt(3);
            String prefix = switch (random.nextInt(30)) {
                case 0 -> String.format("Dec 31 23:%02d:%02d host kern.info kernel: ", second / 60 % 60, second % 60);
                case 1 -> String.format("Jan  1 00:%02d:%02d h\u00f6st kernel: ", second / 60 % 60, second % 60);
                case 2 -> "-- Reboot --";
                case 3 -> "";
                case 4 -> String.format("Jan  1 00:%02d:%02d.%06d host kernel:  ", second / 60 % 60, second % 60, second);
                default -> String.format("%s %2d 23:%02d:%02d host kernel: ", second < 4000 ? "Dec" : "Jan",
                        second < 4000 ? 31 : 1, second / 60 % 60, second % 60);
            };
            byte[] joined = prefixed(prefix, line);
            lines.add(joined);
            if (random.nextInt(3) == 0) { // the same rest again: the memo answers
                lines.add(joined);
            }
            if (random.nextInt(8) == 0 && prefix.endsWith(": ")) { // rsyslog's count of the same message
                byte[] inner = prefixed(prefix + "message repeated " + (2 + random.nextInt(500)) + " times: [ ", line);
                byte[] closed = Arrays.copyOf(inner, inner.length + 1);
                closed[inner.length] = ']';
                lines.add(closed);
            }
        }
        LogFormat syslog = FormatRegistry.byName("syslog").orElseThrow();
        sameFromBytesAndText(lines, syslog.forInput(0), syslog.forInput(0), forwardUnknown);
    }

    /**
     * Plain dmesg lines in a file of a wrapped format (logs of several boards appended into one):
     * with no prefix, each is one record from its stamp on, framed from its bytes (and answered
     * by the memo) as from its text.
     */
    @ParameterizedTest
    @CsvSource({"dmesg-iso,false", "dmesg-iso,true", "syslog,false"})
    void plainDmesgLinesInAWrappedFileGiveWhatTheirTextGives(String format, boolean forwardUnknown) throws IOException {
        LogFormat wrapper = FormatRegistry.byName(format).orElseThrow();
        String prefix = format.equals("syslog") ? "Nov 24 10:00:00 board kernel: " : "2026-11-24T10:00:00,000000+00:00 ";
        Random random = new Random(31);
        List<byte[]> lines = new ArrayList<>();
        for (byte[] body : tricky(random, 3000)) {
            lines.add(random.nextInt(3) == 0 ? prefixed(prefix, body) : body);
        }
        lines.addAll(sampleLines());
        sameFromBytesAndText(lines, wrapper.forInput(0), wrapper.forInput(0), forwardUnknown);
    }

    /**
     * Every wrapped format's lines (all the samples', each format's among them) framed from their
     * bytes, where the row's pattern reads the prefix from them, give what their text gives.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dmesg-T", "dmesg-H", "dmesg-x-T", "dmesg-x-H", "dmesg-x", "dmesg-delta", "dmesg-iso",
        "kmsg", "journal-monotonic", "syslog-language", "metalog", "journal-unix", "journal-full", "syslog-iso",
        "journal-trimmed", "logcat", "console", "console-date"})
    void everyWrappedFormatsLinesGiveFromTheirBytesWhatTheirTextGives(String format) throws IOException {
        LogFormat wrapper = FormatRegistry.byName(format).orElseThrow();
        List<byte[]> lines = sampleLines();
        for (boolean forwardUnknown : new boolean[] {false, true}) {
            sameFromBytesAndText(lines, wrapper.forInput(0), wrapper.forInput(0), forwardUnknown);
            sameFromBytesAndText(lines, wrapper.forInput(2026), wrapper.forInput(2026), forwardUnknown);
        }
    }

    /**
     * A level in the prefix (/dev/kmsg, dmesg -x) is part of what a line's rest gives: the same
     * rest at another level is remembered apart, so that an info line never takes the error row
     * its words are, nor an error line the info line's nothing, whichever came first.
     */
    @ParameterizedTest
    @ValueSource(strings = {"kmsg", "dmesg-x"})
    void theSameRestAtAnotherLevelReadsAtItsOwnLevel(String format) {
        String[] texts = {"mt8188-audio 10b10000.mt8188-afe-pcm: freq 49152000 > apll rate 45158400",
            "fsl-sai 30010000.sai: failed to derive required Tx rate: 48000", "wlan0: associated",
            "imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2"};
        String[] names = {"emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"};
        Random random = new Random(23);
        List<byte[]> lines = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int level = new int[] {3, 4, 6, 7}[random.nextInt(4)];
            String text = texts[random.nextInt(texts.length)];
            String line = format.equals("kmsg") ? String.format("%d,%d,%d,-;%s", level, i, 10_000_000L + i * 1000L, text)
                    : String.format("kern  :%-6s: [%5d.%06d] %s", names[level], 10 + i / 1000, i % 1000 * 1000, text);
            lines.add(line.getBytes(StandardCharsets.US_ASCII));
        }
        LogFormat wrapper = FormatRegistry.byName(format).orElseThrow();
        sameFromBytesAndText(lines, wrapper.forInput(0), wrapper.forInput(0), false);
    }

    /**
     * journalctl -o json lines counted from their bytes give what their text gives: the boot of
     * each entry, its monotonic time or the other clock, and every line the text path must read
     * (escapes, non-ASCII text, a MESSAGE of bytes, an inner stamp or level, no time, an audio
     * driver's line, an object cut short) left to it.
     */
    @Test
    void journalJsonLinesCountedFromTheirBytesGiveWhatTheirTextGives() {
        Random random = new Random(29);
        List<byte[]> lines = new ArrayList<>();
        int n = 0;
        for (byte[] body : tricky(random, 3000)) {
            String text = new String(body, StandardCharsets.UTF_8).replaceFirst("^\\[[^]]*\\] ", "");
            String message = switch (random.nextInt(12)) {
                case 0 -> "\"" + text.replace("\"", "\\\"") + " \\u00e9t\u00e9\"";
                case 1 -> "[104, 105]";
                case 2 -> "\"[  12.000001] " + text + "\"";
                case 3 -> "\"<3>" + text + "\"";
                case 4 -> "\"  fsl-sai 30010000.sai: TX FIFO error\"";
                case 5 -> "\"caf\u00e9 " + text + "\"";
                default -> "\"" + text.replace("\\", "/").replace("\"", "'") + "\"";
            };
            n++;
            String clock = switch (random.nextInt(6)) {
                case 0 -> "";
                case 1 -> ", \"__MONOTONIC_TIMESTAMP\": \"" + n * 1000 + "\"";
                default -> ", \"_SOURCE_MONOTONIC_TIMESTAMP\": \"" + n * 1000 + "\"";
            };
            String line = "{\"__REALTIME_TIMESTAMP\": \"1764000000000000\", \"_BOOT_ID\": \"b" + n / 700
                    + "\", \"PRIORITY\": \"" + random.nextInt(8) + "\"" + clock + ", \"MESSAGE\": " + message + "}";
            lines.add((random.nextInt(50) == 0 ? line.substring(0, line.length() / 2) : line).getBytes(StandardCharsets.UTF_8));
        }
        LogFormat json = FormatRegistry.byName("journal-json").orElseThrow();
        sameFromBytesAndText(lines, json, json, false);
    }

    /**
     * A journal entry's MESSAGE is its rest ({@link LogFormat#clockAndRest}): an entry of the boot
     * handed on last is split, so that the memos answer for a MESSAGE seen before (with other
     * numbers too), and that gives what the text gives, with fields after MESSAGE or before it,
     * levels, hosts and boots that change, and messages with a stamp or level of their own. An
     * entry of another boot is framed whole, which hands its id on.
     */
    @Test
    void aJournalEntrysMessageIsItsRest() {
        Random random = new Random(31);
        String[] messages = {"fsl-sai 30010000.sai: TX FIFO error", "usb 1-1: new high-speed USB device number %d using ci_hdrc",
            "imx-sdma 20ec000.sdma: txd 0x%x: freeing", "[  12.000001] stamped %d", "<3>leveled %d", "random: crng init %d",
            "  fsl-sai 30010000.sai: TX FIFO error", "snd_pcm_capture: XRUN %d", "sgtl5000 0-000a: ASoC: error %d"};
        List<byte[]> lines = new ArrayList<>();
        for (int n = 1; n <= 3000; n++) {
            String host = random.nextInt(10) == 0 ? "b" : "a";
            lines.add(entry(host + n / 1000, host, random.nextInt(8), n * 1000L,
                    String.format(Locale.ROOT, messages[random.nextInt(messages.length)], random.nextInt(40)),
                    random.nextBoolean()).getBytes(StandardCharsets.UTF_8));
        }
        LogFormat json = FormatRegistry.byName("journal-json").orElseThrow();
        for (boolean forwardUnknown : new boolean[] {false, true}) {
            sameFromBytesAndText(lines, json.forInput(0), json.forInput(0), forwardUnknown);
        }
        LogFormat reading = json.forInput(0);
        byte[] first = entry("b0", "a", 6, 1000, "first", true).getBytes(StandardCharsets.UTF_8);
        new RecordTyper(new MessageParser(), false, new Recorder()).frame(reading, first, 0, first.length, 1);
        int[] split = new int[3];
        byte[] same = entry("b0", "a", 3, 2000, "usb 1-1: device 7", true).getBytes(StandardCharsets.UTF_8);
        split[2] = same.length;
        assertEquals(2000, reading.clockAndRest(same, 0, same.length, split));
        assertEquals("usb 1-1: device 7", new String(same, split[0], split[2] - split[0], StandardCharsets.UTF_8));
        assertEquals(3, split[1]);
        byte[] other = entry("b1", "a", 3, 3000, "usb 1-1: device 7", true).getBytes(StandardCharsets.UTF_8);
        assertEquals(LogFormat.NOT_SPLIT, reading.clockAndRest(other, 0, other.length, split), "another boot");
    }

    private static String entry(String boot, String host, int priority, long micros, String message, boolean messageFirst) {
        String fields = "\"_BOOT_ID\": \"" + boot + "\", \"_HOSTNAME\": \"" + host + "\", \"PRIORITY\": \"" + priority
                + "\", \"_SOURCE_MONOTONIC_TIMESTAMP\": \"" + micros + "\"";
        String text = "\"MESSAGE\": \"" + message + "\"";
        return "{" + (messageFirst ? text + ", " + fields : fields + ", " + text) + "}";
    }

    /**
     * dmesg -T and -x -T read a line that starts with the prefix read before it without their
     * pattern: what that gives must be what the pattern gives, for lines of one second and of
     * the next, in English and in German, with a level that changes, and with a text that opens
     * with a bracket of its own.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dmesg-T", "dmesg-x-T"})
    void aPrefixReadBeforeGivesWhatThePatternGives(String format) {
        Random random = new Random(37);
        String[] days = {"Tue Nov 24", "Di Dez  1", "Wed Nov 25", "Tue Nov  4"};
        String[] levels = {"kern  :err   : ", "kern  :info  : ", "user  :warn  : "};
        List<byte[]> lines = new ArrayList<>();
        int second = 0;
        for (byte[] body : tricky(random, 3000)) {
            second += random.nextInt(4) == 0 ? 1 : 0;
            String text = new String(body, StandardCharsets.UTF_8).replaceFirst("^\\[[^]]*\\] ", "");
            if (random.nextInt(10) == 0) {
                text = "[Wed Nov 25 11:00:00 2026] " + text; // a bracket of its own after the prefix
            }
            String stamp = String.format("[%s %02d:%02d:%02d 2026] ", days[second / 500 % days.length],
                    10 + second / 3600, second / 60 % 60, second % 60);
            String prefix = format.equals("dmesg-x-T") ? levels[random.nextInt(levels.length)] + stamp : stamp;
            lines.add((prefix + text).getBytes(StandardCharsets.UTF_8));
        }
        LogFormat wrapper = FormatRegistry.byName(format).orElseThrow();
        sameFromBytesAndText(lines, wrapper.forInput(0), wrapper.forInput(0), false);
    }

    private static void sameFromBytesAndText(List<byte[]> lines, LogFormat forText, LogFormat forBytes,
                                             boolean forwardUnknown) {
        Recorder fromText = new Recorder();
        Recorder fromBytes = new Recorder();
        RecordTyper text = new RecordTyper(new MessageParser(), forwardUnknown, fromText);
        RecordTyper bytes = new RecordTyper(new MessageParser(), forwardUnknown, fromBytes);
        // twice, the second time with other clocks: then most rests are answered by the memo
        for (int pass = 0; pass < 2; pass++) {
            long n = 0;
            for (byte[] raw : lines) {
                byte[] line = pass == 0 ? raw : restamped(raw, n);
                n++;
                text.frame(forText, LineReader.decode(line, 0, line.length), n);
                bytes.frame(forBytes, line, 0, line.length, n);
            }
        }
        assertEquals(fromText.got.size(), fromBytes.got.size());
        for (int i = 0; i < fromText.got.size(); i++) {
            assertEquals(fromText.got.get(i), fromBytes.got.get(i), "record " + i);
        }
        assertTrue(fromText.got.stream().anyMatch(s -> s.startsWith("typed")), "some lines are ours");
        assertTrue(fromText.got.stream().anyMatch(s -> s.startsWith(forwardUnknown ? "typed" : "skipped")));
    }

    /**
     * Journalctl in a language whose month is not ASCII ("févr.", "дек.", "Δεκ"): such a line is
     * split from its bytes like an English one (its rest answered by the memo, or skimmed, with
     * no text made), and gives what its text gives; a month that is no UTF-8 or holds a control
     * character is left to the text path.
     */
    @Test
    void aMonthInAnotherScriptIsReadFromTheLinesBytes() {
        String[] months = {"f\u00e9vr.", "\u0434\u0435\u043a.", "\u0394\u03b5\u03ba", "d\u00e9c.", "M\u00e4r", "ao\u00fbt",
            "\u043b\u044e\u0442.", "Dez", "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"};
        Random random = new Random(43);
        List<byte[]> lines = new ArrayList<>();
        for (byte[] body : tricky(random, 2000).subList(100, 2000)) {
            String month = months[random.nextInt(months.length)];
            byte[] line = prefixed(month + " 0" + (1 + random.nextInt(9)) + " 10:00:0" + random.nextInt(10) + ".201598 board kernel: ",
                    body);
            lines.add(line);
            if (random.nextInt(3) == 0) { // the same rest again: the memo answers
                lines.add(line);
            }
        }
        LogFormat input = FormatRegistry.byName("syslog-language").orElseThrow();
        for (boolean forwardUnknown : new boolean[] {false, true}) {
            sameFromBytesAndText(lines, input.forInput(0), input.forInput(0), forwardUnknown);
        }
        LogFormat reading = input.forInput(2026);
        byte[] first = "Dez 05 10:00:00 board kernel: [    1.000000] first".getBytes(StandardCharsets.UTF_8);
        new RecordTyper(new MessageParser(), false, new Recorder()).frame(reading, first, 0, first.length, 1);
        int[] split = new int[2];
        for (String month : List.of("f\u00e9vr.", "\u0434\u0435\u043a.", "\u0394\u03b5\u03ba")) {
            byte[] line = (month + " 05 10:00:01 board kernel: [    2.000000] usb 1-1: new device")
                    .getBytes(StandardCharsets.UTF_8);
            assertTrue(reading.clockAndRest(line, 0, line.length, split) != LogFormat.NOT_SPLIT, month);
        }
        for (String month : List.of("f\u00e9\u0001vr.", "\ud83d\ude00")) {
            byte[] line = (month + " 05 10:00:01 board kernel: [    2.000000] usb 1-1: new device")
                    .getBytes(StandardCharsets.UTF_8);
            assertEquals(LogFormat.NOT_SPLIT, reading.clockAndRest(line, 0, line.length, split), month);
        }
        byte[] latin1 = "f\u00e9vr. 05 10:00:01 board kernel: [    2.000000] usb 1-1: x".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(LogFormat.NOT_SPLIT, reading.clockAndRest(latin1, 0, latin1.length, split), "not UTF-8");
    }

    /**
     * Logs of several tools appended into one file: lines behind another format's prefix (with
     * its level, a kernel stamp after it or none), lines of no format's, quoted and non-ASCII
     * ones, in inputs of each kind, framed from their bytes (and answered by the memo of rests
     * under their level) give what their text gives.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dmesg", "dmesg-iso", "syslog", "logcat", "kmsg", "dmesg-x", "syslog-iso"})
    void linesOfAnotherFormatGiveFromTheirBytesWhatTheirTextGives(String format) {
        String[] prefixes = {"", "", "11-24 10:08:55.201     0     0 W ", "11-24 10:08:55.201     0     0 I ",
            "6,1012,535201598,-;", "3,1013,535201599,-;", "Nov 24 10:00:00 board kernel: ",
            "Nov 24 10:00:00 board kernel: [  535.201922] ", "kern  :err   : ", "kern  :info  : ",
            "2026-11-24T10:00:00,000000+00:00 ", "2026-11-24T10:00:00.201598+00:00 board kernel: ",
            "> ", "Nov 24 10:00:00 h\u00f6st kernel: ", "[  535.201598] ", "aplay: "};
        Random random = new Random(41);
        List<byte[]> lines = new ArrayList<>();
        for (byte[] body : tricky(random, 3000).subList(100, 3000)) {
            String prefix = prefixes[random.nextInt(prefixes.length)];
            byte[] line = prefixed(prefix, body);
            lines.add(line);
            if (random.nextInt(3) == 0) { // the same rest again: the memo answers
                lines.add(line);
            }
        }
        LogFormat input = FormatRegistry.byName(format).orElseThrow();
        for (boolean forwardUnknown : new boolean[] {false, true}) {
            sameFromBytesAndText(lines, input.forInput(0), input.forInput(0), forwardUnknown);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void blocksReadOnWorkerThreadsGiveWhatOneThreadGives(boolean forwardUnknown) throws IOException {
        byte[] input = join(tricky(new Random(11), 40_000), false);
        assertTrue(input.length > 40 * 512, "long enough to be read in blocks");
        Read one = read(input, 0, forwardUnknown, Integer.MAX_VALUE);
        Read blocks = read(input, 512, forwardUnknown, Integer.MAX_VALUE);
        assertEquals(one.summary, blocks.summary);
        assertEquals(one.events, blocks.events);
        assertTrue(one.full.truncated() > 0 && one.full.boots() > 1 && one.full.parsed() > 100,
                "the input has cut lines, reboots and messages of ours: " + one.summary);
    }

    /**
     * A syslog whose year-less clock passes New Year's Eve in a later block: its blocks are
     * framed on workers with copies of the clock, and the blocks framed before the copies could
     * know of the new year are framed again; the result is what one thread gives.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void syslogBlocksAcrossNewYearGiveWhatOneThreadGives(boolean forwardUnknown) throws IOException {
        Random random = new Random(19);
        List<byte[]> lines = new ArrayList<>();
        int second = 0;
        List<byte[]> bodies = tricky(random, 30_000);
        for (int i = 0; i < bodies.size(); i++) {
            second += random.nextInt(2);
            boolean newYear = i > bodies.size() * 2 / 3;
            String prefix = String.format("%s %2d %02d:%02d:%02d board kernel: ", newYear ? "Jan" : "Dec",
                    newYear ? 1 : 31, newYear ? second / 3600 % 24 : 23, second / 60 % 60, second % 60);
            lines.add(prefixed(prefix, bodies.get(i)));
        }
        assertBlocksReadAsOneThread(join(lines, true), forwardUnknown, "syslog");
    }

    /**
     * A central log server's file: lines of several hosts, the later ones met only in later
     * blocks, read on worker threads, name the same hosts in the same order as one thread does.
     */
    @Test
    void theHostsOfLinesReadInBlocksAreThoseOneThreadReads() throws IOException {
        Random random = new Random(29);
        List<byte[]> lines = new ArrayList<>();
        List<byte[]> bodies = tricky(random, 30_000);
        for (int i = 0; i < bodies.size(); i++) {
            String host = i < bodies.size() / 2 ? "board" : i % 3 == 0 ? "board-b" : i % 3 == 1 ? "board-c"
                    : "board-d kern.info";
            lines.add(prefixed(String.format("Dec 31 23:%02d:%02d %s kernel: ", i / 60 % 60, i % 60, host), bodies.get(i)));
        }
        byte[] input = join(lines, true);
        assertBlocksReadAsOneThread(input, false, "syslog");
        Read blocks = read(input, 512, false, Integer.MAX_VALUE);
        assertEquals(List.of("hosts: the kernels of 4 hosts (board, board-b, board-c, board-d) print in this log, each"
                + " analysed on its own (the lines its prefix names)"),
                blocks.full.notes().stream().filter(n -> n.startsWith("hosts:")).toList());
        // each host is told before its events, at each change; each host's boots are its own
        List<String> told = blocks.events.stream().filter(e -> e.startsWith("host ")).distinct().toList();
        assertEquals(List.of("host board", "host board-b", "host board-c", "host board-d"), told);
        assertEquals("host board", blocks.events.get(0));
    }

    /**
     * Two boards' reboots in one file: each host's boots are its own, numbered for the input in
     * the order they start; a board's lines after another's reboot stay in its boot.
     */
    @Test
    void eachHostsRebootsAreItsOwn() {
        String[] lines = {
            "Nov 24 10:00:00 a kernel: [    0.000000] Booting Linux on physical CPU 0x0",
            "Nov 24 10:00:00 a kernel: [    1.000000] imx-sdma 20ec000.sdma: loaded firmware 3.5",
            "Nov 24 10:00:01 b kernel: [    0.000000] Booting Linux on physical CPU 0x0",
            "Nov 24 10:00:01 b kernel: [    1.000000] imx-sdma 20ec000.sdma: loaded firmware 3.5",
            "Nov 24 10:00:02 a kernel: [    2.000000] imx-sdma 20ec000.sdma: loaded firmware 3.5",
            "Nov 24 10:00:03 b kernel: [    0.000000] Booting Linux on physical CPU 0x0",
            "Nov 24 10:00:03 b kernel: [    1.000000] imx-sdma 20ec000.sdma: loaded firmware 3.5",
            "Nov 24 10:00:04 a kernel: [    3.000000] imx-sdma 20ec000.sdma: loaded firmware 3.5",
        };
        Read r = read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), 0, false, Integer.MAX_VALUE);
        assertEquals(3, r.full.boots(), r.summary);
        List<String> hostAndBoot = new ArrayList<>();
        String host = "";
        for (String e : r.events) {
            if (e.startsWith("host ")) {
                host = e.substring(5);
            } else {
                hostAndBoot.add(host + " " + e.substring(e.indexOf("boot=") + 5, e.indexOf(',', e.indexOf("boot="))));
            }
        }
        assertEquals(List.of("a 0", "a 0", "b 1", "b 1", "a 0", "b 2", "b 2", "a 0"), hostAndBoot);
    }

    /** A machine whose name is set after its first lines ("localhost" until then) is one host. */
    @Test
    void aMachineNamedLateIsOneHost() {
        String[] lines = {
            "Nov 24 10:00:00 localhost kernel: [    0.000000] Booting Linux on physical CPU 0x0",
            "Nov 24 10:00:00 localhost kernel: [    1.000000] imx-sdma 20ec000.sdma: loaded firmware 3.5",
            "Nov 24 10:00:05 board-a kernel: [    5.000000] imx-sdma 20ec000.sdma: loaded firmware 3.5",
            "Nov 24 10:00:06 (none) kernel: [    6.000000] imx-sdma 20ec000.sdma: loaded firmware 3.5",
        };
        Read r = read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), 0, false, Integer.MAX_VALUE);
        assertEquals(1, r.full.boots(), r.summary);
        assertEquals(List.of("host board-a"), r.events.stream().filter(e -> e.startsWith("host ")).toList());
        assertEquals(List.of(), r.full.notes(), "one host: no note");
    }

    /** A server's file of more hosts than are analysed apart: the later ones together, under one name. */
    @Test
    void hostsPastTheBoundAreAnalysedTogether() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < LogReader.MAX_HOSTS_APART + 6; i++) {
            log.append(String.format(Locale.ROOT, "Nov 24 10:00:%02d board%d kernel: [    1.000000] imx-sdma 20ec000.sdma:"
                    + " loaded firmware 3.5%n", i % 60, i));
        }
        Read r = read(log.toString().getBytes(StandardCharsets.UTF_8), 0, false, Integer.MAX_VALUE);
        List<String> told = r.events.stream().filter(e -> e.startsWith("host ")).toList();
        assertEquals(LogReader.MAX_HOSTS_APART + 1, told.size(), "told at each change: the last six are one");
        assertEquals(LogReader.MAX_HOSTS_APART + 1, told.stream().distinct().count());
        assertEquals("host " + LogReader.OTHER_HOSTS, told.get(told.size() - 1));
        assertEquals(LogReader.MAX_HOSTS_APART + 1, r.full.boots(), r.summary);
    }

    /** The input read on one thread and in blocks of 512 bytes gives the same summary and events. */
    private static void assertBlocksReadAsOneThread(byte[] input, boolean forwardUnknown, String format) {
        Read one = read(input, 0, forwardUnknown, Integer.MAX_VALUE);
        Read blocks = read(input, 512, forwardUnknown, Integer.MAX_VALUE);
        assertTrue(one.summary.contains(format), one.summary);
        assertEquals(one.summary, blocks.summary);
        assertEquals(one.events, blocks.events);
    }

    @Test
    void aReadErrorEndsTheInputAfterTheSameLineEitherWay() throws IOException {
        byte[] input = join(tricky(new Random(13), 20_000), true);
        int failAt = input.length * 2 / 3;
        Read one = read(input, 0, false, failAt);
        Read blocks = read(input, 512, false, failAt);
        assertEquals(one.summary, blocks.summary);
        assertEquals(one.events, blocks.events);
        assertTrue(one.full.errors().get(0).contains("truncated or corrupt input after line"), one.summary);
    }

    /** journalctl -o json in blocks: boots that change, messages given as byte arrays, a line that is no JSON. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void journalJsonInBlocksGivesWhatOneThreadGives(boolean forwardUnknown) throws IOException {
        Random random = new Random(23);
        List<byte[]> lines = new ArrayList<>();
        List<byte[]> bodies = tricky(random, 6_000);
        for (int i = 0; i < bodies.size(); i++) {
            String text = new String(bodies.get(i), StandardCharsets.UTF_8);
            String message = i % 97 == 0 ? byteArray(text) : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"")
                    .replaceAll("[\\x00-\\x1f]", " ") + "\"";
            // a journal merged from three machines in its second half, each with its boot ids
            String host = i < 3_000 ? "" : "\"_HOSTNAME\":\"m" + i % 3 + "\",";
            String line = i == 3_001 ? "not json at all" : String.format(Locale.ROOT,
                    "{%s\"_BOOT_ID\":\"boot%d\",\"PRIORITY\":\"%d\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"%d\",\"MESSAGE\":%s}",
                    host, i / 2_000 + (i < 3_000 ? 0 : 10 * (i % 3)), i % 8, 1_000_000L + i * 1_000L, message);
            lines.add(line.getBytes(StandardCharsets.UTF_8));
        }
        assertBlocksReadAsOneThread(join(lines, true), forwardUnknown, "journal-json");
        Read r = read(join(lines, true), 512, forwardUnknown, Integer.MAX_VALUE);
        assertEquals(List.of("host m0", "host m1", "host m2"),
                r.events.stream().filter(e -> e.startsWith("host ")).distinct().sorted().toList());
    }

    private static String byteArray(String text) {
        StringBuilder b = new StringBuilder("[");
        for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
            b.append(b.length() > 1 ? "," : "").append(x & 0xff);
        }
        return b.append(']').toString();
    }

    /**
     * A log whose head shows a line a terminal cut: the joiner reads the lines a tail may follow,
     * and the others are framed from their bytes. Cut lines (once and twice), prompts, a program's
     * output, other programs' syslog lines, lines of another format and every tricky line between
     * them give what reading every line as text gives, on one thread and with blocks asked for;
     * in plain dmesg and in syslog, whose prefix is read from the bytes too.
     */
    @ParameterizedTest
    @CsvSource({"false,false", "true,false", "false,true"})
    void cutLinesJoinedAmongLinesFramedFromBytesGiveWhatTheTextGives(boolean forwardUnknown, boolean syslog) {
        Random random = new Random(29);
        List<byte[]> lines = new ArrayList<>();
        String prefix = syslog ? "Dec  3 10:06:02 board kernel: " : "";
        lines.add(ascii(prefix + "[    1.000000] imx-sgtl5000 sound: capture write error (DMA or IRQ trou"));
        lines.add(ascii("ble?)"));
        for (byte[] tricky : tricky(random, 30_000)) {
            byte[] line = syslog && random.nextInt(10) > 0 ? prefixed(prefix, tricky) : tricky;
            switch (random.nextInt(16)) {
                case 0, 1 -> {
                    int cut = 1 + random.nextInt(line.length + 1);
                    lines.add(Arrays.copyOf(line, Math.min(cut, line.length)));
                    line = Arrays.copyOfRange(line, Math.min(cut, line.length), line.length);
                }
                case 2 -> lines.add(ascii("root@imx6:~# arecord -D hw:0 -f S16_LE x.wav"));
                case 3 -> lines.add(ascii("Dec  3 10:06:02 laptop pulseaudio[1300]: E: alsa-sink.c: ALSA woke us up"));
                case 4 -> lines.add(ascii("arecord: pcm_read:2221: read error: Input/output error"));
                case 5 -> lines.add(ascii("kern  :info  : [ 7416.943603] Booting Linux on physical CPU 0x0"));
                case 6 -> lines.add(ascii("2026-12-03T10:06:02 laptop kernel: usb 1-1: USB disconnect, device number 3"));
                case 7 -> lines.add(ascii("11-24 10:00:00.201     0     0 I imx-sgtl5000 sound: XRUN: pcmC0D0c:0"));
                case 8 -> lines.add(prefixed("> ", line));
                case 9 -> lines.add(ascii("[Tue Nov 24 10:00:00 2026] imx-sdma 20ec000.sdma: txd 19499aa8: freeing"));
                default -> {
                }
            }
            lines.add(line);
        }
        byte[] input = join(lines, true);
        Read text = read(new LogReader(new LogReader.Options(300, Optional.empty())).readingText(), input,
                forwardUnknown, Integer.MAX_VALUE);
        assertTrue(text.full.joined() > 1000 && text.full.parsed() > 1000, text.summary);
        assertTrue(text.summary.contains(syslog ? "syslog" : "dmesg"), text.summary);
        for (int blockBytes : new int[] {0, 512}) {
            Read bytes = read(input, blockBytes, forwardUnknown, Integer.MAX_VALUE);
            assertEquals(text.summary, bytes.summary);
            assertEquals(text.events, bytes.events);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void everySampleReadsAlikeOnOneThreadAndInSmallBlocks() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".log")
                    || p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json")).sorted().toList();
        }
        assertTrue(files.size() > 20);
        for (Path file : files) {
            byte[] input = Files.readAllBytes(file);
            Read one = read(input, 0, false, Integer.MAX_VALUE);
            Read blocks = read(input, 64, false, Integer.MAX_VALUE);
            assertEquals(one.summary, blocks.summary, file.toString());
            assertEquals(one.events, blocks.events, file.toString());
        }
    }

    /** A read, its summary as text (the clock's style has no equals: its class is compared). */
    private record Read(String summary, List<String> events, InputSummary full) {
        Read(InputSummary summary, List<String> events) {
            this(summary.toString().replaceAll("@[0-9a-f]+", ""), events, summary);
        }
    }

    private static Read read(byte[] input, int blockBytes, boolean forwardUnknown, int failAt) {
        return read(new LogReader(new LogReader.Options(300, Optional.empty()).withBlockBytes(blockBytes)), input,
                forwardUnknown, failAt);
    }

    private static Read read(LogReader reader, byte[] input, boolean forwardUnknown, int failAt) {
        List<String> events = new ArrayList<>();
        InputSummary summary = reader.read("in", "", failingAt(input, failAt), new EventSink() {
            @Override
            public void accept(Event e) {
                events.add(e.record() + " " + e.message());
            }

            @Override
            public boolean wantsUnknown() {
                return forwardUnknown;
            }

            @Override
            public void host(String name) {
                events.add("host " + name);
            }
        });
        return new Read(summary, events);
    }

    /** The input, failing with a read error once {@code failAt} bytes have been read. */
    private static InputStream failingAt(byte[] input, int failAt) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(input);
        return new InputStream() {
            private int pos;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (pos >= failAt) {
                    throw new IOException("unexpected end of ZLIB input stream");
                }
                int n = bytes.read(b, off, Math.min(len, failAt - pos));
                pos += Math.max(n, 0);
                return n;
            }
        };
    }

    /** A line's body behind a wrapper's prefix. */
    private static byte[] prefixed(String prefix, byte[] body) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] joined = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, joined, head.length, body.length);
        return joined;
    }

    private static byte[] join(List<byte[]> lines, boolean lastNewline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            out.writeBytes(lines.get(i));
            if (i + 1 < lines.size() || lastNewline) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    /**
     * Lines of every kind the readers treat apart: plain and repeated records, ours and not,
     * "&lt;6&gt;" levels, records flattened onto a line or glued to a program's text, lead-ins, no
     * stamp, CRLF and colour escapes,
     * invalid UTF-8 and other scripts, empty lines, lines over the length limit (300) and over a
     * block (512), and clocks that restart (a reboot). The first hundred are plain.
     */
    private static List<byte[]> tricky(Random random, int count) {
        String[] bodies = {"imx-sgtl5000 sound: snd_pcm_period_elapsed()", "imx-sdma 20ec000.sdma: sdma_tx_status channel: 2",
            "wlan0: associated", "imx-sdma 20ec000.sdma: vchan 5e7e2c7a: txd %x[3]: submitted",
            "imx-sdma 20ec000.sdma: txd %x: freeing", "imx-sgtl5000 sound: XRUN: pcmC0D0c:0",
            "imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2", "systemd-journald[%d]: Received SIGTERM",
            "usb 1-1: new high-speed USB device number %d using ci_hdrc", "CPU%d: shutdown",
            "imx-sgtl5000 sound: capture write error (DMA or IRQ trouble?)", "Booting Linux on physical CPU 0x0",
            // lines that differ only in their numbers, which a reader may answer by their shape:
            // a row whose literal text holds a number, audio drivers whose names end in one
            "stm32-dma3 40400000.dma-controller: Only one master port, port %n is not supported",
            "dmatest: too many buffers (%d of 25%n supported)", "usb 1-1: 1:2 : format type %n is detected, processed as PCM",
            "audmix-%n sound: jack status %d", "random: crng reseeded %d times", "eth0: rx_packets=%d tx=%d",
            "thermal thermal_zone%n: temperature %d above trip point", "vchan %x%x: cookie %d",
            // keywords that make nothing of a line whatever its numbers, and some that do
            "kauditd_printk_skb: %d callbacks suppressed", "snd_pcm_update_hw_ptr%n: %d callbacks suppressed",
            "usb %n-1: USB disconnect, device number %d", "%p sound: kauditd_printk_skb: %d callbacks suppressed",
            "snd_pcm_capture_avail: hw_ptr: %B, appl_ptr: 0, avail: 1, boundary: 1073741824",
            "sdma\tchannel %d usb", "snd_soc_core:soc_pcm_open:%d: %q sound: kauditd_printk_skb: %d callbacks suppressed",
            "wlan0: Limiting TX power to %d dBm as advertised by %q:%q:%q", "usb %n-1: new device %q:%q txd %q"};
        List<byte[]> lines = new ArrayList<>();
        long micros = 5_000_000;
        for (int i = 0; i < count; i++) {
            micros += random.nextInt(3000);
            if (random.nextInt(3000) == 0) {
                micros = random.nextInt(1000); // the board restarted
            }
            String body = bodies[random.nextInt(bodies.length)].replace("%x", Integer.toHexString(random.nextInt(1 << 20) + 16))
                    .replace("%d", Integer.toString(random.nextInt(5000))).replace("%n", Integer.toString(random.nextInt(4)))
                    .replace("%B", random.nextBoolean() ? "960" : "99999999999999999999999")
                    .replace("%q", random.nextBoolean() ? "a" + random.nextInt(10) : random.nextInt(10) + "e")
                    .replace("%p", String.format("%08x", random.nextInt(1 << 30) * 4L + 0x10000000L * random.nextInt(16)));
            String stamp = String.format("[%5d.%06d] ", micros / 1_000_000, micros % 1_000_000);
            // the first lines plain: a head of odd lines reads as a paste, and pastes are read as text
            String line = switch (i < 100 ? 99 : random.nextInt(40)) {
                case 0 -> "<6>" + stamp + body;
                case 1 -> stamp + body + " " + stamp + bodies[1];
                case 2 -> "Failure log: " + stamp + body;
                case 3 -> body;
                case 4 -> stamp + body + "\r";
                case 5 -> "\u001b[32m" + stamp + "\u001b[0m" + body;
                case 6 -> stamp + "chan\u001b[0mnel " + body;
                case 7 -> stamp + body + " \u00e9t\u00e9 \u4e2d";
                case 8 -> "";
                case 9 -> stamp + body + " " + "x".repeat(200 + random.nextInt(900));
                case 10 -> "  " + stamp + body;
                case 11 -> stamp + "(" + body + ") [" + random.nextInt(9) + "]";
                // a console's: the kernel's record written into a program's unfinished line, or a looser bracket
                case 12 -> "underrun!!! (at least 0.0" + stamp + body;
                case 13 -> stamp + body + stamp.substring(0, stamp.length() - 3) + "] x";
                case 14 -> body + " " + body; // dmesg -t's records joined onto one line
                case 15 -> "kernel: " + body; // a journal's line, its date and host cut off
                default -> stamp + body;
            };
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(60) == 0 && b.length > 20) {
                b[15] = (byte) 0xC3; // a lead byte without its continuation: invalid UTF-8
            }
            lines.add(b);
        }
        return lines;
    }

    /** The line with its first stamp (if it starts with one) changed to another clock. */
    private static byte[] restamped(byte[] line, long n) {
        String s = new String(line, StandardCharsets.ISO_8859_1);
        if (!s.startsWith("[")) {
            return line;
        }
        int close = s.indexOf(']');
        return (String.format("[%d.%06d", 900 + n, n % 1_000_000) + s.substring(close)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<byte[]> sampleLines() throws IOException {
        List<byte[]> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                for (String l : Files.readAllLines(p, StandardCharsets.ISO_8859_1)) {
                    lines.add(l.getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        }
        return lines;
    }
}
