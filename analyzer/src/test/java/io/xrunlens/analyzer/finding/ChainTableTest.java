package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chain links are data: read and checked from chains.tsv, and applied as the rows say. */
class ChainTableTest {
    private static ChainLink parse(String row) {
        return ChainTable.parse(new TsvResource.Row("chains.tsv", 7, List.of(row.split("\\|", -1))));
    }

    @Test
    void aRowIsReadIntoItsLink() {
        ChainLink l = parse("race|dma-stall|after|120s|any|first|-|the stall");
        assertEquals(ChainLink.Anchor.RACE, l.anchor());
        assertEquals(Optional.of(RuleId.DMA_STALL), l.joins());
        assertEquals(ChainLink.Where.AFTER, l.where());
        assertEquals(120_000_000L, l.windowMicros());
        assertEquals("120s", l.windowSpelled());
        assertEquals(ChainLink.Take.FIRST, l.take());
        assertEquals(Optional.empty(), l.cause());
        ChainLink notes = parse("failure|notes|before|500ms|device|all|codec|why");
        assertEquals(ChainLink.Joins.NOTES, notes.kind());
        assertEquals("500ms", notes.windowSpelled());
        assertEquals(Optional.of(Cause.CODEC), notes.cause());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "race|dma-stal|after|2s|any|first|-|why; chains.tsv:7: no rule named dma-stal",
        "rcae|xrun|before|2s|any|first|-|why; chains.tsv:7: no anchor named rcae",
        "race|xrun|beside|2s|any|first|-|why; chains.tsv:7: no where named beside",
        "race|xrun|before|-|any|first|-|why; chains.tsv:7: before needs a window",
        "race|xrun|within|2s|any|all|-|why; chains.tsv:7: window 2s: none expected",
        "race|xrun|before|2 s|any|last|-|why; chains.tsv:7: window 2 s: 2s or 500ms expected",
        "race|xrun|before|2s|some|last|-|why; chains.tsv:7: no match named some",
        "race|xrun|before|2s|any|most|-|why; chains.tsv:7: no take named most",
        "failure|xrun|boot|-|any|first|bad-firmware|why; chains.tsv:7: no cause named bad-firmware",
        "failure|xrun|near|1s|any|first|-|; chains.tsv:7: a link needs its why",
        "failure|episode|near|1s|any|first|-|why; chains.tsv:7: episode joins only in a failure's group row",
    })
    void aBadRowNamesTheFileTheLineAndWhatIsWrong(String row, String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(row));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void theShippedTableGroupsFailuresAndBursts() {
        assertTrue(ChainTable.grouping(ChainLink.Anchor.FAILURE).isPresent());
        assertTrue(ChainTable.grouping(ChainLink.Anchor.BURST).isPresent());
        assertTrue(ChainTable.joining(ChainLink.Anchor.RACE).stream().noneMatch(l -> l.where() == ChainLink.Where.GROUP));
    }

    @Test
    void withoutAClockTheXrunBeforeIsAnEarlierLine() {
        InputReport before = Logs.analyze("underrun!!! (at least 3.415 ms long)\n"
                + "aplay: pcm_write:2011: write error: Input/output error\n");
        assertEquals(List.of("xrun", "dma-stall"), before.incidents().get(0).ruleIds());
        assertTrue(before.incidents().get(0).verdict().contains("after an XRUN"), before.incidents().get(0).verdict());

        InputReport after = Logs.analyze("aplay: pcm_write:2011: write error: Input/output error\n"
                + "underrun!!! (at least 3.415 ms long)\n");
        assertEquals(List.of("dma-stall"), after.incidents().get(0).ruleIds());
        // a player's paste names no board: its stall is not blamed on a clock, nor on an XRUN after it
        assertFalse(after.incidents().get(0).verdict().contains("XRUN"), after.incidents().get(0).verdict());
        assertEquals(Cause.UNKNOWN, after.incidents().get(0).cause());
    }
}
