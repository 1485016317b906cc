package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explain, kb import, kb check and --kb, as a user runs them. */
class KnowledgeBaseCommandsTest {
    @TempDir
    Path dir;

    @Test
    void explainNamesTheSourceFamilyAndAdvice() {
        Cli cli = Cli.run("explain", "[  130.220114] atmel_i2s f8050000.i2s: TX underrun on channel 0");
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("printed by  sound/soc/atmel/atmel-i2s.c atmel_i2s_interrupt, dev_err"), cli.out());
        assertTrue(cli.out().contains("family      dai-fifo"), cli.out());
        assertTrue(cli.out().contains("values: 0"), cli.out());
        // alone, the line is an underrun of the DAI's FIFO: the fix of that cause, on the driver's platform
        assertTrue(cli.out().contains("alone       dai-fifo (observed): Give audio DMA more headroom"), cli.out());
        assertFalse(cli.out().contains("what to do"), cli.out());
    }

    /**
     * What to do about a line is what analyze makes of it alone: a DAI's set_fmt that refused the
     * link's format is that format, not the family's "read the line before it"; alsa-lib's missing
     * card is no-card; a note, which alone is no incident, keeps its family's advice.
     */
    @Test
    void explainSaysWhatTheLineAloneIs() {
        Cli fmt = Cli.run("explain", "wm8804 1-003b: Unknown dai format");
        assertTrue(fmt.out().contains("alone       format-unsupported (observed): Give the DAI link a format"), fmt.out());
        Cli card = Cli.run("explain", "ALSA lib confmisc.c:767:(parse_card) cannot find card '0'");
        assertEquals(0, card.exit(), card.err());
        assertTrue(card.out().contains("alone       no-card (observed): List the cards the kernel registered"),
                card.out());
        Cli note = Cli.run("explain", "wm8804 1-003b: revision E");
        assertTrue(note.out().contains("what to do  Nothing on its own") && !note.out().contains("alone"), note.out());
        // a failed allocation alone is a note of the system rule: its family's advice, no error
        Cli memory = Cli.run("explain", "cma: cma_alloc: reserved: alloc failed, req-size: 256 pages, ret: -12");
        assertEquals(0, memory.exit(), memory.err());
        assertTrue(memory.out().contains("family      memory") && memory.out().contains("what to do  Where a stream"
                + " fails beside it"), memory.out());
        Cli amp = Cli.run("explain", "tas2764 1-0038: fault: over current");
        assertTrue(amp.out().contains("alone       amp-protection (observed)"), amp.out());
    }

    @Test
    void explainReadsALineAsTheKernelItNamesPrintsIt() {
        // 6.1 prints it with dev_err, 6.12 with dev_dbg
        String line = "mt8186-afe-gpio 11210000.audio-controller: mt8186_afe_gpio_adda_dl(), MOSI CLK ON select fail!";
        Cli plain = Cli.run("explain", line);
        assertTrue(plain.out().contains("dev_err, Linux 6.1\n") && plain.out().contains("family      clock-rate"),
                plain.out());
        Cli given = Cli.run("explain", "--kernel", "6.12.5", line);
        assertEquals(0, given.exit(), given.err());
        assertTrue(given.out().contains("dev_dbg, Linux 6.12\n") && given.out().contains("family      note"),
                given.out());
        Cli pasted = Cli.withStdin("[    0.000000] Linux version 6.12.5 (builder@host) (gcc 12) #1 SMP\n[    5.100000] "
                + line + "\n", "explain");
        assertTrue(pasted.out().contains("family      note"), "the boot's own release line: " + pasted.out());
        assertEquals(2, Cli.run("explain", "--kernel", "six", line).exit());
    }

    @Test
    void explainNamesTheOtherSourcesOfAText() {
        Cli shared = Cli.run("explain", "cs35l34 1-0040: Failed to restore register cache");
        assertTrue(shared.out().contains("printed by  sound/soc/codecs/cs35l34.c"), shared.out());
        assertTrue(shared.out().contains("also        printed by 2 other sources: sound/soc/codecs/cs35l33.c,"),
                shared.out());
        Cli own = Cli.run("explain", "atmel_i2s f8050000.i2s: TX underrun on channel 0");
        assertFalse(own.out().contains("also "), "one source prints it: " + own.out());
    }

    @Test
    void explainSaysWhatItDoesNotKnowAndExitsOne() {
        Cli cli = Cli.run("explain", "TX underrun on channel 0", "random: crng init done");
        assertEquals(1, cli.exit());
        assertTrue(cli.out().contains("random: crng init done\n  unknown"), cli.out());
        assertEquals(2, cli.out().split("\n\n").length, "each argument is its own line: " + cli.out());
    }

    @Test
    void commonWordsFromADriverOfAnotherKindAreNoAudioFinding() throws Exception {
        // an audio row's words ("failed to get %s"), printed by a serial and a display driver
        String serial = "imx-uart 30890000.serial: failed to get alias id, errno -19";
        String display = "exynos-drm-dsi 13900000.dsi: failed to get the clock: sclk_mipi";
        Cli explained = Cli.run("explain", serial, display, "fsl-ssi 2028000.ssi: failed to get the clock: baud");
        assertEquals(1, explained.exit());
        assertTrue(explained.out().contains(serial + "\n  unknown     common words, also printed by sound/"), explained.out());
        assertTrue(explained.out().contains("only from a line of a sound driver (printed by exynos-drm-dsi)"),
                explained.out());
        assertTrue(explained.out().contains("fsl-ssi 2028000.ssi: failed to get the clock: baud\n  printed by"),
                explained.out());
        Path log = dir.resolve("boot.log");
        Files.writeString(log, "[    1.100000] " + serial + "\n[    1.400000] " + display + "\n");
        Cli analysed = Cli.run("analyze", "--format", "json", log.toString());
        assertEquals(0, analysed.exit(), analysed.out());
        assertTrue(analysed.out().contains("\"parsed\" : 0"), analysed.out());
    }

    /** explain reads a line as the analysis does: an error row's words printed at info level are no error. */
    @Test
    void anErrorRowsWordsAtInfoLevelAreUnknownToExplainAsToAnalyze() throws Exception {
        String text = "mt8188-audio 10b10000.mt8188-afe-pcm: freq 49152000 > apll rate 45158400";
        Cli atError = Cli.withStdin("3,1,10000000,-;" + text + "\n", "explain");
        assertEquals(0, atError.exit(), atError.out());
        assertTrue(atError.out().contains("mt8188-dai-etdm.c mtk_dai_etdm_cal_mclk, dev_err"), atError.out());
        String atInfo = "6,1,10000000,-;" + text + "\n";
        Cli explained = Cli.withStdin(atInfo, "explain");
        assertEquals(1, explained.exit(), explained.out());
        assertTrue(explained.out().contains("  unknown     the words of an error of sound/soc/mediatek/mt8188/"
                + "mt8188-dai-etdm.c, printed here at info level"), explained.out());
        Path log = dir.resolve("kmsg.log");
        Files.writeString(log, atInfo);
        Cli analysed = Cli.run("analyze", "--format", "json", log.toString());
        assertEquals(0, analysed.exit(), analysed.out());
        assertTrue(analysed.out().contains("\"parsed\" : 0"), analysed.out());
    }

    @Test
    void explainReadsStandardInput() {
        Cli cli = Cli.withStdin("[ 1.0] usb 1-1.2: cannot submit urb 0, error -28: not enough bandwidth\n", "explain");
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("sound/usb/endpoint.c"), cli.out());
    }

    /** "explain dmesg.log": a file named is read line by line, as standard input is, not taken for a line. */
    @Test
    void explainReadsTheLinesOfAFileItIsGiven() throws Exception {
        Path log = dir.resolve("dmesg.log");
        Files.writeString(log, "[  130.220114] atmel_i2s f8050000.i2s: TX underrun on channel 0\n"
                + "[  131.000000] imx-sgtl5000 sound: capture write error (DMA or IRQ trouble?)\n");
        Cli cli = Cli.run("explain", log.toString(), "random: crng init done");
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(cli.out().startsWith("atmel_i2s f8050000.i2s: TX underrun on channel 0\n  printed by"), cli.out());
        assertTrue(cli.out().contains("capture write error (DMA or IRQ trouble?)\n  read as     ALSA giving up"),
                cli.out());
        assertTrue(cli.out().contains("random: crng init done\n  unknown"), cli.out());
        assertFalse(cli.out().contains(log.toString()), cli.out());
    }

    /** Every kind of message the grammar reads is told in words: a Java class name means nothing to a user. */
    @Test
    void everyMessageTheGrammarReadsHasWords() {
        for (Class<?> kind : io.xrunlens.event.Message.class.getPermittedSubclasses()) {
            if (kind != io.xrunlens.event.Message.Catalogued.class && kind != io.xrunlens.event.Message.Unknown.class) {
                assertTrue(ExplainCommand.GRAMMAR_MESSAGES.containsKey(kind), kind.getSimpleName());
            }
        }
    }

    @Test
    void importReadsAVendorTreeThatAnalyzeThenKnows() throws Exception {
        Path tree = dir.resolve("linux");
        Files.createDirectories(tree.resolve("sound/soc/vendor"));
        Files.writeString(tree.resolve("Makefile"), "VERSION = 5\nPATCHLEVEL = 10\nSUBLEVEL = 0\n");
        Files.writeString(tree.resolve("sound/soc/vendor/vendor-i2s.c"), """
                #define DRV_NAME "vendor-i2s"
                static irqreturn_t vendor_i2s_isr(int irq, void *data)
                {
                	/* a comment with dev_err("not a call") */
                	dev_err(dev, "TX FIFO starved "
                		     "on lane %d\\n", lane);
                	return IRQ_HANDLED;
                }
                """);
        Path out = dir.resolve("kb");
        Cli imported = Cli.run("kb", "import", tree.toString(), "-o", out.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("wrote 1 rows"), imported.out());
        String data = Files.readString(out.resolve("sound-soc-vendor.tsv"));
        assertTrue(data.contains("dai-fifo\terr\tdev_err\tdevice\tsound/soc/vendor/vendor-i2s.c\tvendor_i2s_isr\t5.10\t"),
                data);
        assertTrue(data.strip().endsWith("\tTX FIFO starved on lane %d"), data);
        assertEquals(0, Cli.run("kb", "check", out.toString()).exit());

        Path log = dir.resolve("board.log");
        Files.writeString(log, "[   10.000000] vendor-i2s 1f000000.i2s: TX FIFO starved on lane 3\n");
        assertEquals(0, Cli.run("analyze", log.toString()).exit(), "unknown without --kb");
        Cli analysed = Cli.run("analyze", "--kb", out.toString(), "--format", "json", log.toString());
        assertEquals(1, analysed.exit(), analysed.err());
        assertTrue(analysed.out().contains("\"cause\" : \"dai-fifo\""), analysed.out());
    }

    @Test
    void aBrokenKnowledgeBaseFileIsOneLineWithItsPlace() throws Exception {
        Files.writeString(dir.resolve("vendor.tsv"), "id\tfamily\nrow\n");
        Path log = dir.resolve("board.log");
        Files.writeString(log, "[   10.000000] x y: z\n");
        Cli cli = Cli.run("analyze", "--kb", dir.toString(), log.toString());
        assertEquals(2, cli.exit());
        assertTrue(cli.err().startsWith("xrunlens: " + dir.resolve("vendor.tsv") + ":1: expected the column line"),
                cli.err());
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }
}
