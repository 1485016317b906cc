package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A text several drivers print is told as the printing driver's own line of source. */
class KbSourceRowTest {
    @Test
    void theRowOfTheDriverThatPrintedTheLineIsNamed() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        String matched = kb.match("Failed to restore register cache").orElseThrow().row().id();
        assertEquals("sound/soc/codecs/cs35l34.c", kb.row(matched, "cs35l34").orElseThrow().file());
        assertEquals("sound/soc/codecs/cs43130.c", kb.row(matched, "cs43130").orElseThrow().file());
        assertEquals(matched, kb.row(matched, "some-other-driver").orElseThrow().id(), "no driver's own: the match");
        assertEquals(matched, kb.row(matched, "").orElseThrow().id());
    }

    @Test
    void aDriverNameIsTheFileItsModuleIsBuiltFrom() {
        KbRow hda = new KbRow("x", null, "err", "dev_err", null, "", "sound/pci/hda/hda_intel.c", "f", List.of(),
                "", "fmt");
        assertEquals(true, KnowledgeBase.inFileOf(hda, "snd_hda_intel"));
        assertEquals(true, KnowledgeBase.inFileOf(hda, "hda-intel"));
        assertEquals(false, KnowledgeBase.inFileOf(hda, "intel"));
    }
}
