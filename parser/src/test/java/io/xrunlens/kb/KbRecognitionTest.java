package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.parser.EventSink;
import io.xrunlens.parser.LogReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every row of the built-in knowledge base, printed as the kernel prints it (a dmesg stamp, the
 * macro's prefix, the format with made-up values), read back through the whole reader: the line
 * must be recognised as that row, or as a row at least as specific (two drivers printing the same
 * text). The rows no line can be taken for are counted by reason and must stay few.
 */
class KbRecognitionTest {
    /**
     * What a dev_printk line carries before the text: any driver and device of the row's tree
     * will do (a row of common words is read from an unknown driver whose name is of its tree).
     */
    private static final String DEVICE = "snd-test-dai 30010000.sai: ";
    private static final String DMA_DEVICE = "test-xdmac 30020000.dma: ";

    private static String deviceOf(KbRow row) {
        return SoundDrivers.tree(row.file()).equals("drivers/dma") ? DMA_DEVICE : DEVICE;
    }

    @Test
    void everyRowIsRecognisedFromItsOwnLine() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        List<KbRow> rows = kb.rows();
        StringBuilder log = new StringBuilder();
        List<KbRow> printed = new ArrayList<>();
        Map<String, Integer> notIndexed = new TreeMap<>();
        for (KbRow r : rows) {
            KnowledgeBase.Recognition own = kb.recognise(r.id());
            if (!own.recognised() && (own.reason().startsWith("too little") || own.reason().startsWith("no literal"))) {
                notIndexed.merge(own.reason().startsWith("too little") ? "too little literal text"
                        : "no word pair or rare word", 1, Integer::sum);
                continue;
            }
            String text = kb.sample(r.id()).orElseThrow();
            if (text.contains("\n") || text.contains("\r")) {
                notIndexed.merge("sample spans lines", 1, Integer::sum);
                continue;
            }
            String prefix = r.prefix() == Prefix.DEVICE || r.prefix() == Prefix.DEV_ERR_PROBE ? deviceOf(r) : "";
            print(log, printed, r, prefix + text);
        }
        ReadBack back = readBack(kb, log, printed);
        int recognised = back.recognised();
        int total = rows.size();
        double share = 100.0 * recognised / total;
        System.out.printf("knowledge base: %d rows, %d recognised (%.2f%%); not indexed %s; missed %s%n", total,
                recognised, share, notIndexed, back.missed());
        back.examples().forEach(x -> System.out.println("  " + x));
        assertTrue(recognised >= 0.99 * printed.size(), "recognised " + recognised + " of " + printed.size()
                + " printable rows: " + back);
        // 24 are known (formats that start like a device prefix, made-up negative counts); rows filed
        // under an anchor the filter cannot see (a word of digits) showed here as 110 more; rows whose
        // text another tree's row prints too, read as neither, as 32 more
        assertTrue(back.missed().getOrDefault("unknown", 0) <= 30, "unknown: " + back);
        assertTrue(share >= 95.0, "recognised " + share + "% of all rows; not indexed " + notIndexed);
    }

    /**
     * The rows no anchor files (common words only), printed under the name of a driver of their
     * own sources (or, for a shared source such as SOF's debug.c, of a driver in a folder below
     * it): recognised from the driver's name. Rows of too few letters are left out, as matching
     * leaves them out.
     */
    @Test
    void rowsNoAnchorFilesAreKnownUnderTheirDriversNames() throws Exception {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        Map<String, String> driverOfFile = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(KnowledgeBase.class.getResourceAsStream(
                "/io/xrunlens/kb/" + SoundDrivers.FILE), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.startsWith("#") && l.contains("\t"))
                    .forEach(l -> driverOfFile.putIfAbsent(l.split("\t")[1], l.split("\t")[0]));
        }
        StringBuilder log = new StringBuilder();
        List<KbRow> printed = new ArrayList<>();
        for (KbRow r : kb.rows()) {
            KnowledgeBase.Recognition own = kb.recognise(r.id());
            boolean unanchored = !own.recognised() && (own.reason().startsWith("too little")
                    || own.reason().startsWith("no literal"));
            if (!unanchored || r.prefix() != Prefix.DEVICE && r.prefix() != Prefix.DEV_ERR_PROBE
                    || KernelFormat.parse(r.format()).literalLetters() < 6) {
                continue;
            }
            String folder = r.file().substring(0, r.file().lastIndexOf('/'));
            Optional<String> driver = Optional.ofNullable(driverOfFile.get(r.file())).or(() -> driverOfFile.entrySet()
                    .stream().filter(d -> d.getKey().startsWith(folder + "/")).map(Map.Entry::getValue).findFirst());
            String text = kb.sample(r.id()).orElseThrow();
            if (driver.isEmpty() || text.contains("\n") || text.contains("\r")) {
                continue;
            }
            print(log, printed, r, driver.get() + " 30010000.dev: " + text);
        }
        ReadBack back = readBack(kb, log, printed);
        System.out.printf("rows no anchor files, under their drivers' names: %d printed, %d recognised %s%n",
                printed.size(), back.recognised(), back.missed());
        assertTrue(printed.size() > 200, "printed " + printed.size());
        assertTrue(back.recognised() >= 0.95 * printed.size(), "recognised " + back.recognised() + " of "
                + printed.size() + ": " + back);
    }

    /**
     * Every row of common words ({@code audio-words.txt} names none of its words), printed by a
     * serial driver: no line is taken for a row of common words, while the same lines under
     * an audio driver's name were (above). The rows of audio words, printed the same way, still are.
     */
    @Test
    void aSerialDriversLinesOfCommonWordsAreNoRow() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        StringBuilder common = new StringBuilder();
        List<KbRow> commonRows = new ArrayList<>();
        StringBuilder audio = new StringBuilder();
        List<KbRow> audioRows = new ArrayList<>();
        for (KbRow r : kb.rows()) {
            String text = kb.sample(r.id()).orElseThrow();
            if (!kb.recognise(r.id()).recognised() || r.prefix() != Prefix.DEVICE || text.contains("\n")
                    || text.contains("\r")) {
                continue;
            }
            boolean commonWords = !kb.match(text).map(m -> m.message().form().driversTree().isEmpty()).orElse(true);
            if (commonWords) {
                print(common, commonRows, r, "imx-uart 30890000.serial: " + text);
            } else {
                print(audio, audioRows, r, "imx-uart 30890000.serial: " + text);
            }
        }
        List<Event> events = new ArrayList<>();
        new LogReader(LogReader.Options.defaults()).read("kb", "", new ByteArrayInputStream(
                common.toString().getBytes(StandardCharsets.UTF_8)), (EventSink) events::add);
        // (a line may still be another row of the same text whose words are audio's: "FLL")
        List<String> taken = events.stream().filter(e -> e.message() instanceof Message.Catalogued c
                && kb.row(c.form().id()).isPresent() && !c.form().driversTree().isEmpty())
                .map(e -> e.record().message()).limit(5).toList();
        System.out.printf("rows of common words: %d; of audio words: %d%n", commonRows.size(), audioRows.size());
        assertTrue(commonRows.size() > 1000, "rows of common words: " + commonRows.size());
        assertEquals(List.of(), taken);
        ReadBack back = readBack(kb, audio, audioRows);
        assertTrue(back.recognised() >= 0.99 * audioRows.size(), "recognised " + back.recognised() + " of "
                + audioRows.size() + ": " + back);
    }

    /** Appends a row's line to a log, stamped as its place in it. */
    private static void print(StringBuilder log, List<KbRow> printed, KbRow row, String text) {
        log.append(String.format("[%5d.%06d] ", 10 + printed.size() / 1000, printed.size() % 1000 * 7))
                .append(text).append('\n');
        printed.add(row);
    }

    /** What reading a log of rows' lines back gave: how many were their rows, why the others were not. */
    private record ReadBack(int recognised, Map<String, Integer> missed, List<String> examples) {
        @Override
        public String toString() {
            return missed + "\n" + String.join("\n", examples);
        }
    }

    private static ReadBack readBack(KnowledgeBase kb, StringBuilder log, List<KbRow> printed) {
        List<Event> events = new ArrayList<>();
        new LogReader(LogReader.Options.defaults()).read("kb", "", new ByteArrayInputStream(
                log.toString().getBytes(StandardCharsets.UTF_8)), (EventSink) events::add);
        Map<Long, Event> byLine = new LinkedHashMap<>();
        events.forEach(e -> byLine.putIfAbsent(e.record().line(), e));
        int recognised = 0;
        Map<String, Integer> missed = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            KbRow r = printed.get(i);
            Event e = byLine.get((long) i + 1);
            String reason = reason(kb, r, e);
            if (reason.isEmpty()) {
                recognised++;
            } else {
                missed.merge(reason, 1, Integer::sum);
                if (examples.size() < 20) {
                    examples.add(r.id() + ": " + reason + ": " + (e == null ? "no record" : e.record().message()));
                }
            }
        }
        return new ReadBack(recognised, missed, examples);
    }

    /** Empty when the event is the row (or one as specific), else why not. */
    private static String reason(KnowledgeBase kb, KbRow row, Event e) {
        if (e == null) {
            return "no record";
        }
        if (!(e.message() instanceof Message.Catalogued c)) {
            return e.message() instanceof Message.Unknown ? "unknown" : "taken by the grammar";
        }
        if (c.form().id().equals(row.id())) {
            return "";
        }
        if (kb.row(c.form().id()).isEmpty()) {
            return ""; // the hand-written catalogue, whose rows carry verdicts, knows the line
        }
        int own = KernelFormat.parse(row.format()).literalLength();
        int won = KernelFormat.parse(c.form().format()).literalLength();
        return won >= own ? "" : "a less specific row won";
    }

    /**
     * A format with a character past ASCII (6.12's midas_wm1811.c prints "threshold" and "value"
     * with a no-break space between) is in the rows as the source spells it, and its line, whose
     * bytes hold the character as UTF-8, is read as that row: the byte probe looks for the same
     * bytes the kernel printed.
     */
    @Test
    void rowsWithCharactersPastAsciiAreReadFromTheirBytes() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        StringBuilder log = new StringBuilder();
        List<KbRow> printed = new ArrayList<>();
        for (KbRow r : kb.rows()) {
            if (r.format().chars().anyMatch(c -> c > 0x7f) && kb.recognise(r.id()).recognised()) {
                assertTrue(r.format().chars().noneMatch(c -> c >= 0xc0 && c <= 0xc3), "read twice as UTF-8: " + r);
                String prefix = r.prefix() == Prefix.DEVICE || r.prefix() == Prefix.DEV_ERR_PROBE ? deviceOf(r) : "";
                print(log, printed, r, prefix + kb.sample(r.id()).orElseThrow());
            }
        }
        assertTrue(printed.stream().anyMatch(r -> r.format().contains("threshold\u00a0value")), printed.toString());
        ReadBack back = readBack(kb, log, printed);
        assertEquals(printed.size(), back.recognised(), back.toString());
    }

    @Test
    void theDataFilesCarryTheAnchorsTheirRowsWouldBeGiven() {
        List<KbRow> rows = KnowledgeBase.builtIn().rows();
        Map<String, String> chosen = AnchorChoice.choose(rows);
        List<String> stale = rows.stream().filter(r -> !r.anchor().equals(chosen.get(r.id())))
                .map(r -> r.id() + ": " + r.anchor() + " -> " + chosen.get(r.id())).limit(5).toList();
        assertEquals(List.of(), stale, "regenerate with xrunlens kb import (docs/knowledge-base.md)");
    }

    @Test
    void theIndexIsTheOneTheDataFilesMake() throws Exception {
        Map<String, List<KbRow>> byFile = new LinkedHashMap<>();
        String index = new String(KnowledgeBase.class.getResourceAsStream("/io/xrunlens/kb/" + KnowledgeBase.INDEX)
                .readAllBytes(), StandardCharsets.UTF_8);
        for (String file : KbIndex.read(new StringReader(index), "index").files()) {
            byFile.put(file, KbFile.read(new InputStreamReader(KnowledgeBase.class.getResourceAsStream(
                    "/io/xrunlens/kb/" + file), StandardCharsets.UTF_8), file));
        }
        StringWriter made = new StringWriter();
        KbIndex.write(made, byFile);
        assertEquals(made.toString(), index, "regenerate with xrunlens kb import (docs/knowledge-base.md)");
        // every hand-written override names a row of the files
        List<KbRow> raw = byFile.values().stream().flatMap(List::stream).toList();
        assertEquals(raw.size(), KnowledgeBase.builtInOverrides().apply(raw).size());
    }

    @Test
    void genericFormatsClaimNoLine() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        for (String text : List.of("Direct firmware load for brcm/brcmfmac43430-sdio.txt failed with error -2",
                "random: crng init done", "command 0x0c03 tx timeout", "eth0: link up")) {
            assertEquals(Optional.empty(), kb.match(text).map(m -> m.row().id()), text);
        }
    }

    @Test
    void messagesOfDriversNoIssueQuotedAreKnown() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        assertEquals("sound/soc/atmel/atmel-i2s.c", kb.match("TX underrun on channel 0").orElseThrow().row().file());
        assertEquals("sound/soc/sof/ipc4.c", kb.match("ipc timed out for 0x60040000|0x0").orElseThrow().row().file());
        assertEquals("sound/usb/endpoint.c",
                kb.match("cannot submit urb 0, error -28: not enough bandwidth").orElseThrow().row().file());
    }
}
