package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * A driver whose name ends in another source's file name ("sof_da7219", "mt8183_da7219"; AVS's
     * machine driver da7219.c) reads a text they all print as the row of the file that registers
     * its name, not of the file whose name it ends in, which came first.
     */
    @Test
    void theFileThatRegistersTheNameComesBeforeOneTheNameEndsIn() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        String text = "failed to start PLL: -110";
        Message.Catalogued matched = kb.match(text).orElseThrow().message();
        for (String[] driverAndFile : new String[][] {
            {"sof_da7219", "sound/soc/intel/boards/sof_da7219.c"},
            {"mt8183_da7219", "sound/soc/mediatek/mt8183/mt8183-da7219-max98357.c"},
            {"avs_da7219", "sound/soc/intel/avs/boards/da7219.c"}}) {
            Message.Catalogued read = kb.readAs(matched, text, driverAndFile[0], "card", 3);
            assertEquals(driverAndFile[1], kb.row(read.form().id()).orElseThrow().file(), driverAndFile[0]);
        }
    }

    /**
     * A text whose first match is another file's row with other conversions ("Failed to request
     * IRQ %s: %d", cs35l45.c's probe error) reads as the printing driver's own row of it
     * (rt5640.c's warning "%d: %d", which goes on without jack detection); a driver whose own
     * source has none keeps the match.
     */
    @Test
    void theDriversOwnRowWithOtherConversionsComesBeforeAnotherFilesMatch() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        String text = "Failed to request IRQ 358: -110";
        Message.Catalogued matched = kb.match(text).orElseThrow().message();
        Message.Catalogued rt5640 = kb.readAs(matched, text, "rt5640", "i2c-10EC5640:00", -1);
        assertEquals("sound/soc/codecs/rt5640.c", kb.row(rt5640.form().id()).orElseThrow().file());
        assertEquals(MessageFamily.NOTE, rt5640.form().family(), "a warning it goes on after");
        assertEquals(List.of("358", "-110"), rt5640.values());
        Message.Catalogued wm8962 = kb.readAs(matched, text, "wm8962", "0-001a", -1);
        assertEquals("sound/soc/codecs/wm8962.c", kb.row(wm8962.form().id()).orElseThrow().file());
        assertEquals(MessageFamily.CODEC, wm8962.form().family());
    }

    /**
     * The rows of a format found through its anchor, without reading every data file, are the
     * rows a look-up over all of them gives, in the same order, for every built-in row.
     */
    @Test
    void theRowsOfAFormatFoundThroughItsAnchorAreAllOfThem() {
        KnowledgeBase kb = KnowledgeBase.builtInInMemory();
        Map<String, List<KbRow>> byFormat = new HashMap<>();
        List<KbRow> all = kb.rows();
        all.forEach(r -> byFormat.computeIfAbsent(r.format(), f -> new ArrayList<>()).add(r));
        // the anchored rows first: a row filed under none reads them all, and later look-ups use that
        List<KbRow> anchoredFirst = all.stream().sorted(Comparator.comparing(r -> r.anchor().equals(AnchorChoice.NONE)))
                .toList();
        for (KbRow r : anchoredFirst) {
            assertEquals(byFormat.get(r.format()), kb.rowsOfFormat(r), r.id());
        }
        long anchored = all.stream().filter(r -> !r.anchor().equals(AnchorChoice.NONE)).count();
        assertTrue(anchored > all.size() / 2, "most rows are filed under an anchor: " + anchored);
    }

    /**
     * A USB Audio Class gadget's line is printed under its gadget device, whichever gadget driver
     * bound it: read so from "gadget.0" or "gadget", not from another device of the same driver.
     */
    @Test
    void aGadgetsLineIsReadFromItsGadgetDevice() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        String text = "Error: incorrect capture sampling rate";
        Message.Catalogued matched = kb.match(text).orElseThrow().message();
        for (String[] driverAndDevice : new String[][] {{"configfs-gadget.g1", "gadget.0"}, {"g_audio", "gadget"}}) {
            Message.Catalogued read = kb.readAs(matched, text, driverAndDevice[0], driverAndDevice[1], 3);
            assertTrue(read != null && kb.row(read.form().id()).orElseThrow().file().startsWith("drivers/usb/gadget/function/"),
                    driverAndDevice[0]);
        }
        assertEquals(null, kb.readAs(matched, text, "configfs-gadget.g1", "3f980000.usb", 3), "a controller's device");
    }

    @Test
    void aDriverNameIsTheFileItsModuleIsBuiltFrom() {
        KbRow hda = new KbRow("x", null, "err", "dev_err", null, "", "sound/pci/hda/hda_intel.c", "f", List.of(),
                "", "fmt");
        assertEquals(true, KnowledgeBase.inFileOf(hda, "snd_hda_intel"));
        assertEquals(true, KnowledgeBase.inFileOf(hda, "hda-intel"));
        assertEquals(false, KnowledgeBase.inFileOf(hda, "intel"));
        assertEquals(true, KnowledgeBase.inFileOf(hda, "SND-HDA-Intel"));
        assertEquals(false, KnowledgeBase.inFileOf(hda, "snd-hdaxintel"));
    }

    /**
     * The names are compared char by char, without copies; the answer is the one comparing
     * lowered copies with '-' as '_' gives, for every built-in row's file and names that are
     * its file's, a module's of it, another's, in upper case, or beyond ASCII.
     */
    @Test
    void aNameComparedCharByCharAnswersAsLoweredCopiesDo() {
        List<String> names = new ArrayList<>(List.of("", "c", "_c", "snd", "x_", "Ä", "snd_soc_Ä", "İ"));
        List<KbRow> rows = KnowledgeBase.builtIn().rows();
        for (int i = 0; i < rows.size(); i += 97) {
            String file = rows.get(i).file();
            String base = file.substring(file.lastIndexOf('/') + 1).replace(".c", "");
            names.addAll(List.of(base, base.toUpperCase(Locale.ROOT), "snd-soc-" + base, "snd_soc" + base,
                    base.replace('_', '-') + "x", base.substring(1)));
        }
        int same = 0;
        for (int i = 0; i < rows.size(); i += 31) {
            KbRow row = rows.get(i);
            for (String name : names) {
                assertEquals(copied(row, name), KnowledgeBase.inFileOf(row, name), row.file() + " / " + name);
                same += copied(row, name) ? 1 : 0;
            }
        }
        assertTrue(same > 100, "names of the rows' own files are among them: " + same);
    }

    private static boolean copied(KbRow row, String driver) {
        String file = row.file().substring(row.file().lastIndexOf('/') + 1);
        String base = (file.endsWith(".c") ? file.substring(0, file.length() - 2) : file).replace('-', '_')
                .toLowerCase(Locale.ROOT);
        String d = driver.replace('-', '_').toLowerCase(Locale.ROOT);
        return d.equals(base) || d.endsWith("_" + base);
    }
}
