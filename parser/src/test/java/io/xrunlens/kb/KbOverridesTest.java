package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xrunlens.catalog.MessageFamily;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written families: by row, by file and function, by file. */
class KbOverridesTest {

    private static KbRow row(String id, String level, String function) {
        return new KbRow(id, MessageFamily.DRIVER_ERROR, level, "dev_" + level, Prefix.DEVICE, "",
                "sound/x/x.c", function, List.of("6.12"), "", "text of " + id);
    }

    /**
     * An override of a file, or of a file's function, gives its family to the file's rows but
     * its debug calls': those are kept to read as their driver's notes. An override by id
     * still reaches a debug row.
     */
    @Test
    void aFilesOverrideLeavesItsDebugRowsNotes() {
        KbOverrides o = KbOverrides.none().read(new StringReader(String.join("\n", "what\tfamily\twhy",
                "sound/x/x.c\tdsp-firmware\tThe firmware's messenger.",
                "sound/x/x.c:g\tcodec\tThe codec's probe.",
                "x.named\tclock-rate\tNamed.")), "overrides.tsv");
        List<KbRow> rows = List.of(row("x.err", "err", "f"), row("x.dbg", "dbg", "f"), row("x.gerr", "err", "g"),
                row("x.gdbg", "dbg", "g"), row("x.named", "dbg", "f"));
        List<String> families = o.apply(rows).stream().map(r -> r.id() + " " + r.family().name()).toList();
        assertEquals(List.of("x.err DSP_FIRMWARE", "x.dbg DRIVER_ERROR", "x.gerr CODEC", "x.gdbg DRIVER_ERROR",
                "x.named CLOCK_RATE"), families);
        assertEquals("", o.why(rows.get(1)));
        assertEquals("The firmware's messenger.", o.why(rows.get(0)));
    }
}
