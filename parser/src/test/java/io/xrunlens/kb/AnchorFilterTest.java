package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The anchor filter on a line's bytes: an anchor word or pair, then every literal run of one of
 * its rows, wherever in the line (its first and last bytes included; the run that holds the
 * anchor around one of its copies), answers FOUND; an anchor
 * whose rows' runs are not all there answers NEAR when a run holds a number, else QUIET.
 */
class AnchorFilterTest {
    /** Rows, by reference: their literal runs. */
    private static final String[][] RUNS = {
        {"sync error", "on ch"},            // 0: filed under "sync" with row 1
        {"sync lost", "retry 3 of"},        // 1: a run with a number
        {"tx timeout", "status ="},         // 2: filed under the pair "tx timeout"
        {"underrun"},                       // 3: its run the anchor itself
        {"rx fifo overflow on", "lane"},    // 4: its anchor inside its run, past its start
        {"detection threshold\u00a0value"}, // 5: a no-break space, which the kernel prints as two bytes
        {"to register device"},             // 6: a format that ends with its run: "Failed to register device"
    };
    /** Rows, by reference: the literal text their format ends with, or null where it ends with a value. */
    private static final String[] ENDINGS = {null, null, ")", null, null, null, "device"};

    private static final AnchorFilter FILTER = new AnchorFilter(List.of(
            single("sync", 0, 1),
            pair("tx timeout", 2),
            single("underrun", 3),
            single("overflow", 4),
            single("threshold", 5),
            single("register", 6)), 4, ref -> RUNS[ref], ref -> ENDINGS[ref]);

    private static AnchorFilter.Anchor single(String word, int... rows) {
        return new AnchorFilter.Anchor(Words.anchor(word), false, 0, rows);
    }

    private static AnchorFilter.Anchor pair(String words, int... rows) {
        return new AnchorFilter.Anchor(Words.anchor(words), true, Words.firstWordHash(words), rows);
    }

    private static int probe(String text) {
        // the line inside a larger buffer: the filter reads [from, to) only
        byte[] b = ("[ 1.0] " + text + "\ngarbage sync error on ch").getBytes(StandardCharsets.ISO_8859_1);
        int from = 7;
        return FILTER.probe(b, from, from + text.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the second row of an anchor, when the first's runs are missing
        "dev: sync lost, retry 3 of 5|2",
        "dev: sync error on ch2|2",
        // a run at the line's very start and very end
        "sync error on ch|2",
        "on ch1 sync error|2",
        // a pair anchor and its other run
        "mpu401: cmd: tx timeout (status = 0x80)|2",
        "underrun|2",
        // anchors whose rows' runs are not all there: one holds a number (may differ by numbers), or none does
        "dev: sync lost, retry 4 of 5|1",
        "dev: tx timeout|0",
        // no anchor: a word that only starts like one, a run without its anchor, the pair apart
        "dev: syncing on ch1|0",
        "dev: status = 1|0",
        "dev: tx: timeout status =|0",
        // a run cut by the line's end (the buffer goes on with it)
        "dev: sync error on c|1",
        // the run that holds the anchor is looked for around each copy of the anchor: found
        // around a later copy, at the line's start, not where it would start before the line
        "dev: rx fifo overflow on lane 2|2",
        "dev: overflow; rx fifo overflow on lane 2|2",
        "rx fifo overflow on lane|2",
        "overflow on lane|0",
        "dev: fifo overflow on lane 2|0",
        "dev: rx fifo overflow at lane 2|0",
        "dev: lane 2: rx fifo overflow|0",
        // a row whose format ends with literal text: the line's message ends with it (spaces after it
        // aside), or it is not the row's; a pair's row ends with ")" here
        "dev: Failed to register device|2",
        "dev: Failed to register device  |2",
        "dev: Failed to register device.|0",
        "dev: Failed to register device node: -19|0",
        "mpu401: cmd: tx timeout (status = 0x80) again|0",
    })
    void answersFromTheLineAlone(String line, int expected) {
        assertEquals(expected, probe(line), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"dev: sync error on ch2|true", "dev: sync lost, retry 4 of 5|false",
        "dev: tx timeout (status = 1)|true", "dev: status = 1|false"})
    void textAgreesWithBytes(String line, boolean found) {
        assertEquals(found, FILTER.anyIn(line), line);
        assertEquals(found, probe(line) == AnchorFilter.FOUND, line);
    }

    /** A run past ASCII is looked for as the UTF-8 bytes a line holds, not as one byte a character. */
    @org.junit.jupiter.api.Test
    void aRunPastAsciiIsFoundInTheLinesUtf8Bytes() {
        byte[] utf8 = "dev: Invalid headset button detection threshold\u00a0value".getBytes(StandardCharsets.UTF_8);
        assertEquals(AnchorFilter.FOUND, FILTER.probe(utf8, 0, utf8.length));
        byte[] plain = "dev: Invalid headset button detection threshold value".getBytes(StandardCharsets.UTF_8);
        assertEquals(AnchorFilter.QUIET, FILTER.probe(plain, 0, plain.length));
    }

    @org.junit.jupiter.api.Test
    void aSlotsRowsPairsOfCharactersStandInTheOrderOfItsRows() {
        int slot = FILTER.singleSlot(Words.anchor("sync"));
        assertEquals(List.of(0, 1), Arrays.stream(FILTER.refsAt(slot)).boxed().toList());
        long[] line = Bigrams.of("dev: sync lost, retry 3 of 5");
        assertFalse(Bigrams.mayHold(line, FILTER.bigramsAt(slot), 0));
        assertTrue(Bigrams.mayHold(line, FILTER.bigramsAt(slot), 1));
        assertEquals(-1, FILTER.singleSlot(Words.anchor("lost")));
        int pair = FILTER.pairSlot(Words.anchor("tx"), Words.anchor("timeout"));
        assertEquals(List.of(2), Arrays.stream(FILTER.refsAt(pair)).boxed().toList());
        assertEquals(-1, FILTER.pairSlot(Words.anchor("timeout"), Words.anchor("tx")));
    }

    @org.junit.jupiter.api.Test
    void asksEachRowForItsRunsOnce() {
        int[] asked = new int[RUNS.length];
        AnchorFilter counting = new AnchorFilter(List.of(single("sync", 0, 1)), 4, ref -> {
            asked[ref]++;
            return RUNS[ref];
        }, ref -> ENDINGS[ref]);
        byte[] line = "dev: sync lost, retry 3 of 5".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 3; i++) {
            assertEquals(AnchorFilter.FOUND, counting.probe(line, 0, line.length));
        }
        assertEquals(1, asked[0]);
        assertEquals(1, asked[1]);
        assertTrue(counting.anyIn("dev: sync error on ch1"));
        assertFalse(counting.anyIn("dev: sync"));
    }
}
