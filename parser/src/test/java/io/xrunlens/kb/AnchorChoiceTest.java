package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnchorChoiceTest {
    private static KbRow row(String id, String format) {
        return new KbRow(id, null, "err", "dev_err", Prefix.DEVICE, "", "sound/x.c", "f", List.of(), "", format);
    }

    /** The filter never reads a word of digits alone: an anchor made of one could never be found. */
    @Test
    void aWordOfDigitsAloneIsNeverAnAnchorNorHalfOfOne() {
        Map<String, String> chosen = AnchorChoice.choose(List.of(row("a", "Test fail for port 0"),
                row("b", "SDW_SCP_INT2/3 read failed:%d"), row("c", "Test fail for port 1")));
        for (String anchor : chosen.values()) {
            for (String word : anchor.split(" ")) {
                assertEquals(true, Words.hasLetter(word) || anchor.equals(AnchorChoice.NONE), anchor);
            }
        }
    }

    @Test
    void rowsOnceFiledUnderADigitWordAreFoundInALine() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        // both rows were filed under "port 0" and "3 read", which no line could show the filter
        assertEquals("bus.sdw_handle_dp0_interrupt.6ba0", kb.match("Test fail for port 0").orElseThrow().row().id());
        assertEquals(true, kb.mayMatch("Test fail for port 0"));
        assertEquals(true, kb.mayMatch("SDW_SCP_INT2/3 read failed:-5"));
    }
}
