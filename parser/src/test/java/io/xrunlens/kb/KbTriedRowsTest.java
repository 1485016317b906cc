package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.event.Message;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A line whose row is not its driver's to print is read as the driver's own row from the rows
 * the first match tried, not by searching its text again: the answer is the search's.
 */
class KbTriedRowsTest {
    private static final KnowledgeBase KB = KnowledgeBase.builtIn();
    /** Audio, DMA, a bus, another tree's, a made-up vendor's and no driver at all. */
    private static final List<String> DRIVERS = List.of("fsl-sai", "imx-sdma", "snd-usb-audio", "usb", "e1000e",
            "rockchip-drm", "vendor-i2s", "cs35l34", "tegra-adma", "");

    @Test
    void theDriversRowFromTheRowsTriedIsTheOneASearchFinds() {
        KnowledgeBase.Tried tried = new KnowledgeBase.Tried();
        List<KbRow> rows = KB.rows();
        int compared = 0;
        int foundOnlySecond = 0;
        for (int i = 0; i < rows.size(); i += 7) {
            Optional<String> sample = KB.sample(rows.get(i).id());
            if (sample.isEmpty()) {
                continue;
            }
            String text = sample.get();
            Optional<KnowledgeBase.Match> first = KB.match(text, tried);
            assertEquals(KB.match(text).map(m -> m.row().id()), first.map(m -> m.row().id()), text);
            if (first.isEmpty()) {
                continue;
            }
            Message.Catalogued matched = first.get().message();
            for (String driver : DRIVERS) {
                for (int level : new int[] {-1, 3, 6}) {
                    Message.Catalogued searched = KB.readAs(matched, text, null, driver, "1-1", level);
                    Message.Catalogued fromTried = KB.readAs(matched, text, tried, driver, "1-1", level);
                    assertEquals(searched, fromTried, driver + " at level " + level + ": " + text);
                    compared++;
                    if (searched != null && KB.readAs(matched, driver, "1-1", level) == null) {
                        foundOnlySecond++;
                    }
                }
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
        assertTrue(foundOnlySecond > 0, "some lines are read as their driver's own row only by the second search");
    }

    @Test
    void rowsTriedOnAnotherTextAreNotUsed() {
        KnowledgeBase.Tried tried = new KnowledgeBase.Tried();
        String text = "Failed to restore register cache";
        Message.Catalogued matched = KB.match(text, tried).orElseThrow().message();
        assertTrue(KB.match("no row prints this text at all", tried).isEmpty());
        assertFalse(tried.isFor(KB, text), "the rows of the last text matched are kept, not another's");
        assertEquals(KB.readAs(matched, text, null, "cs35l34", "", -1),
                KB.readAs(matched, text, tried, "cs35l34", "", -1));
        assertNull(KB.readAs(matched, text, tried, "e1000e", "", -1), "no driver of another tree's own");
    }
}
