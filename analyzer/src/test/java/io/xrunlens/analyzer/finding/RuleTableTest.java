package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.catalog.MessageFamily;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each rule is, read and checked from rules.tsv. */
class RuleTableTest {
    private static RuleTable.Row parse(String row) {
        return RuleTable.parse(new TsvResource.Row("rules.tsv", 9, List.of(row.split("\\|", -1))));
    }

    @Test
    void aFamilyRowIsReadIntoItsFamiliesAndFlags() {
        RuleTable.Row r = parse("dai-fifo-error;family;dai fifo;dai-fifo=warning dai-clock=error;yes;no;warning;lines"
                .replace(';', '|'));
        assertEquals(RuleId.DAI_FIFO_ERROR, r.rule());
        assertTrue(r.family());
        assertEquals(Map.of(MessageFamily.DAI_FIFO, Severity.WARNING, MessageFamily.DAI_CLOCK, Severity.ERROR),
                r.families());
        assertTrue(r.opens());
        assertFalse(r.ends());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "dai_fifo|family|dai fifo|dai-fifo=warning|yes|no|w|r; rules.tsv:9: a rule id is lower-case words",
        "dai-fifo-error|class|dai fifo|dai-fifo=warning|yes|no|w|r; rules.tsv:9: kind class: family or code",
        "dai-fifo-error|family|dai fifo error|dai-fifo=warning|yes|no|w|r; rules.tsv:9: a family rule needs a role",
        "dai-fifo-error|family|dai fifo|dai-fif=warning|yes|no|w|r; rules.tsv:9: no family named dai-fif",
        "dai-fifo-error|family|dai fifo|dai-fifo=fatal|yes|no|w|r; rules.tsv:9: no severity named fatal",
        "dai-fifo-error|family|dai fifo|dai-fifo|yes|no|w|r; rules.tsv:9: families: family=severity expected",
        "dai-fifo-error|family|dai fifo|dai-fifo=warning|maybe|no|w|r; rules.tsv:9: maybe: yes or no expected",
        "xrun|code|xrun|-|no|no|w|r; rules.tsv:9: a code rule has no role or families",
    })
    void aBadRowNamesTheFileTheLineAndWhatIsWrong(String row, String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(row));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    /** A family rule is its row: an id no constant names is a rule, and its findings say what printed what. */
    @Test
    void aNewFamilyRowNeedsNoConstant() {
        RuleTable.Row r = parse("card-error|family|card|card=warning|yes|no|warning|lines");
        assertEquals("card-error", r.rule().id());
        assertFalse(RuleId.NAMED.contains(r.rule()));
        assertFalse(FindingMessages.has(r.rule().id()), "no sentence of its own: the catalogued one");
        assertTrue(FindingMessages.has("catalogued"));
    }

    @Test
    void everyRuleHasItsRowAndEpisodesOpenAsTheTableSays() {
        for (RuleId r : RuleId.NAMED) {
            assertEquals(r, RuleTable.of(r).rule());
        }
        assertTrue(RuleId.DMA_STALL.startsEpisode() && RuleId.DMA_STALL.endsEpisode());
        assertFalse(RuleId.XRUN.startsEpisode());
        assertTrue(RuleId.DAI_FIFO_ERROR.startsEpisode() && !RuleId.DAI_FIFO_ERROR.endsEpisode());
    }
}
