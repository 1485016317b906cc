package io.xrunlens.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xrunlens.kb.KbRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which printk calls of a tree become rows. */
class KbGeneratorTest {

    /**
     * A debug call outside the race's files is kept where a log without levels would read its
     * line as an error: its format is another call's warning or error, or it holds an error's
     * words. Other debug calls are not rows; every call of the other levels is.
     */
    @Test
    void aDebugCallIsKeptWhereItsLineWouldReadAsAnError() {
        KbGenerator g = new KbGenerator();
        g.readFile("6.12", "sound/soc/codecs/loud.c", """
                static int loud_hw_params(struct device *dev)
                {
                \tdev_err(dev, "No SYSCLK configured\\n");
                \tdev_info(dev, "volume set to %d\\n", 3);
                \treturn 0;
                }
                """);
        g.readFile("6.12", "sound/soc/codecs/quiet.c", """
                static int quiet_hw_params(struct device *dev)
                {
                \tdev_dbg(dev, "No SYSCLK configured\\n");
                \tdev_dbg(dev, "HP load measure failed\\n");
                \tdev_dbg(dev, "volume set to %d\\n", 3);
                \treturn 0;
                }
                """);
        List<String> rows = g.rows().stream().map(r -> r.file() + " " + r.level() + " " + r.format()).toList();
        assertEquals(List.of(
                "sound/soc/codecs/loud.c err No SYSCLK configured",
                "sound/soc/codecs/loud.c info volume set to %d",
                "sound/soc/codecs/quiet.c dbg HP load measure failed",
                "sound/soc/codecs/quiet.c dbg No SYSCLK configured"), rows);
        for (KbRow r : g.rows()) {
            if (r.isDebug()) {
                assertEquals("NOTE", r.family().name(), r.format());
            }
        }
    }

    /**
     * A debug call whose line a warning's or an error's row reads through a conversion is kept
     * too: aw88395_lib.c's debug "%s bin_num = %d, parse_dsp_reg_num = 0x%x" is read by its
     * error "%s parse_dsp_reg_num = 0x%x" otherwise.
     */
    @Test
    void aDebugCallALoudRowReadsIsKept() {
        KbGenerator g = new KbGenerator();
        g.readFile("6.12", "sound/soc/codecs/aw/aw_lib.c", """
                static int aw_check(struct device *dev)
                {
                \tdev_err(dev, "%s parse_dsp_reg_num = 0x%x\\n", "a", 1);
                \tdev_dbg(dev, "%s bin_num = %d, parse_dsp_reg_num = 0x%x\\n", "a", 1, 2);
                \tdev_dbg(dev, "%s bin_num = %d\\n", "a", 1);
                \treturn 0;
                }
                """);
        assertEquals(List.of("dbg %s bin_num = %d, parse_dsp_reg_num = 0x%x", "err %s parse_dsp_reg_num = 0x%x"),
                g.rows().stream().map(r -> r.level() + " " + r.format()).toList());
    }

    /** The race's files keep every debug call, whatever its words. */
    @Test
    void theRacesFilesKeepEveryDebugCall() {
        KbGenerator g = new KbGenerator();
        g.readFile("6.12", "drivers/dma/imx-sdma.c", """
                static void sdma_start_desc(struct device *dev)
                {
                \tdev_dbg(dev, "channel %d started\\n", 1);
                }
                """);
        assertEquals(List.of("channel %d started"), g.rows().stream().map(KbRow::format).toList());
    }

    /**
     * A driver's printing macro in a header of its own folder prints as its callers' lines do:
     * SOF's spcm_err (sof-audio.h) puts the function, the PCM and the direction before the format
     * it is given. A header of another folder is not read.
     */
    @Test
    void aHeadersPrintingMacroIsReadForTheFilesThatIncludeIt(@TempDir Path tree) throws IOException {
        Path sof = Files.createDirectories(tree.resolve("sound/soc/sof"));
        Files.writeString(tree.resolve("Makefile"), "VERSION = 6\nPATCHLEVEL = 12\n");
        Files.writeString(sof.resolve("sof-audio.h"), """
                #define spcm_err(__spcm, __dir, __fmt, ...)\t\t\\
                \tdev_err((__spcm)->scomp->dev, "%s: pcm%u (%s), dir %d: " __fmt,\t\\
                \t\t__func__, (__spcm)->pcm.pcm_id, (__spcm)->pcm.pcm_name, __dir,\t\\
                \t\t##__VA_ARGS__)
                """);
        String caller = """
                #include "%s"
                static int sof_trigger(struct snd_sof_pcm *spcm, int dir)
                {
                \tspcm_err(spcm, dir, "failed to set final state %%d for all pipelines\\n", 2);
                \treturn 0;
                }
                """;
        Files.writeString(sof.resolve("ipc4-pcm.c"), caller.formatted("sof-audio.h"));
        Files.writeString(sof.resolve("other.c"), caller.formatted("../elsewhere/sof-audio.h"));
        KbGenerator g = new KbGenerator();
        g.read(KbGenerator.Tree.of(tree));
        assertEquals(List.of("sound/soc/sof/ipc4-pcm.c err %s: pcm%u (%s), dir %d: failed to set final state %d for all"
                + " pipelines"), g.rows().stream().map(r -> r.file() + " " + r.level() + " " + r.format()).toList());
    }
}
