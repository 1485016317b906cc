package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A pr_* message printed with no prefix whose first words look like a driver and a device
 * ("Unsupported format: 1") is read as the row that prints the whole line, with no origin; a
 * line whose device has a device's name is read after its origin as before. Each line comes four
 * times with new numbers, so that the memos by rest and by shape answer for it too.
 */
class BarePrintkTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // sound/soc/meson/axg-tdmout.c, sound/core/sound.c, sound/soc/codecs/wm8960.c, wl1273.c: pr_err
        "Unsupported format: %d|axg-tdm|Unsupported format: %u",
        "ALSA core: unable to register native major device number %d|sound.alsa_sound_init|"
                + "ALSA core: unable to register native major device number %d",
        "WM8960 PLL: Unsupported N=%d|wm8960.pll_factors|WM8960 PLL: Unsupported N=%d",
        "Unexpected mode: %d.|wl1273.|Unexpected mode: %d.",
        // sound/soc/ti/omap3pandora.c: pr_err(PREFIX "...") with PREFIX "ASoC omap3pandora: "
        "ASoC omap3pandora: can't set SRG clock divider|omap3pandora.|ASoC omap3pandora: can't set SRG clock divider",
        // sound/core/pcm_memory.c: pr_warn("ALSA pcmC%dD%d%c,%d:%s: ..."), whose "ALSA pcmC0D%dp,0:HiFi"
        // frames as a driver and a device; no driver registers a name of capitals alone
        "ALSA pcmC0D%dp,0:HiFi: cannot preallocate for size 65536|pcm_memory.|"
                + "ALSA pcmC%dD%d%c,%d:%s: cannot preallocate for size %zu",
        // sound/drivers/opl3/opl3_oss.c: 6.1's snd_printk, where 6.12 prints the same text with dev_err
        "FM Error: Invalid instrument number %d|opl3_oss.|FM Error: Invalid instrument number %d",
        // a device's name: read after its origin, as its driver's own row
        "axg-tdmout ff642000.audio-controller: Unsupported format: %d|axg-tdm|Unsupported format: %u",
    })
    void readsTheWholeLineAsTheRowThatPrintsIt(String line, String rowId, String format) {
        for (Event e : RepeatedLine.readAsRow(line, rowId)) {
            assertEquals(format, ((Message.Catalogued) e.message()).form().format(), line);
            boolean bare = !line.contains(".audio-controller");
            assertEquals(bare ? "" : "axg-tdmout", e.record().driver(), line);
            assertTrue(e.record().message().startsWith(line.substring(0, 10)), e.record().message());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // words that look like an origin before a text no row prints whole
        "Unsupported thing: %d",
        // a device row's words (stm32-dma's dev_err) with no device before them: not that row
        "Transfer Err: stat=0x%d",
        // virt-dma's debug line cut of its device prefix: "vchan" and a hashed pointer are no origin
        // to look past (the grammar reads the line only after its device)
        "vchan fe%d: txd 5a1e0b45[3]: submitted",
    })
    void aLineNoRowPrintsWholeStaysUnread(String line) {
        for (Event e : RepeatedLine.read(line)) {
            assertTrue(e.message() instanceof Message.Unknown, line + " read as " + e.message());
        }
    }
}
