package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.record.Record;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand reader of plain journal entries reads what the JSON parser reads, wherever it answers,
 * and answers for the entries journalctl prints.
 */
class JournalJsonBytesTest {
    /** Entries of every kind the reader must answer alike or leave to the parser. */
    private static final List<String> NEAR = List.of(
            "{\"MESSAGE\":\"usb 1-1: new device\",\"PRIORITY\":\"6\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"535201598\"}",
            "{\"MESSAGE\": \"x\", \"PRIORITY\": \"3\", \"_BOOT_ID\": \"b1\", \"_HOSTNAME\": \"h\"}",
            "  {\"MESSAGE\":\"x\"}  trailing", "{\"MESSAGE\":\"x\",}", "{\"MESSAGE\":\"x\" \"PRIORITY\":\"6\"}",
            "{\"MESSAGE\":\"x\"", "{\"MESSAGE\":\"x", "{\"MESSAGE\"\"x\"}", "{}", "{ }", "[1]", "", "x",
            "{\"PRIORITY\":\"6\"}", "{\"MESSAGE\":\"a\",\"MESSAGE\":\"b\"}", "{\"MESSAGE\":\"a\\\"b\"}",
            "{\"MESSAGE\":[104,105]}", "{\"MESSAGE\":\"x\",\"PRIORITY\":6}", "{\"MESSAGE\":\"x\",\"PRIORITY\":null}",
            "{\"MESSAGE\":\"x\",\"_X\":{\"a\":\"b\"}}", "{\"MESSAGE\":\"x\",\"PRIORITY\":\"+6\"}",
            "{\"MESSAGE\":\"x\",\"PRIORITY\":\"-1\"}", "{\"MESSAGE\":\"x\",\"PRIORITY\":\"\"}",
            "{\"MESSAGE\":\"x\",\"PRIORITY\":\"6a\"}", "{\"MESSAGE\":\"x\",\"PRIORITY\":\"99999999999\"}",
            "{\"MESSAGE\":\"x\",\"__MONOTONIC_TIMESTAMP\":\"17\"}",
            "{\"MESSAGE\":\"x\",\"__MONOTONIC_TIMESTAMP\":\"17\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"5\"}",
            "{\"MESSAGE\":\"x\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"9223372036854775808\"}",
            "{\"MESSAGE\":\"x\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"-9223372036854775808\"}",
            "{\"MESSAGE\":\"x\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"1.5\"}",
            "{\"MESSAGE\":\"x\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"\"}",
            "{\"MESSAGE\":\"caf\u00e9 \u20ac\",\"_HOSTNAME\":\"h\u00f4te\",\"_BOOT_ID\":\"\"}",
            "{\"message\":\"x\",\"MESSAGE\":\"y\",\"MESSAGES\":\"z\",\"MESSAG\":\"w\"}",
            "{\"MESSAGE\":\"\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"0\"}", "{\"MESSAGE\":\"x\",\"PRIORITY\":\"\u0666\"}",
            "{\"MESSAGE\":\"x\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"1\u0660\"}", "{\"MESSAGE\":\"a\tb\"}", "{\"MESSAGE\":\"a\u007fb\"}",
            "{\"MESSAGE\":\"a\u001b[0mb\"}", "{\"MESSAGE\":\"x\",\t\"PRIORITY\":\"6\"}", "{\"MESSAGE\":\"x\"}\r", "{\"MESSAGE\":\"x\"}\u001b[0m");

    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(NEAR);
        lines.addAll(Files.readAllLines(Path.of(System.getProperty("xrunlens.samples", "../samples"), "formats", "journal.json")));
        return lines;
    }

    @Test
    void readsWhatTheParserReadsWhereverItAnswers() throws IOException {
        int answered = 0;
        List<String> lines = lines();
        for (String line : lines) {
            answered += agree(line) ? 1 : 0;
        }
        assertTrue(answered >= 50, "entries answered: " + answered);
        // and on entries a character off: replaced by one JSON is made of, dropped, or doubled
        Random random = new Random(42);
        String alphabet = "{}[]:,\" \\0123456789-+.eE nulltrueMESSAGEPRIORITY_\t\u00e9\u0666";
        for (int k = 0; k < 20000; k++) {
            StringBuilder line = new StringBuilder(lines.get(random.nextInt(lines.size())));
            if (line.length() == 0) {
                continue;
            }
            int at = random.nextInt(line.length());
            switch (random.nextInt(3)) {
                case 0 -> line.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> line.deleteCharAt(at);
                default -> line.insert(at, line.charAt(at));
            }
            agree(line.toString());
        }
    }

    /** Asserts that where the hand reader answers, the parser reads the same fields; whether it answered. */
    private static boolean agree(String line) {
        byte[] b = ("..." + line).getBytes(StandardCharsets.UTF_8);
        JournalJsonBytes byHand = JournalJsonBytes.read(b, 3, b.length);
        if (byHand == null) {
            return false;
        }
        JournalJsonFormat.Entry parsed = JournalJsonFormat.parse(line);
        assertNotNull(parsed, line);
        long micros = parsed.micros == Record.NO_TIME ? parsed.fallbackMicros : parsed.micros;
        assertEquals(List.of(String.valueOf(parsed.message), parsed.level, micros, String.valueOf(parsed.boot),
                        String.valueOf(parsed.host)),
                List.of(new String(b, byHand.messageStart, byHand.messageEnd - byHand.messageStart, StandardCharsets.UTF_8),
                        byHand.level, byHand.micros, String.valueOf(byHand.boot), String.valueOf(byHand.host)), line);
        return true;
    }

    @Test
    void leavesToTheParserWhatIsNotAPlainObjectOfStrings() {
        for (String line : List.of("{\"MESSAGE\":\"a\\\"b\"}", "{\"MESSAGE\":[104,105]}", "{\"MESSAGE\":\"x\",\"PRIORITY\":6}",
                "{\"MESSAGE\":\"x\",\"_X\":{\"a\":\"b\"}}", "{\"MESSAGE\":\"x\",}", "{\"PRIORITY\":\"6\"}", "{}", "x")) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            assertNull(JournalJsonBytes.read(b, 0, b.length), line);
        }
    }

    @Test
    void theReaderLooksForOurWordsInTheMessageOnly() {
        String line = "{\"_SYSTEMD_UNIT\":\"alsa-restore.service\",\"MESSAGE\":\"usb 1-1: new device\",\"PRIORITY\":\"6\"}";
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        int[] span = new int[2];
        assertTrue(FormatRegistry.byName("journal-json").orElseThrow().messageSpan(b, 0, b.length, span));
        assertEquals("usb 1-1: new device", new String(b, span[0], span[1] - span[0], StandardCharsets.UTF_8));
    }
}
