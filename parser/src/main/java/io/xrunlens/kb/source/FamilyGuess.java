package io.xrunlens.kb.source;

import io.xrunlens.catalog.MessageFamily;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The family of a generated row, guessed from where the call is (file, function), its level and
 * its words. It leans towards {@link MessageFamily#NOTE}: info and notice lines, and warnings
 * outside the families that are failures whatever their level (FIFO errors, DMA channels,
 * pointers, latency), are printed by healthy boards too. Hand-written overrides correct it.
 */
public final class FamilyGuess {
    private static final Pattern XRUN = Pattern.compile(
            "underrun|overrun|underflow|overflow|\\bxrun|fifo\\b[^.]*(?:error|empty|full|starv)|starv"
                    + "|frame ?sync(?:hro)? err");
    /**
     * An overflow that is no FIFO's: of a count, a size or an index a driver parses from its
     * firmware or tables, a frequency it computes, a trace buffer, a register flag it could not
     * read; and a MIDI or serial port's overrun. Such a line is read by its other words.
     */
    private static final Pattern NOT_XRUN = Pattern.compile(
            "\\bsize|\\bcount|index|offset|array|\\bfile\\b|table|trace|freq|calibration|\\baccess\\b|\\bflag\\b"
                    + "|position|lifeboat|\\bspi\\b|midi|profile|header|\\bhdr\\b|end of data|state buffer|stat buffer");
    /**
     * An overflow of a signal, not of a FIFO: a codec's DAC or ADC filter or barrel shifter that
     * saturated, a smart amplifier's current or voltage monitor (IMON, VMON, VPMON) out of range.
     * The sound clipped and the stream runs: a note, unless the words name a FIFO.
     */
    private static final Pattern SIGNAL_OVERFLOW = Pattern.compile("\\b(?:adc|dac)\\b|barrel|\\b[iv]p?mon\\b");
    private static final Pattern MIDI_SOURCE = Pattern.compile("sound/core/seq/|sound/drivers/(?:serial-u16550|mpu401)");
    /** A DSP's firmware at work (a lone "dsp" only where {@link #DSP_AS_FORMAT_OR_CLOCK} does not read it). */
    private static final Pattern DSP = Pattern.compile(
            "firmware|\\bfw\\b|\\bipc\\b|\\bdsp\\b|topology|\\btplg\\b|manifest|mailbox|\\bmbox\\b|\\bhost ?fw");
    /**
     * Where the word "DSP" alone is a DAI's frame format ("DSP mode", "DSP-A", "DSP B": da7213's
     * "Mono supported only in DSP mode" is a codec refusing the stream's channels), stands among a
     * format's words (pcm3168a's "TDM is supported under DSP/I2S/Left_J only", "24-bit slots not
     * supported in consumer mode using DSP") or names a clock (pcm512x's "Failed to write DSP
     * divider"): no firmware is at work.
     */
    private static final Pattern DSP_AS_FORMAT_OR_CLOCK = Pattern.compile(
            "\\bdsp[ -]?(?:mode|[ab]\\b)|\\bi2s\\b|left_j|right_j|\\btdm\\b|\\bslots?\\b"
            + "|(?:consumer|provider|master|slave) mode|\\bdsp\\w* (?:divider|clock|clk|rate)");
    /**
     * A rate's words, which {@link #CLOCK} and {@link #RATE} share: a PLL or FLL, a rate or
     * frequency, a divider by any of its names ("divisors", "cmr_div", "pre_div"). A ratio is one
     * only as a word or an FLL's ("FRATIO"): "registration", "configuration", "calibration" and
     * "operation" hold the letters too.
     */
    private static final String RATE_WORDS = "\\b[fp]ll\\d*\\b|\\brate\\b|sample ?rate|frequency|\\bfreq\\b|divider"
            + "|divisors?\\b|\\bdiv\\b|_div\\b|(?<![a-z])f?ratio|\\bfs\\b|hz\\b";
    /** A clock's words: a rate's, or a clock named ({@code clk} in any word: "LRCLK", "sysclk"). */
    private static final Pattern CLOCK = Pattern.compile("clk|clock|" + RATE_WORDS);
    /**
     * A clock a driver could not get, enable, prepare or register ("failed to get ahbix clk",
     * "unable to enable clock", "clk_prepare_enable failed": the words of the clock API's
     * calls too): outside a stream's functions and with no word of a rate, that is a resource
     * the driver could not have, not a rate it could not make.
     */
    private static final Pattern CLOCK_RESOURCE = Pattern.compile("(?<![a-z])(?:get|enable|prepare|register|request)(?![a-z])");
    /**
     * Words beside a clock's that make it no clock a driver could not have: SoundWire's clock stop,
     * which a bus prepares (a link's state); a GPIO that selects or enables a clock; a clock that
     * is not the right one ("can't get correct mclk", "unable to get proper clk": a rate), or a
     * value or request that is invalid.
     */
    private static final Pattern NOT_A_CLOCK_NOT_HAD = Pattern.compile(
            "(?:clock|clk)[ _-]?stop|gpio|invalid|correct|proper|suitable");
    /** A rate's words, or a system clock's (a clock whose words say what rate it runs at). */
    private static final Pattern RATE = Pattern.compile("sysclk|" + RATE_WORDS);
    /**
     * DMA engines that never carry audio: memory-to-memory and offload engines (RAID, XOR,
     * PCIe, data streaming), those of UARTs, of other serial buses (Qualcomm's GENI I2C, SPI and
     * UART engines, Tegra's general-purpose DMA, the EG20T's) and of displays, TI's network
     * rings (k3-udma-glue: McASP's channels are k3-udma's own), STM32's master DMA (its SAIs' are
     * stm32-dma's), Altera's FPGA scatter-gather engine, and the DMA test module. Their
     * errors are a server's, a bus's or a network's, not a stream's: an audio finding from them
     * is a false one.
     */
    private static final Pattern NOT_AUDIO_DMA = Pattern.compile("drivers/dma/(?:ioat/|idxd/|ptdma/|amd/|dw-edma/"
            + "|fsl-dpaa2-qdma/|ppc4xx/|sf-pdma/|hsu/|lgm/|hisi_dma|plx_dma|fsl-qdma|fsl_raid|bcm-sba-raid|mv_xor"
            + "|xgene-dma|idma64|dmatest|mediatek/mtk-(?:uart-apdma|cqdma|hsdma)|qcom/hidma|qcom/gpi|ti/k3-udma-glue"
            + "|tegra186-gpc-dma|pch_dma|xilinx/(?:xilinx_dpdma|zynqmp_dma|xdma)|altera-msgdma|(?:stm32/)?stm32-mdma)");
    private static final Pattern STREAM_FUNCTION = Pattern.compile(
            "hw_?params|hw_free|startup|prepare|trigger|set_(?:dai_)?(?:fmt|sysclk|pll|clkdiv|tdm)|pcm_open"
                    + "|_open$|shutdown|_start$|_stop$");
    private static final Pattern CODEC_WORDS = Pattern.compile(
            "codec|\\bi2c\\b|regmap|chip ?id|device id|\\bid\\b|reset|regulator|supply|supplies|power");
    /**
     * A codec's other bus, in a codec's own source: "Failed to register wm8750 SPI driver: %d",
     * "SPI transfer failed: %d" are the codec's as its I2C twins are. Only there: a DAI's probe
     * that names SPI is no codec's.
     */
    private static final Pattern CODEC_SPI = Pattern.compile("\\bspi\\b");
    /** Words that name the codec itself, or the AC'97 link or I2C bus it answers on. */
    private static final Pattern CODEC_NAMED = Pattern.compile("codec|ac'?97|\\bi2c\\b");
    /**
     * The codec drivers' own sources: ASoC's, the I2C codecs of older cards, AC'97's, Apple's;
     * HDA's side codecs (smart amplifiers); and the SoCs' internal codecs and DACs that live
     * beside their DAIs (Allwinner's, Amlogic's T9015, Pistachio's, StarFive's PWM DAC).
     */
    static final Pattern CODEC_FILE = Pattern.compile("sound/(?:soc/codecs|i2c|pci/ac97|aoa/codecs)/.*"
            + "|sound/pci/hda/\\w*_hda\\w*\\.c|sound/(?:.*/)?(?:sun\\w*-codec[\\w-]*|t9015|pistachio-internal-dac"
            + "|\\w*pwmdac|ad1843|ak4531_codec|daca|sh_dac_audio|codec)\\.c");
    private static final Pattern HDA_CODEC = Pattern.compile(
            "codec|response|not responding|single_cmd|\\bverb|\\brirb|\\bcorb|no codecs");
    private static final Pattern POINTER = Pattern.compile("hw_ptr|hw_pointer|position|\\bpointer\\b");
    private static final Pattern FAILURE = Pattern.compile(
            "timeout|timed out|time out|fail|error|err\\b|stop|terminat|abort|stuck|halt|busy");
    static final Pattern DSP_PATH = Pattern.compile(
            "/sof/|/intel/(?:avs|catpt|skylake|atom|common)/|/qcom/qdsp6/|mediatek/.*(?:adsp|dsp)|wm_adsp|cs_dsp");

    /**
     * Words of a card's description (its device-tree node or properties, a phandle) that is
     * missing or cannot be read: "Property 'audio-codec' missing or invalid", "could not find
     * codec node", "sound-dai property parse error". A machine driver's probe that prints them
     * gives up: the card's description, not the codec its words may name, is what failed.
     */
    private static final Pattern DESCRIPTION_MISSING = Pattern.compile(
            "(?:property|\\bnode\\b|phandle)[^.]*?(?:missing|invalid|not provided|not found|pars)"
                    + "|(?:missing|invalid|could not find|can't find|cannot find|failed to find|failed pars\\w*|unable to parse"
                    + "|failed to get)\\b[^.]*?(?:property|\\bnode\\b|phandle)");

    /**
     * Words of a registration that failed: of the sound card ("snd_soc_register_card failed",
     * "Failed to register card(%s)", "card registration failed", the ASoC core's "failed to
     * instantiate card", which puts it together from its links) or of a part the card is made
     * of, a DAI, component, platform or PCM ("failed to register ASoC DAI", "could not register
     * platform: %d"). A probe that prints them gives the part up: nothing optional is left to
     * register, unlike a clock or GPIO a driver may do without. Function names count as words
     * ("devm_snd_soc_register_card() failed"); "not registered" is a part waited for, no failure.
     */
    private static final Pattern REGISTRATION = Pattern.compile(
            "\\bregist\\w*(?: \\w+){0,3}? (?:sound ?)?(?:card|soundcard|components?|dais?|platform|pcm|dma|dmaengine"
                    + "|machine)\\b"
                    + "|\\b(?:card|component|dai|platform|pcm|machine)(?: \\w+){0,2}? regist(?:er|ration)(?: \\w+){0,2}?"
                    + " (?:fail|error)"
                    + "|\\b(?:cannot|can't|couldn't|unable to|failed to)(?: snd)? (?:card|component|dai|pcm) register\\b"
                    + "|\\binstantiate (?:the )?(?:sound )?card\\b");

    private FamilyGuess() {
    }

    /** Whether a format's words say the card's description is missing or cannot be read ({@link #DESCRIPTION_MISSING}). */
    public static boolean namesAMissingDescription(String format) {
        return DESCRIPTION_MISSING.matcher(format.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * A Qualcomm DSP's Linux side refusing what the device tree or the stream asked of a port
     * (q6afe-dai's "rx slot not found", "No Data Delay from DT", q6afe's "Invalid SD lines",
     * "AFE Port already open"): a link's or a port's set-up, read by its other words, where a line
     * of qdsp6/ otherwise is the DSP's.
     */
    private static final Pattern QDSP6_CONFIGURATION = Pattern.compile(
            "\\bslots?\\b|slot_width|channels?\\b|channel mode|\\bsd lines?\\b|no line is assigned|from dt\\b"
            + "|dai id|invalid format|: format %d|already open|port id|port idx|port_id");

    private static boolean isQdsp6Configuration(String file, String words) {
        return file.contains("/qcom/qdsp6/") && QDSP6_CONFIGURATION.matcher(words).find();
    }

    /** Whether the words name a DSP's firmware at work: a word of {@link #DSP} other than a lone "dsp" of a format or a clock. */
    private static boolean namesADspAtWork(String words) {
        Matcher m = DSP.matcher(words);
        while (m.find()) {
            if (!m.group().equals("dsp") || !DSP_AS_FORMAT_OR_CLOCK.matcher(words).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a format's words say that registering the card or a part of it failed
     * ({@link #REGISTRATION}); what is not a letter, digit or apostrophe reads as a space, so
     * that the calls' names ("snd_soc_register_card") and conversions ("dai %d register fail") are words.
     */
    public static boolean namesARegistration(String format) {
        String words = format.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9']+", " ");
        return REGISTRATION.matcher(words).find();
    }

    /**
     * Whether a format's words say a clock could not be had: got, enabled, prepared or
     * registered ("Failed to enable MCLK: %d", "clk_enable failed: %d", "Could not get kclk"),
     * with no word of a rate, a divider or a PLL (that is a rate the clock could not be set to),
     * nor any of {@link #NOT_A_CLOCK_NOT_HAD}.
     */
    public static boolean namesAClockNotHad(String format) {
        String words = format.toLowerCase(Locale.ROOT);
        return CLOCK.matcher(words).find() && CLOCK_RESOURCE.matcher(words).find() && !RATE.matcher(words).find()
                && !NOT_A_CLOCK_NOT_HAD.matcher(words).find();
    }

    public static MessageFamily of(String file, String function, String level, String format) {
        String words = format.toLowerCase(Locale.ROOT);
        String fn = function.toLowerCase(Locale.ROOT);
        boolean error = switch (level) {
            case "emerg", "alert", "crit", "err" -> true;
            default -> false;
        };
        boolean warning = level.equals("warn");
        if (!error && !warning) {
            return MessageFamily.NOTE;
        }
        if (file.startsWith("kernel/")) {
            return file.contains("spurious") ? MessageFamily.IRQ_DISABLED : MessageFamily.LATENCY;
        }
        if (file.startsWith("drivers/base/")) {
            return MessageFamily.NOTE; // the firmware loader serves every device; audio's own lines say more
        }
        if (file.startsWith("drivers/dma/")) {
            return !NOT_AUDIO_DMA.matcher(file).lookingAt() && (error || FAILURE.matcher(words).find())
                    ? MessageFamily.DMA_CHANNEL : MessageFamily.NOTE;
        }
        boolean usb = file.startsWith("sound/usb/");
        boolean xrun = XRUN.matcher(words).find();
        if (xrun && SIGNAL_OVERFLOW.matcher(words).find() && !words.contains("fifo")) {
            return MessageFamily.NOTE;
        }
        if (xrun && !NOT_XRUN.matcher(words).find() && !MIDI_SOURCE.matcher(file).lookingAt()) {
            return usb ? MessageFamily.USB_AUDIO : MessageFamily.DAI_FIFO;
        }
        if (file.startsWith("sound/core/") && POINTER.matcher(words).find()) {
            return MessageFamily.HW_POINTER;
        }
        if (!error) {
            // a codec's calibration that did not finish is one at any level: wm8904's dev_warn
            // "DC servo timed out" is wm8962's dev_err
            return RowReadings.namesACalibrationNotDone(file, format) ? MessageFamily.DRIVER_ERROR : MessageFamily.NOTE;
        }
        if (usb) {
            // mixer controls that cannot be read are common on healthy devices and stop no stream
            return file.contains("mixer") ? MessageFamily.NOTE : MessageFamily.USB_AUDIO;
        }
        // AVS's machine drivers (avs/boards/) print a card's errors, not the DSP's
        if (DSP_PATH.matcher(file).find() && !file.contains("/boards/") && !isQdsp6Configuration(file, words)
                || namesADspAtWork(words)) {
            return MessageFamily.DSP_FIRMWARE;
        }
        if ((file.startsWith("sound/pci/hda/") || file.startsWith("sound/hda/")) && HDA_CODEC.matcher(words).find()) {
            return MessageFamily.CODEC;
        }
        if (fn.contains("probe") || fn.endsWith("_init") || fn.contains("component_init")) {
            // A DAI's, a controller's or a machine driver's own regmap, reset, clock or supply
            // that failed is its error, not a codec's: "the codec did not answer" and codec
            // advice would send one looking at the wrong chip (AMD's "ACP power on failed").
            if (file.startsWith("sound/soc/codecs/")) {
                return MessageFamily.CODEC;
            }
            // a machine driver's description of the card it could not read names the codec it
            // looks for ("Property 'audio-codec' missing or invalid"): the card's, not the codec's
            if (!CODEC_WORDS.matcher(words).find()
                    || DESCRIPTION_MISSING.matcher(words).find() && !CODEC_FILE.matcher(file).matches()) {
                return MessageFamily.CARD;
            }
            return CODEC_FILE.matcher(file).matches() || CODEC_NAMED.matcher(words).find()
                    ? MessageFamily.CODEC : MessageFamily.DRIVER_ERROR;
        }
        boolean clock = CLOCK.matcher(words).find();
        if (STREAM_FUNCTION.matcher(fn).find()) {
            return clock ? MessageFamily.CLOCK_RATE : MessageFamily.STREAM_START;
        }
        if (clock && (!CLOCK_RESOURCE.matcher(words).find() || RATE.matcher(words).find())) {
            return MessageFamily.CLOCK_RATE;
        }
        if (CODEC_FILE.matcher(file).matches() && (CODEC_WORDS.matcher(words).find() || CODEC_SPI.matcher(words).find())) {
            return MessageFamily.CODEC;
        }
        return MessageFamily.DRIVER_ERROR;
    }
}
