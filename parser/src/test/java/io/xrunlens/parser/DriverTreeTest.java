package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A knowledge-base row whose words are not audio's own ("failed to get %s", "No platform data")
 * is read only from a line of a driver of its own tree (by its name, or by its source file's:
 * "wcd934x"), a driver unknown to drivers.tsv whose name holds a word of the row's tree (audio's
 * or DMA's), or a line with no driver prefix; a row with an audio word in
 * it ("... I2S clock ...") from any driver's line. Each line is read several times with new
 * numbers, so that the reader's memo by rest and by shape answer for it too.
 */
class DriverTreeTest {

    /**
     * One format, two sources: mt8188-dai-etdm.c prints "freq %d > apll rate %d" with dev_err,
     * mt8195-dai-etdm.c with dev_info. A line of the MT8195's driver is its own folder's row, a
     * note, whichever row the text met first; the MT8188's is the error. tas2770.c prints with
     * dev_info what tas2562.c, in the same folder, prints with dev_err. The same words with
     * another conversion too: aw88261.c (a codec) prints "failed to init regmap: %d", fsl_esai.c
     * and the Amlogic DAIs "%ld", and rt298.c and acp-i2s.c "Unsupported channels %d" in one
     * folder and another. A line of a driver drivers.tsv knows is its own file's or folder's row,
     * whichever the text met first; a line of a driver it does not know (an audio clock
     * controller's "axg-audio", a vendor kernel's "sunxi-daudio") is not claimed to be the codec's
     * where a file of another kind prints the same words: a driver error (no id to name: any
     * row's).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mt8195-audio 10b10000.mt8195-afe-pcm: freq 49152000 > apll rate 45158400|mt8195-dai-etdm.|NOTE",
        "mt8188-audio 10b10000.mt8188-afe-pcm: freq 49152000 > apll rate 45158400|mt8188-dai-etdm.|CLOCK_RATE",
        "tas2770 1-0041: Property ti,imon-slot-no is missing setting default slot|tas2770.|NOTE",
        // tas2562.c prints it at err for one slot and at info for the other, and takes a default for both
        "tas2562 1-004c: Property ti,imon-slot-no is missing setting default slot|tas2562.|NOTE",
        // headset detection's reports of the plug, printed with dev_err: no error
        "wcd934x-codec 30010000.wcd934x: wcd934x_wcd_mbhc_calc_impedance: stereo plug type detected|wcd934x.|NOTE",
        // the same words with another conversion
        "fsl-esai-dai 2024000.esai: failed to init regmap: -12|fsl_esai.|DRIVER_ERROR",
        "axg-tdmin ff642000.audio-controller: failed to init regmap: -12||DRIVER_ERROR",
        "aw88261-aif 1-0034: failed to init regmap: -12|aw88261.|CODEC",
        "aw88261 1-0034: failed to init regmap: -12|aw88261.|CODEC",
        "rt298 1-001c: Unsupported channels 6|rt298.|STREAM_START",
        "samsung-spdif 3830000.spdif: Invalid clock ratio 3/-110|spdif.spdif_hw_params.|CLOCK_RATE",
        "axg-audio ff642000.clock-controller: failed to init regmap: -12||DRIVER_ERROR",
        "sunxi-daudio 2032000.daudio: failed to init regmap: -12||DRIVER_ERROR",
    })
    void aFormatSeveralSourcesPrintIsThePrintingDriversRow(String line, String idStart, String family) {
        Message.Catalogued c = catalogued("[   10.000000] " + line + "\n").get(0);
        assertTrue(c.form().id().startsWith(idStart == null ? "" : idStart), c.form().id());
        assertEquals(family, c.form().family().name(), line);
    }

    /**
     * A debug call's row (kept where its words would otherwise read as an error): a plain dmesg
     * has no levels, so with dynamic debug on, a driver's line whose own file prints that text
     * only at debug level is its own row, a note. wm8962.c prints "No SYSCLK configured" with
     * dev_dbg, max98090.c with dev_err; cs43130.c's "HP load measure failed" is a debug line that
     * another codec's "%s failed" would read as an error; rt1011.c prints "tx slot location
     * error" with both, and the error wins. The own file is the one named as the driver, or the
     * one that registers its name (via82xx.c registers "snd_via82xx" and "m680x"). Where the own
     * file prints the text from several functions, a line that names one of them is its call's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "wm8962 1-001a: No SYSCLK configured|wm8962.|NOTE",
        "max98090 1-0010: No SYSCLK configured|max98090.|CLOCK_RATE",
        "cs43130 1-0030: HP load measure failed|cs43130.|NOTE",
        "rt1011 1-0038: tx slot location error|rt1011.|STREAM_START",
        "snd_via82xx 0000:00:11.5: invalid via82xx_cur_ptr (size = 8, count = 16)|via82xx.|NOTE",
        "m680x 0000:00:11.5: invalid via82xx_cur_ptr (size = 8, count = 16)|via82xx.|NOTE",
        "snd_via82xx_modem 0000:00:11.6: invalid via82xx_cur_ptr (size = 8, count = 16)|via82xx_modem.|DRIVER_ERROR",
        // one file, one text, several functions: the function the line names ("%s failed", __func__)
        "aw88399-aif 1-0034: aw_dev_pwd failed|aw88399.aw_dev_pwd.|NOTE",
        "aw88399-aif 1-0034: aw88399_codec_probe failed|aw88399.aw88399_codec_probe.|CODEC",
        "aw88399-aif 1-0034: HiFi failed|aw88399.aw88399_codec_probe.|CODEC",
        "wcd9335-codec wcd9335-codec: wcd_clsh_v3_state_hph_l: Normal mode not applicable for hph_l|wcd-clsh-v2.wcd_clsh_v3_state_hph_l.|NOTE",
    })
    void aDriversOwnDebugLineIsANote(String line, String idStart, String family) {
        List<Message.Catalogued> read = catalogued("[   10.000000] " + line + "\n");
        assertEquals(1, read.size(), line);
        assertTrue(read.get(0).form().id().startsWith(idStart), line + ": " + read.get(0).form().id());
        assertEquals(family, read.get(0).form().family().name(), line);
    }

    /**
     * A log that carries each line's printk level (/dev/kmsg, dmesg -x): an error row's words printed
     * at info or debug level are another call's, and no error; dev_err_probe's rows print at debug
     * level when the probe is deferred, and stay. A line printed as an error is no debug call's:
     * wm8962's "No SYSCLK configured" at err is the error row another file prints, at debug level
     * its own note.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3,1,10000000,-;mt8188-audio 10b10000.mt8188-afe-pcm: freq 49152000 > apll rate 45158400|mt8188-dai-etdm.",
        "6,1,10000000,-;mt8188-audio 10b10000.mt8188-afe-pcm: freq 49152000 > apll rate 45158400|",
        "7,1,10000000,-;mt8188-audio 10b10000.mt8188-afe-pcm: freq 49152000 > apll rate 45158400|",
        "7,1,10000000,-;fsl-asoc-card sound: error -EPROBE_DEFER: failed to find CPU DAI device|fsl-asoc-card.",
        "kern  :info  : [   10.000000] mt8188-audio 10b10000.mt8188-afe-pcm: freq 49152000 > apll rate 45158400|",
        "kern  :err   : [   10.000000] mt8188-audio 10b10000.mt8188-afe-pcm: freq 49152000 > apll rate 45158400|mt8188-dai-etdm.",
        "3,1,10000000,-;wm8962 1-001a: No SYSCLK configured|max98090.",
        "7,1,10000000,-;wm8962 1-001a: No SYSCLK configured|wm8962.",
        // rows of too little text to index, tried by the driver's name: aw88399.c prints "%s failed"
        // with dev_err in its probe and dev_dbg elsewhere
        "3,1,10000000,-;aw88399-aif 1-0034: rx failed|aw88399.aw88399_codec_probe",
        "7,1,10000000,-;aw88399-aif 1-0034: rx failed|aw88399.aw_dev_",
    })
    void anErrorRowsWordsAtInfoLevelAreNoError(String line, String idStart) {
        List<String> ids = catalogued(line + "\n").stream().map(c -> c.form().id()).toList();
        if (idStart == null) {
            assertEquals(List.of(), ids, line);
        } else {
            assertTrue(ids.size() == 1 && ids.get(0).startsWith(idStart), line + ": " + ids);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a display's and a serial driver's rows printed by display drivers: nothing audio's
        "exynos-drm-dsi 13900000.dsi: failed to get the clock: sclk_mipi|",
        "display-connector connector: Failed to request HPD edge interrupt, falling back to polling|",
        "sh-sci e6e88000.serial: failed to get fck|",
        // the same words from audio and DMA drivers, known or named so, and from a line with no prefix
        "fsl-ssi 2028000.ssi: failed to get the clock: baud|failed to get %s",
        "acme-i2s 40010000.i2s: failed to get the clock: mclk|failed to get %s",
        "vendor-dma 40020000.dma: failed to reset device|failed to reset device",
        "wcd934x 1-0010: failed to get the clock: mclk|failed to get %s",
        "core 1-0010: failed to get the clock: mclk|",
        // the row's own source names the driver; SoundWire is audio's tree; a DMA engine's name
        "galaxy 30010000.galaxy: invalid capture DMA 3|invalid capture DMA %d",
        "ab8500-codec 30010000.ab8500: pm_runtime_get_sync failed in HiFi, ret -110|pm_runtime_get_sync failed in %s, ret %d",
        "acme-xdmac 40030000.dma: failed to reset device|failed to reset device",
        // a name of one tree is not asked of the other's rows: an audio clock controller's reset
        // is no DMA engine's, a DMA engine's clock no audio driver's
        "axg-audio-clkc ff642000.audio-controller: failed to reset device|",
        "vendor-dma 40020000.dma: failed to get the clock: ahb|",
        // a number in a name is an instance's when short ("ssi1"), else the part's: a heart-rate
        // sensor's analog front end, "afe4404", is no audio front end ("afe")
        "afe4404 1-0058: Unable to request IRQ|",
        "afe2 40010000.afe: Unable to request IRQ|Unable to request IRQ",
        "acme-xdmac 40030000.dma: failed to get the clock: ahb|",
        // a text that rows of both trees print: a DMA engine's line is its tree's row, a codec's
        // line the row of its own file or folder, not of another folder of its tree
        "max98095 1-0010: Failed to reset: -5|Failed to reset: %d",
        // max98088.c prints that text itself, at debug level: its own row, a note, not another file's error
        "max98088 1-0010: No platform data|No platform data",
        "failed to get the clock: baud|failed to get %s",
        // snd-usb-audio prints under the USB device: read from the bus's lines, not another USB driver's
        "usb 3-3: 1:1: cannot get freq at ep 0x82|%d:%d: cannot get freq at ep %#x",
        "legousbtower 1-1:1.0: tower_write: usb_submit_urb failed (-22)|",
        "usb usb1: 1:1: cannot get freq at ep 0x82|%d:%d: cannot get freq at ep %#x",
        "usb 3-3.1:1.0: 1:1: cannot get freq at ep 0x82|%d:%d: cannot get freq at ep %#x",
        // the bus's name on a platform device ("usb 30010000.usb", a made-up printer) is no USB device
        "usb 30010000.usb: 1:1: cannot get freq at ep 0x82|",
        // an audio word in the row's own text: read from any driver's line
        "acme-codec 1-001a: ASoC: error at snd_soc_dai_hw_params on HiFi: -22|ASoC: error at %s on %s: %d",
    })
    void aRowOfCommonWordsIsReadOnlyFromItsOwnTreesDrivers(String line, String format) {
        StringBuilder log = new StringBuilder();
        Matcher number = Pattern.compile("(?<= \\D{0,12})\\d+").matcher(line); // the device's first number
        for (int i = 0; i < 4; i++) {
            String renumbered = number.reset().find()
                    ? line.substring(0, number.start()) + (Long.parseLong(number.group()) + i) + line.substring(number.end())
                    : line;
            log.append(String.format("[%5d.%06d] %s%n", 10 + i, 1000 * i, renumbered));
        }
        List<String> formats = catalogued(log.toString()).stream().map(c -> c.form().format()).toList();
        if (format == null) {
            assertTrue(formats.isEmpty(), line + " was read as " + formats);
        } else {
            assertEquals(List.of(format, format, format, format), formats, line);
        }
    }

    /** The messages of the knowledge base and the catalogue the whole reader made of a log. */
    private static List<Message.Catalogued> catalogued(String log) {
        List<Event> events = new ArrayList<>();
        new LogReader(LogReader.Options.defaults()).read("t", "",
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), events::add);
        return events.stream().map(Event::message).filter(m -> m instanceof Message.Catalogued)
                .map(m -> (Message.Catalogued) m).toList();
    }
}
