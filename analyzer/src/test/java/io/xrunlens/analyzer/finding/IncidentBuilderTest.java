package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.Analyzer;
import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.parser.LogReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentBuilderTest {
    /** A stall's length is written as %.1f writes it: halves up, every span, near and far. */
    @Test
    void aSpanInTenthsIsWhatTheFormatterWrites() {
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            long micros = switch (i % 4) {
                case 0 -> i * 50_000L; // exact halves: 0.05 s, 0.15 s...
                case 1 -> random.nextInt(100_000_000);
                case 2 -> Math.abs(random.nextLong() % 10_000_000_000_000L);
                default -> -random.nextInt(1_000_000);
            };
            assertEquals(String.format(Locale.ROOT, "%.1f", micros / 1e6), Seconds.tenths(micros),
                    Long.toString(micros));
        }
    }
    @Test
    void reportChainsIntoOneIncidentOnChannelTwo() throws Exception {
        InputReport r = Logs.analyzeSample("report/imx6-report-flattened.log");
        assertEquals(1, r.incidents().size());
        Incident i = r.incidents().get(0);
        assertEquals(2, i.channel().getAsInt());
        assertEquals(PcmDirection.CAPTURE, i.stream());
        assertEquals(List.of("xrun", "terminate-after-prep", "misapplied-free", "dma-stall"), i.ruleIds());
        assertEquals(535_201_640L, i.startMicros());
        assertEquals(545_766_075L, i.endMicros());
        assertTrue(i.verdict().contains("0a262722"), i.verdict());
        assertTrue(i.verdict().contains("10.6 s"), i.verdict());
        assertTrue(i.fix().contains("4e2b10be1f4f"), i.fix());
        assertTrue(i.chain().stream().anyMatch(e -> e.role().equals("terminate") && e.micros() == 535_201_664L));
    }

    @Test
    void raceOnOneChannelDoesNotTakeTheOtherChannelsXrun() throws Exception {
        InputReport r = Logs.analyzeSample("synthetic/two-streams-one-race.log");
        assertEquals(1, r.incidents().size());
        Incident i = r.incidents().get(0);
        assertEquals(2, i.channel().getAsInt());
        assertEquals(PcmDirection.CAPTURE, i.stream());
        assertTrue(i.verdict().contains("5.4.70"), i.verdict());
    }

    @Test
    void stockStallIsMeasuredFromTheRestart() throws Exception {
        Incident i = Logs.analyzeSample("synthetic/stock-5.4-race.log").incidents().get(0);
        assertTrue(i.verdict().contains("after 10.6 s"), i.verdict());
    }

    @Test
    void stallOnAFirstStartIsItsOwnIncidentAndNamesTheSwitches() {
        InputReport r = Logs.analyze(Logs.snd(3.0, "capture write error (DMA or IRQ trouble?)"));
        assertEquals(1, r.incidents().size());
        Incident i = r.incidents().get(0);
        assertEquals(Cause.NO_BIT_CLOCK, i.cause());
        assertEquals(Confidence.GUESS, i.confidence());
        assertTrue(i.verdict().contains("no XRUN before it"), i.verdict());
        assertTrue(i.next().contains("imx-sdma.c"), "an i.MX card: the i.MX switches " + i.next());
    }

    /**
     * A virtual machine's virtio card has no DAI and no bit clock: its stall is not blamed on one,
     * and the verdict names the error its driver printed before it, with the source that prints it.
     */
    @Test
    void aStallOnABoardWithoutDaisNamesTheDriversErrorNotAClock() {
        InputReport r = Logs.analyze("[  210.500100] virtio_snd virtio2: control message (0x00000103) timeout\n"
                + "aplay: pcm_write:2178: write error: Input/output error\n");
        Incident i = r.incidents().get(0);
        assertEquals(Cause.UNKNOWN, i.cause());
        assertTrue(i.verdict().contains("\"control message (0x00000103) timeout\"")
                && i.verdict().contains("virtsnd_ctl_msg_send()"), i.verdict());
        assertFalse(i.fix().contains("device tree") || i.fix().contains("bit"), i.fix());
    }

    /**
     * A stream that could not start, told by the kernel and then by the player: the verdict names
     * the kernel's line, which says where it failed, not the player's echo of it, wherever the
     * player's untimed line sorts.
     */
    @Test
    void aStartFailureIsTheKernelsWordsBeforeThePlayers() {
        Incident i = Logs.analyze("aplay -D plughw:0,0 /var/test.wav\n"
                + "[  158.574166] fsl-sai 308b0000.sai: ASoC: can't open platform 308b0000.sai: -6\n"
                + "aplay: main:830: audio open error: No such device or address\n").incidents().get(0);
        assertTrue(i.verdict().contains("fsl-sai 308b0000.sai printed \"ASoC: can't open platform"), i.verdict());
        Incident alone = Logs.analyze("aplay: main:830: audio open error: No such device or address\n").incidents().get(0);
        assertTrue(alone.verdict().contains("audio open error"), alone.verdict());
    }

    /**
     * A player that found no such device after an HDMI output refused to start with -19 (no
     * display that takes audio): the kernel's refusal joins the player's line by their one error,
     * with the player's line untimed or timed within 12 s; the refusal alone is a sound server's
     * probe, and a player's other error or another output's -19 joins nothing.
     */
    @Test
    void aPlayerWithNoSuchDeviceAfterAnHdmiOutputWithNoDisplayIsThatOutput() {
        String hdmi = Logs.line(812.3, "vc4-hdmi fef00700.hdmi: ASoC: error at snd_soc_dai_startup on fef00700.hdmi: -19");
        for (String player : new String[] {"aplay: main:831: audio open error: No such device\n",
            Logs.line(815.0, "aplay: main:831: audio open error: No such device")}) {
            Incident i = Logs.analyze(hdmi + player).incidents().get(0);
            assertEquals("format-unsupported", i.cause().id(), i.verdict());
            assertEquals("observed", i.confidence().id());
            assertTrue(i.verdict().contains("has no display that takes audio connected"), i.verdict());
            assertEquals(2, i.findings().size(), "the refusal and the player's line");
            assertTrue(i.fix().contains("Raspberry Pi"), "vc4 is the Raspberry Pi's HDMI: " + i.fix());
        }
        assertTrue(Logs.analyze(hdmi).incidents().isEmpty(), "a sound server's probe of an output with nothing on it");
        Incident busy = Logs.analyze(hdmi + Logs.line(815.0, "aplay: main:831: audio open error: Device or resource busy"))
                .incidents().get(0);
        assertEquals(1, busy.findings().size(), "another error: " + busy.verdict());
        Incident late = Logs.analyze(hdmi + Logs.line(860.0, "aplay: main:831: audio open error: No such device"))
                .incidents().get(0);
        assertEquals(1, late.findings().size(), "a refusal long before: " + late.verdict());
        // since 6.1 vc4 refuses with -ENOTSUPP through the HDMI codec's DAI, which the C library has no words for
        Incident since61 = Logs.analyze(Logs.line(31.5, "hdmi-audio-codec hdmi-audio-codec.1.auto: ASoC: error at"
                + " snd_soc_dai_startup on i2s-hifi: -524") + "aplay: main:831: audio open error: Unknown error 524\n")
                .incidents().get(0);
        assertEquals("format-unsupported", since61.cause().id(), since61.verdict());
        assertTrue(since61.verdict().contains("has no display that takes audio connected"), since61.verdict());
        // whose HDMI codec's name tells no platform: the board's "Machine model:" line does
        Incident onAPi = Logs.analyze(Logs.line(0.0, "Machine model: Raspberry Pi 4 Model B Rev 1.4")
                + Logs.line(31.5, "hdmi-audio-codec hdmi-audio-codec.1.auto: ASoC: error at snd_soc_dai_startup on i2s-hifi:"
                + " -524") + "aplay: main:831: audio open error: Unknown error 524\n").incidents().get(0);
        assertTrue(onAPi.fix().contains("Raspberry Pi"), onAPi.fix());
        assertTrue(!since61.fix().contains("Raspberry Pi"), "no board named: " + since61.fix());
    }

    /**
     * A DSP that did not boot, after a line of the same driver no row knows (an older kernel's
     * words): the DSP's failure is the cause, whichever driver error comes first.
     */
    @Test
    void aDspBootFailureIsTheCauseThoughAnUnknownLineComesFirst() {
        String dev = "sof-audio-pci-intel-cnl 0000:00:1f.3: ";
        Incident i = Logs.analyze("[   23.133070] " + dev + "error: cl_dsp_init: timeout HDA_DSP_SRAM_REG_ROM_STATUS read\n"
                + "[   23.144934] " + dev + "error: dsp init failed after 3 attempts with err: -110\n"
                + "[   23.149600] " + dev + "error: failed to boot DSP firmware -110\n").incidents().get(0);
        assertEquals(Cause.DSP_FIRMWARE, i.cause());
        assertTrue(i.verdict().contains("dsp init failed after 3 attempts"), i.verdict());
    }

    /**
     * A DSP whose topology did not load fails its own ASoC component's probe, which reads as a
     * codec's: the DSP is the cause, with its clock or without (a log joined onto one line); a
     * codec's failure on another device stays the codec's.
     */
    @Test
    void aDspsOwnComponentProbeIsNoCodecFailure() {
        String dev = "sof-audio-pci 0000:00:1f.3: ";
        String[] lines = {dev + "error: tplg request firmware intel/sof-tplg/sof-hda-generic-2ch.tplg failed err: -2",
            dev + "error: failed to load DSP topology -2", dev + "ASoC: error at snd_soc_component_probe on 0000:00:1f.3: -2"};
        String stamped = "";
        for (int k = 0; k < lines.length; k++) {
            stamped += "[    5.01" + k + "000] " + lines[k] + "\n";
        }
        for (String log : List.of(stamped, String.join(" ", lines) + "\n")) {
            Incident i = Logs.analyze(log).incidents().get(0);
            assertEquals(Cause.DSP_FIRMWARE, i.cause(), log);
            assertTrue(i.verdict().contains("sof-hda-generic-2ch.tplg"), i.verdict());
        }
        Incident codec = Logs.analyze("[    5.010000] " + lines[0] + "\n"
                + "[    5.012000] sgtl5000 0-000a: Error reading chip id -6\n").incidents().get(0);
        assertEquals(Cause.CODEC, codec.cause());
    }

    /**
     * The ASoC core's "error at snd_soc_dai_set_sysclk on DEV" repeats what that DAI printed just
     * before: the DAI's own words decide the cause, not a codec's failure.
     */
    @Test
    void theAsocCoresEchoOfADaisOwnErrorIsNoCodecFailure() {
        Incident i = Logs.analyze(Logs.line(326.479986, "rockchip-i2s ff890000.i2s: Fail to set mclk -22")
                + Logs.line(326.480598, "rockchip-i2s ff890000.i2s: ASoC: error at snd_soc_dai_set_sysclk on"
                + " ff890000.i2s: -22")).incidents().get(0);
        assertEquals(Cause.CLOCK_RATE, i.cause());
        assertTrue(i.verdict().contains("Fail to set mclk -22"), i.verdict());
    }

    /**
     * SOF with no machine driver for the board: its warning (a note) comes first, and its error
     * on the same device that no machine driver matched decides the cause: no card, not the
     * DSP's firmware.
     */
    @Test
    void aDspsDeviceFailingAfterItsWarningIsItsError() {
        String dev = "sof-audio-pci-intel-tgl 0000:00:1f.3: ";
        Incident i = Logs.analyze(Logs.line(4.537726, dev + "warning: No matching ASoC machine driver found")
                + Logs.line(4.537727, dev + "error: no matching ASoC machine driver found - aborting probe"))
                .incidents().get(0);
        assertEquals(Cause.NO_CARD, i.cause());
        assertTrue(i.verdict().contains("aborting probe"), i.verdict());
    }

    /** An AMD laptop's ACP drivers are a PC's, though no driver name says AMD or Intel: a PC's next steps. */
    @Test
    void anAmdLaptopsAudioIsAPcs() {
        InputReport r = Logs.analyze("[    5.100200] snd_rn_pci_acp3x 0000:04:00.5: enabling device (0000 -> 0002)\n"
                + "[  220.000000] acp_pdm_mach acp_pdm_mach.0: ASoC: error at snd_soc_dai_trigger on acp_pdm_dma.0: -22\n"
                + "arecord: pcm_read:2221: read error: Input/output error\n");
        Incident i = r.incidents().get(0);
        assertTrue(i.next().contains("alsa-info.sh"), i.next());
        assertFalse(i.fix().contains("device tree") || i.next().contains("device tree"), i.fix());
    }

    /**
     * An i.MX board's DMA engine need not be its SDMA: the fix for an eDMA channel (i.MX8QM,
     * i.MX7ULP) says what to do for such an engine, not only for imx-sdma's messages.
     */
    @Test
    void anImxBoardsEdmaErrorIsNotToldOnlySdmaAdvice() {
        InputReport r = Logs.analyze("[    2.000000] fsl-sai 59050000.sai: ASoC: registered\n"
                + "[    2.100000] fsl-edma 59200000.dma-controller: Missing DMA block clock.\n");
        Incident i = r.incidents().get(0);
        assertEquals(Cause.DMA_CHANNEL, i.cause());
        assertTrue(i.fix().contains("imx-sdma") && i.fix().contains("fsl-edma"), i.fix());
    }

    /**
     * A log whose boot names several families' drivers (a rig's pasted lines, another family's
     * codec or DMA on the board) advises for the failing driver's family, by its name or its
     * source folder, not for the family first in the table; a driver that tells none takes the
     * boot's.
     */
    @Test
    void theFailingDriversFamilyIsAdvisedForNotTheBootsFirst() {
        String imx = "[    2.000000] fsl-sai 2028000.sai: ASoC: registered\n";
        Incident mcasp = Logs.analyze(imx + "[    3.000000] davinci-mcasp 4803c000.mcasp: Transmit buffer underflow\n")
                .incidents().get(0);
        assertEquals(Cause.DAI_FIFO, mcasp.cause());
        assertTrue(mcasp.fix().contains("McASP"), mcasp.fix());
        assertFalse(mcasp.fix().contains("SDMA") || mcasp.fix().contains("ESAI"), mcasp.fix());
        Incident adm = Logs.analyze(imx + "[    3.000000] adm-dma-engine 18300000.dma-controller: failed to register"
                + " controller\n").incidents().get(0);
        assertEquals(Cause.DMA_CHANNEL, adm.cause());
        assertFalse(adm.fix().contains("imx-sdma"), "Qualcomm's ADM, by its folder: " + adm.fix());
        Incident esai = Logs.analyze("[    2.000000] davinci-mcasp 4803c000.mcasp: registered\n"
                + "[    3.000000] fsl-esai 2024000.esai: isr: Transmission underrun\n").incidents().get(0);
        assertTrue(esai.fix().contains("SDMA"), "fsl-esai, of its own family beside a TI driver: " + esai.fix());
    }

    /**
     * What to do next, where the log cannot decide, fits the cause: a format refused asks the
     * device what it takes (an HDMI output, its display's ELD), a busy device who holds it, an
     * amplifier's warning its registers, where they all said to switch on xrun_debug, which
     * tells of XRUNs only.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fsl-sai 30020000.sai: ASoC: error at snd_soc_dai_set_tdm_slot on 30020000.sai: -22|format-unsupported"
                + "|--dump-hw-params",
        "sof-audio-pci-intel-tgl 0000:00:1f.3: ASoC: error at snd_soc_dai_hw_params on iDisp1 Pin: -22|format-unsupported"
                + "|eld#",
        "imx-sgtl5000 sound: ASoC: error at snd_soc_dai_startup on 202c000.ssi: -16|device-busy|fuser -v /dev/snd/*",
        "wm8994-aif1 1-001a: Thermal warning|amp-protection|/sys/kernel/debug/regmap/"})
    void theNextStepFitsTheCause(String line, String cause, String next) {
        Incident i = Logs.analyze(Logs.line(20.1, line)).incidents().get(0);
        assertEquals(cause, i.cause().id(), line + ": " + i.verdict());
        assertTrue(i.next().contains(next), i.next());
        assertFalse(i.next().contains("xrun_debug"), i.next());
    }

    @Test
    void adviceForABoardWithoutImxNeverNamesImx() {
        InputReport r = Logs.analyze("[    3.000000] snd_hda_intel 0000:00:1f.3: playback write error (DMA or IRQ"
                + " trouble?)\n");
        Incident i = r.incidents().get(0);
        for (String text : List.of(i.verdict(), i.fix(), i.next())) {
            assertTrue(!text.contains("imx") && !text.contains("i.MX") && !text.contains("SDMA"), text);
        }
        assertTrue(i.next().contains("xrun_debug"), i.next());
    }

    /** What to take next names the kernel's log when a paste holds only what the player printed. */
    @Test
    void aPlayersOwnOutputAloneAsksForTheKernelLog() {
        String player = "underrun!!! (at least 1.234 ms long)\n"
                + "aplay: pcm_write:2127: write error: Input/output error\n";
        Incident alone = Logs.analyze(player).incidents().get(0);
        assertTrue(alone.next().startsWith("This paste holds only what the player printed"), alone.next());
        Incident withKernel = Logs.analyze(Logs.line(10.0, "fsl-sai 2028000.sai: XRUN: pcmC0D0p:0") + player)
                .incidents().get(0);
        assertFalse(withKernel.next().contains("only what the player printed"), withKernel.next());
    }

    /**
     * A live input that has not ended: the stall's line, ten seconds after the XRUN, closes the
     * XRUN's episode though the XRUN rule does not read stall lines, so the incident that the
     * stall completes already holds its XRUN (a watch printed it without, then again with).
     */
    @Test
    void theStallClosesTheXrunBeforeTheInputEnds() throws Exception {
        Analyzer analyzer = new Analyzer();
        try (InputStream in = Files.newInputStream(Logs.samples().resolve("synthetic/stock-5.4-race.log"))) {
            new LogReader(LogReader.Options.defaults()).read("race.log", "", in, analyzer);
        }
        analyzer.quiet(0, Long.MAX_VALUE); // held events analysed, no rule settled by quiet
        Incident race = analyzer.currentIncidents().get(0);
        assertEquals("xrun", race.findings().get(0).rule(), race.findings().toString());
    }

    /** An HDA controller's fallbacks lead the codec's silence: root first in the chain, the error in the verdict. */
    @Test
    void theControllersFallbacksAreTheRootOfTheCodecsChain() throws Exception {
        InputReport r = Logs.analyzeSample("causes/x86-hda-codec-no-response.log");
        Incident codec = r.incidents().get(0);
        assertEquals(Cause.CODEC, codec.cause());
        assertEquals(12, codec.chain().get(0).line(), codec.chain().toString());
        assertTrue(codec.verdict().contains("No response from codec, resetting bus"), codec.verdict());
        assertTrue(codec.fix().contains("snd_hda_intel.power_save=0"), "an HDA fix on x86: " + codec.fix());
        assertFalse(codec.fix().contains("I2C"), codec.fix());
    }

    /**
     * A serial console's notice that it skipped kernel messages, printed with no clock inside a
     * FIFO flood, is a link of the flood's incident by line order: the chain says where it has a
     * gap. The same notice outside any episode is an info finding alone.
     */
    @Test
    void theConsolesDroppedMessagesAreAGapInTheChain() {
        String flood = "[   52.100007] fsl-sai 30c30000.sai: isr: Transmit underrun detected\n"
                + "[   52.100094] fsl-sai 30c30000.sai: isr: Transmit underrun detected\n"
                + "** 1234 printk messages dropped **\n"
                + "[   52.410551] fsl-sai 30c30000.sai: isr: Transmit underrun detected\n";
        InputReport r = Logs.analyze(flood);
        assertEquals(1, r.incidents().size(), r.incidents().toString());
        Incident i = r.incidents().get(0);
        assertTrue(i.chain().stream().anyMatch(e -> e.line() == 3 && e.role().equals("dropped")), i.chain().toString());
        InputReport alone = Logs.analyze("[   41.100221] usb 1-1: new high-speed USB device number 2 using ehci-platform\n"
                + "** 57 printk messages dropped **\n");
        assertEquals(List.of(), alone.incidents());
        assertEquals("info", alone.findings().get(0).severity().name().toLowerCase(Locale.ROOT));
    }

    /** A USB audio device unplugged while it played: the disconnect is why, and the fix is about the device going away. */
    @Test
    void aUsbDeviceThatWentAwayIsToldAsSuch() throws Exception {
        InputReport r = Logs.analyzeSample("causes/usb-audio-unplugged.log");
        assertEquals(1, r.incidents().size(), r.incidents().toString());
        Incident usb = r.incidents().get(0);
        assertEquals(Cause.USB_AUDIO, usb.cause());
        assertTrue(usb.verdict().contains("went away under it (\"usb 3-2: USB disconnect, device number 7\")"),
                usb.verdict());
        assertTrue(usb.fix().startsWith("The USB device was disconnected or reset"), usb.fix());
        assertTrue(usb.chain().stream().noneMatch(e -> e.text().contains("usb 1-4")), "another device's unplug");
    }

    /**
     * A USB headset that refuses a rate and a laptop's HDA codec that stops answering a second
     * later are two cards failing: two incidents, each with its own cause and its own lines, in
     * either order, and the HDA lines around the USB one stay one episode.
     */
    @Test
    void aUsbDevicesFailureIsNotAnotherCardsEpisode() {
        InputReport r = Logs.analyze(Logs.line(1544.981221, "usb 3-2: 1:1: cannot set freq 48000 to ep 0x1")
                + Logs.line(1545.011871, "usb 3-2: cannot submit urb (err = -18)")
                + Logs.line(1546.569414, "snd_hda_intel 0000:00:1f.3: No response from codec, resetting bus: last cmd=0x02070500"));
        assertEquals(List.of(Cause.USB_AUDIO, Cause.CODEC), r.incidents().stream().map(Incident::cause).toList(),
                r.incidents().toString());
        assertTrue(r.incidents().get(0).chain().stream().noneMatch(e -> e.text().contains("snd_hda_intel")),
                r.incidents().get(0).chain().toString());
        assertTrue(r.incidents().get(1).chain().stream().noneMatch(e -> e.text().contains("usb 3-2")),
                r.incidents().get(1).chain().toString());
        InputReport other = Logs.analyze(Logs.line(812.553201,
                        "snd_hda_intel 0000:00:1f.3: No response from codec, disabling MSI: last cmd=0x02070500")
                + Logs.line(813.011871, "snd-usb-audio 1-1.4:1.0: cannot submit urb (err = -18)")
                + Logs.line(814.569414, "snd_hda_intel 0000:00:1f.3: No response from codec, resetting bus: last cmd=0x02070500"));
        assertEquals(List.of(Cause.CODEC, Cause.USB_AUDIO), other.incidents().stream().map(Incident::cause).toList(),
                other.incidents().toString());
        assertEquals(2, other.incidents().get(0).chain().stream().filter(e -> e.text().contains("snd_hda_intel")).count(),
                other.incidents().get(0).chain().toString());
    }

    /** A driver's error alone: no claim that a stream failed, and the source that printed it named. */
    @Test
    void aDriversErrorAloneNamesItsSourceAndClaimsNoStream() {
        InputReport r = Logs.analyze(Logs.line(560, "pcm512x 1-004d: Impossible to generate a suitable SCK"));
        Incident i = r.incidents().get(0);
        assertTrue(i.verdict().startsWith("pcm512x 1-004d reported an error at 560.000000"), i.verdict());
        assertTrue(i.verdict().contains("printed by pcm512x_find_sck() in sound/soc/codecs/pcm512x.c);"),
                "its own file, no other: " + i.verdict());
        assertTrue(i.fix().startsWith("Start from the line's source"), i.fix());
    }

    /**
     * A line with no device whose words several drivers print: the verdict names the first
     * source and says the others could have printed it (Realtek's SoundWire codecs), one or many.
     */
    @Test
    void aLineOfNoDeviceThatSeveralSourcesPrintSaysSo() {
        Incident many = Logs.analyze(Logs.line(3.9, "rt700: Failed to get private value: 062000 => 0000 ret=-5"))
                .incidents().get(0);
        assertEquals(Cause.UNKNOWN, many.cause());
        assertTrue(many.verdict().startsWith("The codec reported an error at 3.900000: \"rt700: Failed to get private"),
                many.verdict());
        assertTrue(many.verdict().matches("(?s).*printed by \\w+\\(\\) in sound/soc/codecs/rt7\\d+\\.c, or by one of \\d+"
                + " other sources of the same words.*"), many.verdict());
        Incident two = Logs.analyze(Logs.line(3.9, "Time-out error in rt711_sdw_read")).incidents().get(0);
        assertTrue(two.verdict().matches("(?s).*printed by \\w+\\(\\) in sound/soc/codecs/rt7\\d+\\.c, or by one other"
                + " source of the same words.*"), two.verdict());
    }

    /** A codec's pr_err with no device ("HP Calibration Failure", rt5665's and rt5668's) is told as the codec's. */
    @Test
    void aCodecsCalibrationOfNoDeviceIsTheCodecs() {
        Incident hp = Logs.analyze(Logs.line(3.9, "HP Calibration Failure")).incidents().get(0);
        assertEquals(Cause.CODEC, hp.cause());
        assertTrue(hp.verdict().startsWith("The codec did not finish calibrating or measuring its analog circuit at 3.900000"
                + " (\"HP Calibration Failure\")"), hp.verdict());
    }

    /** A reset line deferred (-517) is waited for, no card that did not come up. */
    @Test
    void aResetLineDeferredIsNoFailure() {
        InputReport r = Logs.analyze(Logs.line(3.9, "mt8183-afe-pcm 11220000.audio-controller: could not get audiosys"
                + " reset:-517"));
        assertTrue(r.incidents().isEmpty(), r.incidents().toString());
    }

    /**
     * The SOF driver that found no machine driver for the machine gave its probe up: no card, and
     * no DSP firmware to blame, in 6.12's words (core.c) and 6.1's (sof-audio.c).
     */
    @Test
    void aDspDriverThatFoundNoMachineDriverRegisteredNoCard() throws Exception {
        Incident sof = Logs.analyzeSample("causes/x86-sof-no-machine-driver.log").incidents().get(0);
        assertEquals(Cause.NO_CARD, sof.cause());
        assertTrue(sof.verdict().startsWith("sof-audio-pci-intel-tgl 0000:00:1f.3 found no machine driver for this machine"
                + " at 4.132210"), sof.verdict());
        assertTrue(sof.fix().contains("snd_intel_dspcfg.dsp_driver=1"), sof.fix());
        assertTrue(sof.findings().stream().noneMatch(f -> f.message().contains("DSP or its firmware failed")),
                "no finding blames the firmware: " + sof.findings());
        Incident old = Logs.analyze(Logs.line(5.48, "sof-audio-pci 0000:00:1f.3: error: no matching ASoC machine driver found"
                + " - aborting probe")).incidents().get(0);
        assertEquals(Cause.NO_CARD, old.cause(), old.verdict());
    }

    /**
     * AMD's audio co-processor that does not power on (a pr_err with no device that six
     * generations of its drivers print) is the card its probe gave up, with the platform's fix:
     * no codec, no source to read.
     */
    @Test
    void anAudioCoProcessorThatDoesNotPowerOnIsNoCard() throws Exception {
        Incident acp = Logs.analyzeSample("causes/amd-acp6x-power-on-failed.log").incidents().get(0);
        assertEquals(Cause.NO_CARD, acp.cause());
        assertTrue(acp.verdict().startsWith("AMD's audio co-processor (ACP) did not power on or come out of reset at"
                + " 3.907731 (\"ACP power on failed\")"), acp.verdict());
        assertFalse(acp.verdict().contains("codec") || acp.fix().contains("codec"), "a co-processor, no codec: " + acp);
        assertTrue(acp.fix().startsWith("Update the BIOS and the kernel first"), acp.fix());
        assertTrue(acp.findings().stream().anyMatch(f -> f.form().equals("driver-core.probe-failed")),
                "the driver core's word that the probe failed joins it: " + acp.findings());
        for (String line : List.of("ACP3x reset failed", "ACP5x power on failed", "Failed to reset ACP",
                "snd_rn_pci_acp3x 0000:04:00.5: ACP init failed", "acp_audio_dma acp_audio_dma.0: ACP Init failed status:-110")) {
            Incident i = Logs.analyze(Logs.line(3.9, line)).incidents().get(0);
            assertEquals(Cause.NO_CARD, i.cause(), line + ": " + i.verdict());
        }
        // the same words after a resume, which the PM core's lines tell first
        Incident resumed = Logs.analyze(Logs.line(80.1, "snd_pci_acp6x 0000:04:00.5: ACP init failed")
                + Logs.line(80.1, "snd_pci_acp6x 0000:04:00.5: PM: failed to resume async: error -110")).incidents().get(0);
        assertEquals(Cause.SUSPEND_RESUME, resumed.cause(), resumed.verdict());
    }

    /**
     * firmware_class's missing file is read for an audio driver only, and as context: no finding
     * (a codec's optional tuning file), and a Wi-Fi card's is not read at all.
     */
    @Test
    void aMissingFirmwareFileIsAnAudioDriversContextOnly() {
        InputReport r = Logs.analyze(Logs.line(4.0, "brcmfmac mmc1:0001:1: Direct firmware load for"
                + " brcm/brcmfmac43430-sdio.txt failed with error -2")
                + Logs.line(4.1, "cs35l41-hda i2c-CSC3551:00-cs35l41-hda.0: Direct firmware load for"
                + " cirrus/cs35l41-dsp1-spk-prot-103c8c15.wmfw failed with error -2"));
        assertTrue(r.findings().isEmpty(), r.findings().toString());
        assertEquals(1, r.summary().parsed(), r.summary().toString());
    }

    /**
     * The pin control core prints on any device whose pins it could not mux: an audio device's is
     * the card's part that did not come up, a serial port's is not read; the probe that fails with
     * it joins its incident.
     */
    @Test
    void pinsAnAudioDeviceCouldNotTakeAreItsFailedProbe() {
        InputReport r = Logs.analyze(Logs.line(1.8, "imx-uart 30860000.serial: Error applying setting, reverse things back")
                + Logs.line(1.9, "fsl-sai 30030000.sai: Error applying setting, reverse things back")
                + Logs.line(1.9, "fsl-sai: probe of 30030000.sai failed with error -22"));
        assertEquals(1, r.incidents().size(), r.incidents().toString());
        Incident i = r.incidents().get(0);
        assertEquals("codec", i.cause().id());
        assertTrue(i.verdict().startsWith("fsl-sai 30030000.sai could not take its pins"), i.verdict());
        assertTrue(i.fix().contains("pinmux-pins"), i.fix());
        assertEquals(List.of("pinctrl.apply-failed", "driver-core.probe-of-failed"),
                i.findings().stream().map(Finding::form).toList());
    }

    /**
     * A player that finds no card or no device after the boot's card did not come up: that failure
     * is why, however long before, and leads the player's chain.
     */
    @Test
    void aMissingCardAfterTheCardFailedIsThatFailure() {
        InputReport r = Logs.analyze(Logs.line(32.1, "platform sound-wm8960: deferred probe pending")
                + Logs.line(61.2, "aplay: main:831: audio open error: No such file or directory"));
        Incident i = r.incidents().stream().filter(x -> x.cause().id().equals("no-card")).findFirst().orElseThrow();
        assertEquals("observed", i.confidence().id());
        assertTrue(i.verdict().contains("the sound card had not come up: at 32.100000 platform sound-wm8960 printed"
                + " \"deferred probe pending\""), i.verdict());
        assertEquals("driver-core.deferred-probe-pending", i.findings().get(0).form(), "the card's failure leads");
        assertTrue(i.fix().contains("devices_deferred"), i.fix());
        // a card whose registration failed, then aplay's "no soundcards found"
        Incident none = Logs.analyze(Logs.line(2.5, "fsl-asoc-card sound: snd_soc_register_card failed: -22")
                + Logs.line(40.0, "aplay: device_list:274: no soundcards found...")).incidents().stream()
                .filter(x -> x.cause().id().equals("no-card")).findFirst().orElseThrow();
        assertTrue(none.verdict().contains("had not come up: at 2.500000 fsl-asoc-card sound printed"), none.verdict());
        // a card that registered after a deferral that ended: nothing to tell
        Incident alone = Logs.analyze(Logs.line(2.5, "fsl-asoc-card sound: failed to find codec platform device")
                + Logs.line(40.0, "aplay: main:831: audio open error: No such file or directory")).incidents().stream()
                .filter(x -> x.cause().id().equals("no-card")).findFirst().orElseThrow();
        assertEquals("inferred", alone.confidence().id(), alone.verdict());
    }

    /**
     * The kernel's word that it could not allocate memory, beside a stream that failed, is why it
     * failed; alone, on a board whose audio works, it stays a note.
     */
    @Test
    void aStreamThatFailsBesideAnAllocationThatFailedHadNoMemory() {
        Incident i = Logs.analyze(Logs.line(812.5512, "cma: cma_alloc: reserved: alloc failed, req-size: 256 pages, ret: -12")
                + Logs.line(812.5603, "aplay: main:831: audio open error: Cannot allocate memory")).incidents().get(0);
        assertEquals("out-of-memory", i.cause().id(), i.verdict());
        assertTrue(i.verdict().startsWith("The kernel could not allocate memory at 812.551200"), i.verdict());
        assertTrue(i.fix().contains("cma="), i.fix());
        // 4.x's line names no area; the page allocator's names the task
        Incident old = Logs.analyze(Logs.line(40.1, "cma: cma_alloc: alloc failed, req-size: 64 pages, ret: -12")
                + Logs.line(40.2, "aplay: set_params:1416: Unable to install hw params:")).incidents().get(0);
        assertEquals("out-of-memory", old.cause().id(), old.verdict());
        InputReport quiet = Logs.analyze(Logs.line(412.5, "gst-launch-1.0: page allocation failure: order:10,"
                + " mode:0xcc0(GFP_KERNEL), nodemask=(null)"));
        assertTrue(quiet.incidents().isEmpty(), quiet.incidents().toString());
        assertEquals(Severity.INFO, quiet.findings().get(0).severity());
    }

    /** A player that finds no device node: the card it names was not registered. */
    @Test
    void aPlayersNoSuchFileIsACardNotThere() {
        Incident i = Logs.analyze(Logs.line(61.2, "aplay: main:831: audio open error: No such file or directory"))
                .incidents().get(0);
        assertEquals("no-card", i.cause().id());
        assertEquals("inferred", i.confidence().id());
        assertTrue(i.verdict().contains("no such device node"), i.verdict());
        assertTrue(i.fix().contains("aplay -l"), i.fix());
    }

    /** The driver core prints a failed probe for every driver: an audio driver's is a finding, a network card's not. */
    @Test
    void aFailedProbeIsAFindingOnlyForAnAudioDriver() {
        InputReport r = Logs.analyze(Logs.line(4.0, "e1000e 0000:00:1f.6: probe with driver e1000e failed with error -5")
                + Logs.line(4.1, "fsl-sai 30c30000.sai: probe with driver fsl-sai failed with error -22"));
        assertEquals(List.of("fsl-sai"), r.findings().stream().map(Finding::driver).toList(), r.findings().toString());
        Incident i = r.incidents().get(0);
        assertTrue(i.fix().startsWith("Read that driver's own lines before this one"), "no source to name: " + i.fix());
        // 6.1 and before: the driver's name first and no device, which names the driver the same way
        InputReport old = Logs.analyze(Logs.line(4.0, "e1000e: probe of 0000:00:1f.6 failed with error -5")
                + Logs.line(4.1, "fsl-sai: probe of 30c30000.sai failed with error -22"));
        assertEquals(List.of("driver-core.probe-of-failed"), old.findings().stream().map(Finding::form).toList(),
                old.findings().toString());
        assertTrue(old.findings().get(0).message().contains("fsl-sai: probe of 30c30000.sai"), old.findings().toString());
        // a vendor kernel's machine driver no drivers.tsv knows, on the sound card's device-tree node
        InputReport bsp = Logs.analyze(Logs.line(2.1, "rockchip-rt5640: probe of sound failed with error -22")
                + Logs.line(2.2, "acme-card hdmi-sound: probe with driver acme-card failed with error -110")
                + Logs.line(2.3, "acme-eth: probe of ethernet@fe300000 failed with error -22"));
        assertEquals(List.of("rockchip-rt5640", "acme-card"), bsp.findings().stream()
                .map(f -> f.evidence().get(0).text().split("[ :]")[0]).toList(), bsp.findings().toString());
    }

    /**
     * The PCI core says a device it wakes is inaccessible for every PCI driver: an audio
     * controller's (a GPU's HDMI audio function) is the controller gone, told as such; a disk's is
     * none of ours.
     */
    @Test
    void anInaccessiblePciFunctionIsAudiosOnlyForAnAudioDriver() {
        String words = "Unable to change power state from D3cold to D0, device inaccessible";
        InputReport r = Logs.analyze(Logs.line(4.0, "nvme 0000:02:00.0: " + words)
                + Logs.line(812.4, "snd_hda_intel 0000:01:00.1: " + words));
        assertEquals(List.of("snd_hda_intel"), r.findings().stream().map(Finding::driver).toList(), r.findings().toString());
        Incident i = r.incidents().get(0);
        assertEquals("codec", i.cause().id(), i.verdict());
        assertTrue(i.verdict().contains("could not be woken"), i.verdict());
        assertTrue(i.fix().contains("power/control"), i.fix());
    }

    /**
     * A laptop's speaker amplifier on the HDA bus whose ACPI description the BIOS lacks, in each
     * kernel's words (6.1's "ACPI _DSD Properties are missing", 6.12's failed property of the
     * same read, TI's TAS2781's): the amplifier the firmware does not describe, with the fix of
     * a kernel that carries the properties, the BIOS or an SSDT; not a guess with the source's fix.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cs35l41-hda i2c-CSC3551:00-cs35l41-hda.0: Error: ACPI _DSD Properties are missing for HID CSC3551.|SSDT override",
        "cs35l41-hda i2c-CSC3551:00-cs35l41-hda.0: Failed property cirrus,dev-index: -22|SSDT override",
        "cs35l56-hda i2c-CSC3556:00-cs35l56-hda.0: Failed property cirrus,dev-index: -22|SSDT override",
        "tas2781-hda i2c-TIAS2781:00-tas2781-hda.0: read acpi error, ret: -22|SSDT override",
        // the amplifier's other failures (its own DSP that did not start, its ID register) are the
        // amplifier's, with its firmware's fix: not the SOF DSP's, nor an HDA codec that stopped answering
        "cs35l41-hda i2c-CSC3551:00-cs35l41-hda.0: Fail to start dsp: -110|TAS2XXX*.bin",
        "cs35l41-hda i2c-CSC3551:00-cs35l41-hda.1: Get Device ID failed|TAS2XXX*.bin",
    })
    void aSpeakerAmplifierTheBiosDoesNotDescribeIsTheCodecsFailure(String line, String fixHolds) {
        Incident i = Logs.analyze(Logs.line(4.89, line)).incidents().get(0);
        assertEquals("codec", i.cause().id(), line + ": " + i.verdict());
        assertTrue(i.verdict().startsWith("The laptop's speaker amplifier"), i.verdict());
        assertTrue(i.fix().contains(fixHolds), i.fix());
        assertFalse(i.fix().contains("snd_intel_dspcfg"), i.fix());
    }

    /**
     * "i2s_irq_handler: 412 callbacks suppressed": the kernel's rate limit dropped that many of
     * the function's lines before the one it let through; the finding of that line counts them
     * (the function its knowledge-base row names, or the one a hand-written row's source names),
     * and another function's count (the audit's), even right before it, is no audio finding's.
     */
    @Test
    void theRateLimitsDroppedLinesAreCountedByTheFindingOfTheirFunction() {
        InputReport r = Logs.analyze(Logs.line(50.0, "dwc-i2s ff800000.i2s: TX overrun (ch_id=0)")
                + Logs.line(51.4, "kauditd_printk_skb: 14 callbacks suppressed")
                + Logs.line(51.5, "i2s_irq_handler: 412 callbacks suppressed")
                + Logs.line(51.6, "dwc-i2s ff800000.i2s: TX overrun (ch_id=0)")
                + Logs.line(120.0, "retire_capture_urb: 35 callbacks suppressed")
                + Logs.line(120.1, "usb 1-1.3: frame 0 active: -71")
                + Logs.line(130.0, "kauditd_printk_skb: 9 callbacks suppressed")
                + Logs.line(130.1, "usb 1-1.3: frame 0 active: -71"));
        List<String> messages = r.findings().stream().map(Finding::message).toList();
        assertEquals(4, messages.size(), messages.toString());
        assertFalse(messages.get(0).contains("rate limit"), messages.get(0));
        assertTrue(messages.get(1).contains(", and 412 more the kernel's rate limit dropped:"), messages.get(1));
        assertTrue(messages.get(2).contains(", and 35 more the kernel's rate limit dropped:"), messages.get(2));
        assertFalse(messages.get(3).contains("rate limit"), "the audit's count is not the USB line's: " + messages.get(3));
        assertEquals(4, r.summary().audio(), "the rate limit's own lines are no audio activity");
        assertEquals(2, r.summary().unknown(), "the audit's counts are read as nobody's: " + r.summary());
    }

    /**
     * PipeWire could not open the hardware device because another program holds it: the device
     * is busy, told of the sound server (stop the holder, or route it through PipeWire), in the
     * journal's words and in PipeWire's own log format; its capture direction is read too.
     */
    @Test
    void pipeWiresBusyDeviceIsHeldByAnotherProgram() {
        for (String line : List.of("spa.alsa: 'front:0': playback open failed: Device or resource busy",
                "[E][00:00:01.123456] spa.alsa     | [      alsa-pcm.c:  812 spa_alsa_open()] 'hw:0,0': playback open"
                        + " failed: Device or resource busy")) {
            Incident i = Logs.analyze(line + "\n").incidents().get(0);
            assertEquals("device-busy", i.cause().id(), i.verdict());
            assertTrue(i.verdict().startsWith("Playback through PipeWire could not open the device at line 1"), i.verdict());
            assertTrue(i.fix().contains("fuser -v /dev/snd/*"), i.fix());
        }
        Incident capture = Logs.analyze("spa.alsa: 'hw:1,0': capture open failed: No such file or directory\n")
                .incidents().get(0);
        assertEquals(PcmDirection.CAPTURE, capture.stream(), capture.toString());
        // GStreamer's alsasrc in gst-launch's words for -EBUSY
        Incident gst = Logs.analyze("ERROR: from element /GstPipeline:pipeline0/GstAlsaSrc:alsasrc0: Could not open audio"
                + " device for recording. Device is being used by another application.\n").incidents().get(0);
        assertEquals("device-busy", gst.cause().id(), gst.verdict());
        assertTrue(gst.verdict().startsWith("Capture could not open the device at line 1: GStreamer printed"), gst.verdict());
    }

    /**
     * ALSA's library says the card a configuration or a player names is not there, before the
     * player's open error: no card of that number, told as such with the fix of naming a card that
     * is; its harmless "Unknown PCM" lines of a device list are not read.
     */
    @Test
    void alsaLibsMissingCardIsNoCard() {
        for (String lib : List.of("ALSA lib confmisc.c:767:(parse_card) cannot find card '0'",
                "ALSA lib confmisc.c:768:(snd_func_card_driver) cannot find card '0'",
                "ALSA lib pcm_hw.c:1829:(_snd_pcm_hw_open) Invalid value for card")) {
            InputReport r = Logs.analyze(lib + "\narecord: main:850: audio open error: No such file or directory\n");
            Incident i = r.incidents().get(0);
            assertEquals("no-card", i.cause().id(), lib + ": " + i.verdict());
            assertTrue(i.verdict().startsWith("ALSA's library found no sound card of the number or name asked for at line 1"),
                    i.verdict());
            assertTrue(i.fix().contains("hw:CARD=Name"), i.fix());
            assertTrue(r.findings().get(0).message().startsWith("alsa-lib printed"), r.findings().toString());
        }
        assertTrue(Logs.analyze("ALSA lib pcm.c:2664:(snd_pcm_open_noupdate) Unknown PCM cards.pcm.rear\n").findings().isEmpty());
    }

    /**
     * A SoundWire controller's or bus core's error, before the stream failure it causes, is the
     * link's (its source file is under drivers/soundwire), with advice for the machine: SOF's on
     * a laptop, the device tree's on a Qualcomm board. A clock-stop failure of the bus is the
     * link's too, not a sample rate's clock; a codec that never initialised over the bus is told
     * so; the controller's command FIFO is no DAI's.
     */
    @Test
    void aSoundWireErrorIsTheLinksWhateverItsWords() {
        String start = Logs.line(20.20, "sof-audio-pci-intel-tgl 0000:00:1f.3: ASoC: error at dpcm_be_dai_prepare on SDW0-Playback: -110");
        Incident intel = Logs.analyze(Logs.line(5.0, "sof-audio-pci-intel-tgl 0000:00:1f.3: Firmware info: version 2:2:0-57864")
                + Logs.line(20.10, "soundwire_intel soundwire_intel.link.0: Controller Timed out on bank switch") + start)
                .incidents().get(0);
        assertEquals(Cause.SOUNDWIRE, intel.cause(), intel.verdict());
        assertTrue(intel.verdict().contains("reported a SoundWire error at 20.100000 (\"Controller Timed out on bank switch\")"),
                intel.verdict());
        assertTrue(intel.fix().contains("sof-firmware"), intel.fix());
        Incident clockStop = Logs.analyze(Logs.line(20.10, "soundwire_intel soundwire_intel.link.0: Couldn't exit from clock stop")
                + start).incidents().get(0);
        assertEquals(Cause.SOUNDWIRE, clockStop.cause(), "not clock-rate: " + clockStop.verdict());
        Incident attach = Logs.analyze(Logs.line(7.0, "rt711 sdw:0:0:025d:0711:00: rt711_dev_resume: Initialization not complete,"
                + " timed out")).incidents().get(0);
        assertTrue(attach.verdict().contains("did not finish initialising over SoundWire"), attach.verdict());
        InputReport qcom = Logs.analyze(Logs.line(0.0, "Machine model: Qualcomm Technologies, Inc. Robotics RB5")
                + Logs.line(9.4, "qcom-soundwire 3250000.soundwire: Qualcomm Soundwire controller v1.5.1 Registered")
                + Logs.line(120.1, "qcom-soundwire 3250000.soundwire: swrm_wait_for_wr_fifo_avail err write overflow"));
        assertEquals(List.of("driver-error"), qcom.findings().stream().map(Finding::rule).toList(), qcom.findings().toString());
        assertEquals(Cause.SOUNDWIRE, qcom.incidents().get(0).cause());
        assertTrue(qcom.incidents().get(0).fix().contains("qcom,din-ports"), qcom.incidents().get(0).fix());
    }

    /**
     * The PM core says a device failed to resume for every driver: an audio device's is the
     * suspend-resume cause, before the codec error that says how (a regulator, -110); a touchpad's
     * is none of ours, and a suspend that failed is told as such, not as a resume.
     */
    @Test
    void anAudioDeviceThatFailedToResumeIsTheCause() {
        InputReport r = Logs.analyze(Logs.line(61.40, "i2c_hid_acpi i2c-ELAN0001:00: PM: failed to resume async: error -121")
                + Logs.line(61.50, "wm8962 0-001a: Failed to enable supplies: -110")
                + Logs.line(61.51, "wm8962 0-001a: PM: dpm_run_callback(): pm_runtime_force_resume+0x0/0x104 returns -110")
                + Logs.line(61.52, "wm8962 0-001a: PM: failed to resume: error -110"));
        assertEquals(List.of("wm8962", "wm8962", "wm8962"), r.findings().stream().map(Finding::driver).toList(),
                r.findings().toString());
        Incident i = r.incidents().get(0);
        assertEquals(Cause.SUSPEND_RESUME, i.cause(), i.verdict());
        assertEquals(Confidence.OBSERVED, i.confidence());
        assertTrue(i.verdict().startsWith("wm8962 0-001a did not come back from a system suspend at 61.520000"),
                i.verdict());
        assertTrue(i.fix().startsWith("The driver's resume callback failed"), "a board's fix: " + i.fix());
        assertTrue(r.findings().get(2).message().contains("step \"resume\" failed"), r.findings().toString());
        // 6.12's callback (%ps: its module after a space) on its own names the resume too
        Incident alone = Logs.analyze(Logs.line(7.0, "rt711 sdw:0:0:025d:0711:00: PM: dpm_run_callback():"
                + " rt711_dev_resume [snd_soc_rt711] returns -110")).incidents().get(0);
        assertTrue(alone.verdict().contains("did not come back"), alone.verdict());
        Incident suspend = Logs.analyze(Logs.line(7.0, "snd_hda_codec_realtek hdaudioC0D0: PM: failed to suspend: error -16"))
                .incidents().get(0);
        assertEquals(Cause.SUSPEND_RESUME, suspend.cause());
        assertTrue(suspend.verdict().contains("failed a power transition at 7.000000"), suspend.verdict());
    }

    /**
     * Before 5.14 the PM core named the device in its text and no driver: the line is a failed
     * resume of an audio device where an audio line of the boot named that device before it, and
     * nothing where none did (an I2C touch controller's), or where the audio line came only after.
     */
    @Test
    void anOlderKernelsFailedResumeIsAnAudioDevicesByTheBootsEarlierLines() {
        String codec = Logs.line(2.1, "wm8962 0-001a: customer id 0 revision D");
        String old = Logs.line(61.52, "PM: Device 0-001a failed to resume: error -110");
        InputReport r = Logs.analyze(codec + Logs.line(61.40, "PM: Device 2-0030 failed to resume: error -5") + old);
        assertEquals(List.of("wm8962 0-001a"), r.findings().stream().map(Finding::origin).toList(), r.findings().toString());
        Incident i = r.incidents().get(0);
        assertEquals(Cause.SUSPEND_RESUME, i.cause(), i.verdict());
        assertTrue(i.verdict().startsWith("wm8962 0-001a did not come back from a system suspend at 61.520000"),
                i.verdict());
        assertTrue(Logs.analyze(old + codec.replace("2.1", "62.0")).findings().isEmpty(), "named only after it");
        InputReport none = Logs.analyze(Logs.line(61.40, "PM: Device 2-0030 failed to resume: error -5"));
        assertTrue(none.findings().isEmpty() && none.summary().audio() == 0, "no audio: " + none.summary());
    }

    /**
     * A stream that fails on a device whose resume failed, however long after, fails because of it:
     * the resume failure leads its chain and names it, inferred. A failure on another device after
     * it, or on that device before it, is not blamed on it.
     */
    @Test
    void aLaterFailureOnADeviceThatDidNotResumeFollowsFromIt() {
        String resume = Logs.line(1850.56, "rt711 sdw:0:0:025d:0711:00: PM: failed to resume async: error -110");
        String failure = Logs.line(1862.77, "rt711 sdw:0:0:025d:0711:00: ASoC: error at snd_soc_dai_hw_params on rt711-aif1: -110");
        InputReport r = Logs.analyze(resume + failure);
        assertEquals(2, r.incidents().size(), r.incidents().toString());
        Incident later = r.incidents().stream().filter(i -> i.startMicros() == 1_850_560_000L
                && i.confidence() == Confidence.INFERRED).findFirst().orElseThrow(() -> new AssertionError(r.incidents()));
        assertEquals(Cause.SUSPEND_RESUME, later.cause(), later.verdict());
        assertTrue(later.verdict().contains("-110\", after it had not come back from the system suspend at 1850.560000"),
                later.verdict());
        assertTrue(later.chain().get(0).text().contains("failed to resume"), later.chain().toString());
        // another device's failure after it, and the same device's before it, are not its
        for (String log : List.of(resume + Logs.line(1862.77, "fsl-sai 30c30000.sai: ASoC: error at snd_soc_dai_hw_params"
                + " on sai-aif: -110"), failure.replace("1862.77", "1840.10") + resume.replace("1850.56", "1850.60"))) {
            InputReport other = Logs.analyze(log);
            assertTrue(other.incidents().stream().filter(i -> i.confidence() == Confidence.INFERRED)
                    .noneMatch(i -> i.cause().equals(Cause.SUSPEND_RESUME)), other.incidents().toString());
        }
    }

    /**
     * A codec's driver that failed its probe is the codec's failure, told by the driver core in
     * either release's words: the card waits for a codec that will not come (an SGTL5000 whose
     * I2C read failed, -5). A DAI driver's failed probe stays a driver error.
     */
    @Test
    void aCodecDriversFailedProbeIsTheCodecsFailure() {
        String card = Logs.line(10.1, "imx-sgtl5000 sound: ASoC: CODEC DAI sgtl5000 not registered");
        for (String probe : List.of("sgtl5000: probe of 0-000a failed with error -5",
                "sgtl5000 0-000a: probe with driver sgtl5000 failed with error -5")) {
            InputReport r = Logs.analyze(Logs.line(9.6, probe) + card);
            Incident i = r.incidents().get(0);
            assertEquals(Cause.CODEC, i.cause(), probe + ": " + i.verdict());
            assertTrue(i.verdict().startsWith("The codec side failed at 9.600000"), i.verdict());
            assertTrue(i.verdict().contains("failed with error -5"), i.verdict());
            assertTrue(r.findings().get(0).message().contains("-5 is EIO"), r.findings().toString());
        }
        InputReport old = Logs.analyze(Logs.line(9.6, "sgtl5000: probe of 0-000a failed with error -5") + card);
        assertTrue(old.incidents().get(0).verdict().contains("the kernel printed \"sgtl5000: probe of"),
                "the driver core's line has no device to name: " + old.incidents().get(0).verdict());
        InputReport dai = Logs.analyze(Logs.line(4.1, "fsl-sai: probe of 30c30000.sai failed with error -22"));
        assertEquals(List.of(RuleId.DRIVER_ERROR.id()), dai.findings().stream().map(Finding::rule).toList());
        assertEquals(Cause.UNKNOWN, dai.incidents().get(0).cause());
    }

    /**
     * A widget's DAPM event that failed as the stream started is the echo of the start failure a
     * driver printed before it, whatever its device: the codec's rate conflict, not a codec that
     * failed. Alone, the event failure is the codec's.
     */
    @Test
    void aDapmEventThatFailedAfterAStartFailureIsItsEcho() {
        String event = Logs.line(30.1002, "asoc-simple-card sound: ASoC: PRE_PMU: ec25-sun8i-codec-aif2-playback event"
                + " failed: -16");
        Incident i = Logs.analyze(Logs.line(30.1, "sun8i-codec 1c22e00.codec: sun8i-codec-aif2 sample rate (8000 Hz)"
                + " conflicts with other audio streams") + Logs.line(30.1001, "sun8i-codec 1c22e00.codec: ASoC: error at"
                + " snd_soc_dai_hw_params on sun8i-codec-aif2: -16") + event).incidents().get(0);
        assertEquals(Cause.CLOCK_RATE, i.cause(), i.verdict());
        assertTrue(i.verdict().contains("conflicts with other audio streams"), i.verdict());
        assertEquals(Cause.CODEC, Logs.analyze(event).incidents().get(0).cause());
    }

    /**
     * A DAI's hw_params that refused the parameters with EINVAL, and nothing before it that says
     * why, is most often its clock: clock-rate, inferred. Another error number, or another
     * callback's failure (the platform's), is not.
     */
    @Test
    void aDaisRefusedHwParamsIsItsClockInferred() {
        String player = Logs.line(18.96, "30050000.sai-max9867-aif1: ASoC: error at __soc_pcm_hw_params on"
                + " 30050000.sai-max9867-aif1: -22");
        Incident i = Logs.analyze(Logs.line(18.94, "max9867 1-0018: ASoC: error at snd_soc_dai_hw_params on"
                + " max9867-aif1: -22") + player).incidents().get(0);
        assertEquals(Cause.CLOCK_RATE, i.cause(), i.verdict());
        assertEquals(Confidence.INFERRED, i.confidence());
        assertTrue(i.verdict().contains("the DAI refused the stream's parameters"), i.verdict());
        // kernels before 5.8: the same failure in soc-pcm.c's words
        Incident old = Logs.analyze(Logs.line(18.94, "wm8960 1-001a: ASoC: can't set wm8960-hifi hw params: -22"))
                .incidents().get(0);
        assertEquals(Cause.CLOCK_RATE, old.cause(), old.verdict());
        for (String other : List.of("max9867 1-0018: ASoC: error at snd_soc_dai_hw_params on max9867-aif1: -5",
                "fsl-sai 30050000.sai: ASoC: error at snd_soc_pcm_component_hw_params on 30050000.sai: -22")) {
            Incident not = Logs.analyze(Logs.line(18.94, other)).incidents().get(0);
            assertEquals(Cause.UNKNOWN, not.cause(), other + ": " + not.verdict());
        }
        // a driver that said first why it refused: its line is the cause, not a guess at the clock
        Incident said = Logs.analyze(Logs.line(18.93, "davinci-mcasp 48038000.mcasp: stream has more channels (2) than"
                + " are enabled in mcasp (0)") + Logs.line(18.94, "davinci-mcasp 48038000.mcasp: ASoC: can't set"
                + " 48038000.mcasp hw params: -22")).incidents().get(0);
        assertEquals("format-unsupported", said.cause().id(), said.verdict());
        assertTrue(said.verdict().contains("fewer serializers or TDM slots"), said.verdict());
        assertTrue(said.fix().contains("serial-dir"), said.fix());
    }

    /**
     * A DAI's set_fmt that refused the DAI link's format (its own words, whatever the knowledge
     * base's family of them, a clock polarity's too), or the machine driver that asked for it in
     * its words, is the link's format, observed; the ASoC
     * core's EINVAL echo of a set_fmt that said nothing, in either release's words, is inferred.
     * Another error number, or a codec that failed first, is not.
     */
    @ParameterizedTest
    @ValueSource(strings = {"wm8804 1-003b: Unknown dai format", "max98090 1-0010: DAI invert mode unsupported",
        "tlv320aic31xx-codec 1-0018: Invalid DAI clock signal polarity", "pcm512x 1-004d: unsupported DAI format: 0x4001",
        "tas2770 2-0041: ASI format Inverse is not found",
        // the machine driver that asked for the format, in its own words, and a DAI's check outside its set_fmt
        "imx-card sound: failed to set cpu dai fmt: -22", "sof_rt5682 sof_rt5682: Failed to set dai fmt: -22",
        "imx-card sound: failed to set codec dai[1] fmt: -22",
        "sun4i-i2s 1c22c00.dai: Invalid DAI format"})
    void aDaiThatRefusesItsLinksFormatIsTheLinksFormat(String line) {
        Incident i = Logs.analyze(Logs.line(5.24, line) + Logs.line(5.25, "asoc-simple-card soc:sound: probe with driver"
                + " asoc-simple-card failed with error -22")).incidents().get(0);
        assertEquals("format-unsupported", i.cause().id(), i.verdict());
        assertEquals(Confidence.OBSERVED, i.confidence());
        assertTrue(i.verdict().startsWith("The DAI link's format was refused at 5.240000"), i.verdict());
        assertTrue(i.fix().contains("bitclock-master"), i.fix());
    }

    /**
     * A stream-start line whose words are the stream's channels or sample format is the format the
     * link is not set up for; a DAI's set_tdm_slot (or a machine driver's words of it) is the
     * link's TDM slots; a clock's row and a start failure of other words stay what they were. The
     * ASoC core's EINVAL echo of a call that printed nothing itself names what was refused, inferred:
     * a sysclk, PLL, divider or BCLK ratio is the clock it was given, TDM slots the link's slots;
     * another error number is a codec that did not answer.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rt715 sdw:0:025d:0715:00: Unsupported channels 6|format-unsupported|observed|refused the stream's channel count",
        "wm8960 1-001a: unsupported width 32|format-unsupported|observed|refused the stream's channel count",
        "max98927 1-003a: format unsupported 24|format-unsupported|observed|refused the stream's channel count",
        "fsl-sai 30020000.sai: channel not supported|format-unsupported|observed|refused the stream's channel count",
        // a Qualcomm DSP's port that finds no slot for a channel of the link's map: the TDM slots, not the DSP
        "q6afe-dai 3700000.remoteproc:glink-edge:apr:service@4:dais: rx slot not found|format-unsupported|observed"
                + "|The DAI link's TDM slots were refused",
        // a codec's "DSP mode" is its frame format: one channel refused, not a DSP that failed
        "da7213 0-001a: Mono supported only in DSP mode|format-unsupported|observed|refused the stream's channel count",
        "rockchip-i2s ff880000.i2s: invalid channel: 6|format-unsupported|observed|refused the stream's channel count",
        "tscs454 1-0069: Invalid TDM slot mask (480)|format-unsupported|observed|The DAI link's TDM slots were refused",
        "mt8192_mt6359 sound: failed to set tdm slot|format-unsupported|observed|The DAI link's TDM slots were refused",
        "tlv320aic3x 1-001b: simple-card: set_tdm_slot error: -22|format-unsupported|observed|The DAI link's TDM slots"
                + " were refused",
        "tlv320aic3x 1-0018: Unsupported slot width 20|format-unsupported|observed|The DAI link's TDM slots were refused",
        "cs53l30 1-0048: invalid slot number or slot width|format-unsupported|observed|The DAI link's TDM slots were refused",
        "rt1015 1-0028: Unsupported frame size: 40|format-unsupported|observed|refused the stream's channel count",
        "cs35l35 1-0040: Unsupported Width 20|format-unsupported|observed|refused the stream's channel count",
        "max9860 1-0010: DSP_A works for 16 bits per sample only.|format-unsupported|observed|refused the stream's channel"
                + " count",
        "ak4458 1-0010: DSD512 not supported.|format-unsupported|observed|refused the stream's channel count",
        "axg-tdm-interface ff642200.audio-controller: bad slot number for format: 6|format-unsupported|observed|The DAI"
                + " link's TDM slots were refused",
        "atmel-i2s f8050000.i2s: unsupported bus format|format-unsupported|observed|refused the stream's channel count",
        "samsung-spdif 3830000.spdif: Capture is not supported|format-unsupported|observed|has no such direction",
        "fsl-sai 30010000.sai: failed to derive required Tx rate: 1411200|clock-rate|observed|cannot make the clock",
        "wm2200 1-003a: FLL lock timed out|clock-rate|observed|could not set up or lock its PLL or FLL",
        "st,stm32-sai-sub 4400b004.audio-controller: Missing dma channel for stream: 0|dma-channel|observed|got no DMA"
                + " channel",
        "fsl-asrc 2034000.asrc: failed to request DMA channel|dma-channel|observed|got no DMA channel",
        "rcar_sound ec500000.sound: can't get dma channel|dma-channel|observed|got no DMA channel",
        "fsl-sai 30c30000.sai: failed to get tx dma channel|dma-channel|observed|got no DMA channel",
        "st,stm32-spdifrx 500d0000.audio-controller: dma_request_slave_channel error|dma-channel|observed|got no DMA"
                + " channel",
        // a DMA engine that refused the transfer an audio driver configured, prepared or submitted
        "fsl-asrc 2034000.asrc: failed to prepare slave DMA for Back-End|dma-channel|observed|could not set up its DMA"
                + " transfer",
        "rz-ssi 10049c00.ssi: dmaengine_submit() fail|dma-channel|observed|could not set up its DMA transfer",
        "sprd-pcm-compress sprd-pcm-compress: failed to set slave configuration: -22|dma-channel|observed|could not set up"
                + " its DMA transfer",
        "sprd-pcm-audio sprd-pcm-audio: failed to prepare slave sg|dma-channel|observed|could not set up its DMA transfer",
        // a legacy or PCI card that could not get its interrupt or ports: its probe gave up
        // (a card row of its probe, a driver error of a library it calls, the HDA controller's)
        "snd_interwave interwave.0: unable to grab IRQ 5|no-card|observed|could not get its interrupt, DMA channel or I/O",
        "es18xx es18xx.0: unable to find a free 16-bit DMA|no-card|observed|could not get its interrupt, DMA channel or I/O",
        "sb16 sb16.1: sb: can't grab port 0x220|no-card|observed|could not get its interrupt, DMA channel or I/O",
        // or did not find its own chip or board where it probed, or whose AC'97 codec did not answer
        "snd_opti93x opti93x.0: OPTI chip not found|no-card|observed|did not find its sound chip",
        "snd_sb16 sb16.0: SB 16 chip was not detected at 0x220|no-card|observed|did not find its sound chip",
        "snd_ali5451 0000:00:06.0: cannot find ALi 1533 chip.|no-card|observed|did not find its sound chip",
        "snd_atiixp 0000:00:14.5: no codec detected!|codec|observed|The AC'97 codec behind snd_atiixp",
        "snd_au8830 0000:03:00.0: ac97 address never arrived|codec|observed|The AC'97 codec behind snd_au8830",
        "snd_es18xx es18xx.0: reset at 0x220 failed!!!|no-card|observed|did not find its sound chip",
        "snd_via82xx 0000:00:11.5: codec_read: codec 0 is not valid [0xa000000]|codec|observed|The AC'97 codec behind",
        "snd_echo3g 0000:05:02.0: ioremap failed|no-card|observed|I/O or memory regions",
        // an audio driver or a DMA engine that could not allocate memory, with no allocator's warning
        "sun6i-dma 1c02000.dma-controller: No memory for descriptors dma pool|out-of-memory|inferred|could not allocate"
                + " memory",
        "wm8904 0-001a: Out of memory|out-of-memory|inferred|could not allocate memory",
        // or could not enable its PCI device, or map its registers
        "snd_ctxfi 0000:05:00.0: pci_enable_device failed, disabling device|no-card|observed|or could not enable its"
                + " PCI device",
        "snd_rme96 0000:02:04.0: unable to remap memory region 0xfa000000-0xfa7fffff|no-card|observed|I/O or memory"
                + " regions",
        "snd_hda_intel 0000:00:1f.3: unable to grab IRQ 16, disabling device|no-card|observed|could not get its"
                + " interrupt, DMA channel or I/O or memory regions",
        // an AMD laptop's ACP, whose PCI glue under ASoC the rest of its card waits for
        "snd_pci_acp6x 0000:04:00.5: pci_request_regions failed|no-card|observed|could not get its interrupt, DMA channel"
                + " or I/O or memory regions",
        // a DAI's or platform's probe that could not get its reset line, register map, a supply or its interrupt
        "sun4i-i2s 1c22000.i2s: Failed to deassert the reset control|no-card|observed|could not get its reset line,"
                + " register map, a supply or its interrupt",
        "mt8183-afe-pcm 11220000.audio-controller: could not get audiosys reset:-22|no-card|observed|could not get its"
                + " reset line, register map, a supply or its interrupt",
        "fsl-sai 30010000.sai: regmap init failed|no-card|observed|could not get its reset line, register map, a supply",
        "fsl-sai 30010000.sai: failed to claim irq 150|no-card|observed|could not get its reset line, register map, a supply",
        // an error where a card's DAI links are put together: the card does not register
        "sof_rt5682 sof_rt5682: codec link not available|no-card|observed|could not put the sound card's DAI links",
        "sof_sdw sof_sdw: failed to count devices/endpoints: -22|no-card|observed|could not put the sound card's DAI links",
        // the driver core's word that the card's own driver (its node is "sound") gave up its probe
        "asoc-simple-card: probe of sound failed with error -22|codec|observed|The sound card did not come up",
        // the ASoC core's own word that the card it was binding did not come up
        "asoc-simple-card sound: ASoC: failed to register soundcard -12|codec|observed|The sound card did not come up",
        "imx-wm8962 sound: ASoC: failed to instantiate card -22|codec|observed|The sound card did not come up",
        "simple-audio-card sound: ASoC: failed to probe aux component -22|codec|observed|The sound card did not come up",
        // a switchable-graphics machine's HDA controller whose delayed start failed
        "snd_hda_intel 0000:01:00.1: initialization error|codec|observed|the HD-audio controller of a discrete GPU",
        "platform sound: probe with driver asoc-simple-card failed with error -22|codec|observed|The sound card did not"
                + " come up",
        "platform soc:sound: probe with driver snd-rpi-simple failed with error -2|codec|observed|The sound card did not"
                + " come up",
        // a PC's HDA or SOF controller, whose driver is its card's: the controller's fix, no device tree's
        "snd_hda_intel: probe of 0000:00:1f.3 failed with error -2|codec|observed|the audio controller's own driver",
        "sof-audio-pci-intel-tgl 0000:00:1f.3: probe with driver sof-audio-pci-intel-tgl failed with error -110|codec"
                + "|observed|the audio controller's own driver",
        "siu-pcm-audio siu-pcm-audio: DMA channel allocation failed!|dma-channel|observed|got no DMA channel",
        // a DMA controller that did not register: no channel of it for anyone; a channel that would not start is not that
        "sun6i-dma 1c02000.dma-controller: Failed to register DMA engine device|dma-channel|observed|did not come up",
        "imx-sdma 30bd0000.dma-controller: initialisation failed with -110|dma-channel|observed|did not come up",
        "imx-sdma 30bd0000.dma-controller: Timeout waiting for CH0 ready|dma-channel|observed|could not be started or stopped",
        "sprd-pcm-audio 30010000.sprd: failed to get dma channel 768 status|unknown|guess|reported an error",
        // a USB Audio Class gadget's options and endpoint, under its gadget device whichever driver bound it
        "configfs-gadget.g1 gadget.0: Error: incorrect capture sampling rate|usb-audio|observed|refused its options",
        "g_audio gadget: Error: incorrect playback sample size|usb-audio|observed|refused its options",
        "configfs-gadget.g1 gadget.0: usb_ep_enable failed for in_ep (-12)|usb-audio|observed|could not enable its isochronous",
        "wm8962 1-001a: Unable to find FLL_OUTDIV for Fout=49152000Hz|clock-rate|observed|could not set up or lock its PLL",
        "sof_da7219 sof_da7219: failed to start PLL: -22|clock-rate|observed|could not set up or lock its PLL or FLL",
        "pcm512x 1-004d: No LRCLK?|clock-rate|observed|cannot make the clock",
        "ux500-msp-i2s 80123000.msp_i2s: msp0: Error: RX is in use!|device-busy|observed|in use by another stream",
        "samsung-i2s 3830000.i2s: i2s_set_fmt:1 Other DAI busy|device-busy|observed|in use by another stream",
        "rt1316-aif 1-0020: HiFi: Unable to configure port|soundwire|observed|could not configure its SoundWire port",
        "sof_sdw sof_sdw: asoc_sdw_trigger trigger 1 failed: -110|soundwire|inferred|reported a SoundWire error",
        "pxa-ssp pxa25x-ssp.2: No TDM timeslot configured|format-unsupported|observed|The DAI link's TDM slots",
        "omap-hdmi-audio omap-hdmi-audio.0.auto: HDMI display disabled, aborting playback|format-unsupported|observed"
                + "|HDMI or DisplayPort output refused",
        "wm8960 1-001a: ASoC: error at snd_soc_dai_set_sysclk on wm8960-hifi: -22|clock-rate|inferred|did not take the clock",
        "wm8960 1-001a: ASoC: error at snd_soc_component_set_sysclk on wm8960.1-001a: -22|clock-rate|inferred|did not take"
                + " the clock",
        "wm8962 1-001a: ASoC: error at snd_soc_dai_set_pll on wm8962: -22|clock-rate|inferred|did not take the clock",
        "sgtl5000 0-000a: ASoC: error at snd_soc_dai_set_bclk_ratio on sgtl5000: -22|clock-rate|inferred|did not take the"
                + " clock",
        "tlv320aic3x 1-0018: ASoC: error at snd_soc_dai_set_tdm_slot on tlv320aic3x-hifi: -22|format-unsupported|inferred"
                + "|TDM slots",
        "wm8960 1-001a: ASoC: error at snd_soc_dai_set_sysclk on wm8960-hifi: -5|codec|observed|The codec side failed",
        // a machine driver that could not read the card's description: the card, whatever codec it names
        "rockchip-snd-rt5645 sound: Property 'rockchip,audio-codec' missing or invalid|no-card|observed|rockchip-snd-rt5645"
                + " sound could not use its description",
        // an audio DSP's firmware or topology file that could not be loaded: the file, not a DSP that stopped answering
        "sof-audio-pci-intel-tgl 0000:00:1f.3: error: tplg request firmware intel/sof-tplg/sof-tgl-rt711.tplg failed err: -2"
                + "|dsp-firmware|observed|could not load a file the audio DSP needs",
        "sof-audio-pci-intel-mtl 0000:00:1f.3: error: sof firmware file is missing, you might need to|dsp-firmware"
                + "|observed|could not load a file the audio DSP needs",
        // a master clock a DAI or codec did not take, in its own or its machine driver's words; one given none is the clock's
        "fsl-asoc-card sound: failed to set SYSCLK: -22|clock-rate|observed|did not take the clock it was given",
        "wm8961 1-004a: SYSCLK must be at least 256*fs for ADC|clock-rate|observed|did not take the clock it was given",
        "adl_max98390_rt5682 adl_max98390_rt5682: snd_soc_dai_set_pll err = -22|clock-rate|observed|did not take the clock"
                + " it was given",
        "wm8741 1-001a: No MCLK configured, call set_sysclk() on init or in hw_params|clock-rate|observed|cannot make the"
                + " clock",
        // a part of the hardware another stream holds, in a driver's words or the ASoC core's -EBUSY echo
        "hdmi-audio-codec hdmi-audio-codec.3.auto: Only one simultaneous stream supported!|device-busy|observed|in use by"
                + " another stream",
        "fsl-sai 30010000.sai: ASoC: error at snd_soc_dai_startup on 30010000.sai: -16|device-busy|inferred|in use by"
                + " another stream",
        "imx-audio-wm8960 sound: ASoC: can't open interface 2028000.ssi: -16|device-busy|inferred|in use by another stream",
        // a machine driver's hw_params that refused the parameters, in 6.12's and older kernels' words
        "imx-audio-wm8960 sound: ASoC: error at snd_soc_link_hw_params on HiFi: -22|clock-rate|inferred|machine driver's"
                + " hw_params",
        "audioinjector-stereo sound-ext-card: ASoC: machine hw_params failed: -22|clock-rate|inferred|machine driver's"
                + " hw_params",
        "imx-audio-wm8960 sound: ASoC: error at snd_soc_link_hw_params on HiFi: -110|unknown|guess|could not start",
        // a stream's channels or format refused in a function the knowledge base files as a driver's error
        // (but an HDMI codec's display that has not the speakers: the HDMI output's refusal)
        "hdmi-audio-codec hdmi-audio-codec.3.auto: Not able to map channels to speakers (-22)|format-unsupported|observed"
                + "|HDMI or DisplayPort output refused",
        "fsl-asrc 2034000.asrc: Pair A: does not support 10 channels|format-unsupported|inferred|refused the stream's"
                + " channel count",
        "cx2072x i2c-14F10720:00: Unsupported DAI format|format-unsupported|inferred|The DAI link's format was refused",
        "bytcr_rt5640 bytcr_rt5640: can't set format to I2S, err -22|format-unsupported|inferred|The DAI link's format",
        "bytcr_rt5640 bytcr_rt5640: can't set format to I2S, err -524|format-unsupported|inferred|The DAI link's format",
        // a SoundWire codec's port the bus would not add to the stream
        "rt722-sdca-aif1 sdw:0:0:025d:0722:01: rt722_sdca_pcm_hw_params: Unable to configure port|soundwire|observed"
                + "|could not configure its SoundWire port",
        "bytcr_rt5640 bytcr_rt5640: can't set format to I2S, err -110|unknown|guess|reported an error",
        // the same echoes in the words of 6.16 on ("ASoC error (-22): at FUNC() on NAME")
        "fsl-sai 30010000.sai: ASoC error (-22): at snd_soc_dai_hw_params() on 30010000.sai|clock-rate|inferred|the DAI"
                + " refused the stream's parameters",
        "wm8960 1-001a: ASoC error (-22): at snd_soc_dai_set_sysclk() on wm8960-hifi|clock-rate|inferred|did not take the"
                + " clock",
        "pcm512x 1-004d: ASoC error (-22): at snd_soc_dai_set_fmt() on pcm512x-hifi|format-unsupported|inferred|The DAI"
                + " link's format was refused",
        "wm8960 1-001a: ASoC error (-121): at snd_soc_component_write() on wm8960.1-001a for register: [0x00000019]|codec"
                + "|observed|did not answer on its bus",
        "fsl-sai 30010000.sai: ASoC error (-16): at snd_soc_dai_startup() on 30010000.sai|device-busy|inferred|in use by"
                + " another stream",
        "fsl-sai 30010000.sai: ASoC error (-5): at snd_soc_dai_hw_params() on 30010000.sai|unknown|guess|could not start",
        // an HDMI or DisplayPort DAI that refused hw_params: the display's ELD or no display, not a clock
        "sof-audio-pci-intel-tgl 0000:00:1f.3: ASoC: error at snd_soc_dai_hw_params on iDisp1 Pin: -22|format-unsupported"
                + "|inferred|HDMI or DisplayPort output refused",
        "hdmi-audio-codec hdmi-audio-codec.3.auto: ASoC: error at snd_soc_dai_hw_params on i2s-hifi: -22"
                + "|format-unsupported|inferred|HDMI or DisplayPort output refused",
        "sof-audio-pci-intel-tgl 0000:00:1f.3: ASoC error (-22): at snd_soc_dai_hw_params() on iDisp3 Pin"
                + "|format-unsupported|inferred|HDMI or DisplayPort output refused",
        // a step that stops or closes a stream is no start that failed; -EBUSY there is no other stream's hold
        "wm8960 1-001a: ASoC: error at snd_soc_component_close on wm8960.1-001a: -22|unknown|guess|as it was stopped"
                + " or closed",
        "fsl-sai 30010000.sai: ASoC error (-16): at snd_soc_pcm_component_hw_free() on 30010000.sai|unknown|guess|as it"
                + " was stopped or closed",
        // a machine driver's suspend or resume step that failed: the card half set up, not a stream's start
        "imx-audio-wm8960 sound: ASoC: error at snd_soc_card_resume_post on imx-wm8960: -110|suspend-resume|observed"
                + "|step of a system suspend or resume",
        // an amplifier that tripped its own protection: the speaker side, its supply or heat, not its driver
        "cs35l41 2-0040: Over temperature error|amp-protection|observed|turns its output off",
        "cs35l41-hda i2c-CSC3551:00-cs35l41-hda.0: Amp short error|amp-protection|observed|turns its output off",
        "cs35l34 1-0040: LBST short error; powering off!|amp-protection|observed|turns its output off",
        "arizona spi0.1: Thermal shutdown|amp-protection|observed|turns its output off",
        "tas2764 1-0038: fault: over temperature|amp-protection|observed|turns its output off",
        "tas6424 1-006a: experienced a channel 2 overcurrent fault|amp-protection|observed|turns its output off",
        "wm8962 0-001a: Speaker thermal warning|amp-protection|inferred|nears a protection limit",
        // a clock a driver could not get or enable outside its probe: no clock, not a wrong rate
        "wm8960 1-001a: Failed to enable MCLK: -22|clock-rate|observed|could not get or enable its clock",
        "tegra20-spdif 70002400.spdif: clk_enable failed: -22|clock-rate|observed|could not get or enable its clock",
        // a codec's own words for the clock it is fed, its first problem: that clock, not a codec that does not answer,
        // also where a row of another driver's generic words ("Failed to get %s") is what reads the line
        "pcm512x 1-004d: Failed to enable SCLK: -22|clock-rate|observed|could not get or enable its clock",
        "tlv320aic32x4 1-0018: Failed to get clk 'codec_clkin': -2|clock-rate|observed|could not get or enable its clock",
        "tlv320aic32x4 1-0018: Failed to get supply 'iov': -2|codec|observed|The codec side failed",
        // a machine driver's or a DAI's own registration that failed with an error that is no deferral
        "aries-audio sound: snd_soc_register_card() failed:-22|codec|observed|The sound card did not come up",
        "fsl-ssi-dai 2028000.ssi: failed to register DAI: -22|codec|observed|The sound card did not come up",
        // the ASoC core's echo of a component whose PCM could not be made: the card's set-up
        "st,stm32-sai-sub 4400b004.audio-controller: ASoC: error at snd_soc_pcm_component_new on 4400b004.audio-controller:"
                + " -22|codec|observed|The sound card did not come up",
        // a register the ASoC core could not read or write: the codec's bus, before 5.18 and since
        "wm8960 1-001a: ASoC: error at soc_component_write_no_lock on wm8960.1-001a: -121|codec|observed|did not answer on its",
        "wm8960 1-001a: ASoC: error at snd_soc_component_update_bits on wm8960.1-001a: -5|codec|observed|did not answer on its",
        "wm8960 1-001a: ASoC: error at soc_component_read_no_lock on wm8960.1-001a for register: [0x00000019] -121|codec"
                + "|observed|did not answer on its bus",
        // a codec driver's own words for a register it could not reach, with the I2C controller's EREMOTEIO
        "wm8903 0-001a: Failed to read IRQ mask: -121|codec|observed|did not answer on its bus",
        "cs42l42 2-0048: Failed to issue read @0x1912: -121|codec|observed|did not answer on its bus",
        "wm8804 1-003b: Failed to read device ID: -121|codec|observed|did not answer on its bus",
        // the same words with another error, or none: its registers, hedged, whatever its bus
        "tas5720 2-006c: failed to read FAULT register: -110|codec|observed|could not read or write its registers",
        "wm8995 1-001b: Failed to sync cache: -5|codec|observed|could not read or write its registers",
        "rt711 sdw:0:025d:0711:00: Headphone: sdw read failed: -61|codec|observed|could not read or write its registers",
        "wm8903 0-001a: Failed to read chip ID: -110|codec|observed|could not read or write its registers",
        // an AC'97 controller's word that its codec did not answer over the AC-link
        "snd_intel8x0 0000:00:05.0: codec_read 0: read timeout for register 0x54|codec|observed|The AC'97 codec behind",
        "snd_ens1371 0000:02:02.0: codec read timeout at 0x14 [0x1]|codec|observed|The AC'97 codec behind",
        "snd_intel8x0 0000:00:1f.5: codec_ready: codec is not ready [0x300]|codec|observed|The AC'97 codec behind",
        "mpc5200-psc-ac97 f0002000.ac97: timeout on ac97 bus (rdy)|codec|observed|The AC'97 codec behind",
        "snd_cs46xx 0000:00:0b.0: AC'97 read problem (ACSTS_VSTS), codec_index 0, reg = 0x26|codec|observed"
                + "|The AC'97 codec behind",
        // i.MX's audio over rpmsg: the Cortex-M core that runs the SAI did not take the message
        "imx_pcm_rpmsg imx_pcm_rpmsg.0.auto: rpmsg channel not ready|dsp-firmware|observed|the Cortex-M core that runs"
                + " this card's audio over rpmsg",
        "imx_pcm_rpmsg imx_pcm_rpmsg.0.auto: rpmsg_send cmd 2 timeout!|dsp-firmware|observed|did not take the message",
        // a stream's format or a TDM link's slots refused in a driver's own words, outside the phrases above
        "axg-spdifout ff003400.audio-controller: too many channels for spdif dai: 8|format-unsupported|inferred"
                + "|refused the stream's channel count",
        "ux500-msp ux500-msp-i2s.1: setup_msp_config: Error: Unsupported slot-count (slots = 5)!|format-unsupported"
                + "|inferred|TDM slots were refused",
        // the registers of an SoC's audio DMA that could not be read or written
        "lpass-cpu 62d87000.lpass: error writing to rdmactl reg: -16|dma-channel|observed|could not read or write the"
                + " registers of its audio DMA",
        // a PCI card's own DSP or FPGA that did not load: its firmware, not an SoC DSP's topology
        "snd_echo3g 0000:05:02.0: load_dsp: DSP load timed out waiting for HF4|dsp-firmware|observed|could not load or"
                + " start the card's own DSP or FPGA",
        "snd_mixart 0000:05:02.0: xilinx or elf not successfully loaded|dsp-firmware|observed|the card's own DSP",
        // a codec that could not be woken from its low-power state
        "wm8962 0-001a: Failed to resume device: -110|codec|observed|could not be woken from its low-power state",
        "cs42l43-codec cs42l43-codec: Failed to resume for tip work: -110|codec|observed|could not be woken",
        // a description the driver refuses: a codec's, a DAI's, a machine driver's card row
        "cs42l42 1-0048: Wrong cirrus,ts-inv DT value 2|no-card|observed|could not use its description",
        "davinci-mcasp 48468000.mcasp: Insufficient DT parameter(s)|no-card|observed|could not use its description",
        // any refusal of a function that reads the description, whatever its words
        "cs35l35 1-0040: Inductor not specified.|no-card|observed|could not use its description",
        "lpass-cpu 62d87000.audio-controller: Unsupported SD line mask: 0x1a5|no-card|observed|could not use its description",
        "mt8173-max98090 sound: Property 'audio-codec' missing or invalid|no-card|observed|could not use its description",
        // a DMA controller's own node: the controller that did not come up, not a channel that would not start
        "rcar-dmac e6700000.dma-controller: unable to read dma-channels property|dma-channel|observed|a property of the"
                + " DMA controller's node",
        // the DMA core's word about the node of the device that asks for a channel: the channel its node names
        "of_dma_request_slave_channel: dma-names property of node '/soc/sai@30010000' missing or empty|dma-channel"
                + "|observed|A device's DMA channel could not be requested",
        "of_dma_simple_xlate: not enough information provided|dma-channel|observed|the node that asked",
        // a controller's translation of a device's request: that device's description, not the controller's
        "at_xdmac f0010000.dma-controller: dma phandler args: bad number of args|dma-channel|observed|could not be started",
        // a codec's calibration or measurement of its analog circuit that did not finish, not its bus
        "wm8962 0-001a: DC servo timed out|codec|observed|did not finish calibrating or measuring its analog circuit",
        "rt5682s i2c-RTL5682:00: HP Calibration Failure|codec|observed|did not finish calibrating",
        "wm5102-codec wm5102-codec: HPDET did not complete: 1c3|codec|observed|did not finish calibrating",
        "rt1011 i2c-10EC1011:00: Calibrate R0 Failure|codec|observed|did not finish calibrating",
        // a request to the chip about its detection, or the calibration's stored values, are not
        "wm5102-codec wm5102-codec: Failed to get HPDET IRQ: -22|unknown|guess|reported an error",
        // a firmware file's contents, not a codec's registers; an SoC's audio DMA's registers, not a codec's either
        "tasdev-codec 1-0038: Failed to read tasdevice_rca_parser|unknown|guess|reported an error",
        "lpass-platform 62d87000.lpass: error writing to rdmabase reg: -5|dma-channel|observed|registers of its audio DMA",
        // the ASoC core's topology loader that could not make what the file describes: the topology, not a crash
        "sof-audio-pci-intel-tgl 0000:00:1f.3: ASoC: physical link SSP2-Codec (id 0) not exist|dsp-firmware|observed"
                + "|could not load the audio DSP's topology",
        "sof-audio-pci-intel-cnl 0000:00:1f.3: ASoC: failed to load widget PGA1.0|dsp-firmware|observed|could not load"
                + " the audio DSP's topology",
        // a DSP firmware that answered a command with an error: it runs and refused, it did not stop answering
        "sof-audio-pci-intel-mtl 0000:00:1f.3: FW reported error: 7 - Unsupported operation requested|dsp-firmware"
                + "|observed|firmware refused a command",
        "q6afe-dai 3700000.remoteproc:glink-edge:apr:service@4:dais: DSP returned error[1001]|dsp-firmware|observed"
                + "|firmware refused a command",
        "sof-audio-pci-intel-tgl 0000:00:1f.3: ipc tx timed out for 0x60010000 (msg/reply size: 108/20)|dsp-firmware"
                + "|observed|The audio DSP failed",
        // IPC3's reply with an error: 6.x's words and 5.x's
        "sof-audio-pci-intel-apl 0000:00:0e.0: ipc tx error for 0x60010000 (msg/reply size: 108/20): -22|dsp-firmware"
                + "|observed|firmware refused a command",
        "sof-audio-pci-intel-apl 0000:00:0e.0: error: ipc error for 0x60010000 size 20|dsp-firmware|observed"
                + "|firmware refused a command",
        "sof-audio-pci 0000:00:0e.0: error: ipc timed out for 0x60010000 size 12|dsp-firmware|observed|The audio DSP failed",
        // a DSP driver with no code for a stream's trigger command: no DSP that is down
        "sof-audio-pci-intel-tgl 0000:00:1f.3: sof_ipc4_trigger: unhandled trigger cmd 3|dsp-firmware|observed"
                + "|did not handle a command the stream was given",
        // a DSP's failure in a function that stops, closes or frees a stream: no DSP that is down
        "sof-audio-pci-intel-tgl 0000:00:1f.3: sof_pcm_stream_free: pcm0 (HDA Analog), dir 0: pcm_ops->hw_free failed -110"
                + "|dsp-firmware|observed|as it was stopped or closed",
        "bcm2835_audio bcm2835_audio: failed to close VCHI service connection (status=1)|dsp-firmware|observed|as it was"
                + " stopped or closed"})
    void aRefusedSetUpNamesWhatWasRefused(String line, String cause, String confidence, String verdict) {
        Incident i = Logs.analyze(Logs.line(20.1, line)).incidents().get(0);
        assertEquals(cause, i.cause().id(), line + ": " + i.verdict());
        assertEquals(confidence, i.confidence().id(), line);
        assertTrue(i.verdict().contains(verdict), i.verdict());
        if (cause.equals("format-unsupported") && confidence.equals("observed") && !verdict.equals("has no such direction")
                && !verdict.startsWith("HDMI")) {
            assertTrue(i.fix().contains(verdict.startsWith("The DAI link's TDM") ? "dai-tdm-slot-num" : "aplay -v"), i.fix());
        }
        if (verdict.equals("has no such direction")) {
            assertTrue(i.fix().contains("arecord -l"), i.fix());
        }
        if (verdict.startsWith("refused its options")) {
            assertTrue(i.fix().contains("c_srate"), i.fix());
        }
        if (verdict.startsWith("firmware refused a command")) {
            assertTrue(i.fix().contains("from one release") && !i.fix().contains("crash reason"), i.fix());
            assertEquals(line.startsWith("sof-"), i.fix().contains("snd_intel_dspcfg"), i.fix());
        }
        if (verdict.startsWith("could not load a file the audio DSP needs")) {
            assertTrue(i.fix().contains("/lib/firmware") && i.fix().contains("tplg_filename"), i.fix());
        }
        if (verdict.startsWith("could not get or enable its clock")) {
            assertTrue(i.fix().contains("clock-names") && i.fix().contains("clk_summary"), i.fix());
        }
        if (verdict.startsWith("got no DMA")) {
            assertTrue(i.fix().contains("dma-names"), i.fix());
        }
        if (cause.equals("amp-protection")) {
            assertTrue(i.fix().contains("tuning firmware"), i.fix());
        }
        if (verdict.startsWith("did not answer on its")) {
            assertTrue(i.fix().contains("i2cdetect"), i.fix());
        }
        if (verdict.contains("PLL or FLL")) {
            assertTrue(i.fix().contains("reference it can use"), i.fix());
        }
    }

    @Test
    void aCodecThatStopsAnsweringAfterItsClockDidNotStartIsTheClock() {
        // the codec answers on I2C only once its master clock runs: the clock first is the root
        Incident i = Logs.analyze(Logs.line(20.0, "wm8960 1-001a: Failed to enable MCLK: -22")
                + Logs.line(20.1, "wm8903 1-001a: Failed to read IRQ mask: -121")).incidents().get(0);
        assertEquals("clock-rate", i.cause().id(), i.verdict());
    }

    @Test
    void anAmplifiersFaultOutranksItsWarningAndAWarningYieldsToAnotherFailure() {
        // the warning first, then the fault it warned of: the fault is the verdict's line
        Incident tripped = Logs.analyze(Logs.line(912.5, "cs35l41 2-0040: Over temperature warning")
                + Logs.line(913.0, "cs35l41 2-0040: Over temperature error")).incidents().get(0);
        assertEquals("amp-protection", tripped.cause().id());
        assertEquals("observed", tripped.confidence().id());
        assertTrue(tripped.verdict().contains("(\"Over temperature error\")"), tripped.verdict());
        // a warning beside a codec that stopped answering: the codec, which says more
        Incident codec = Logs.analyze(Logs.line(20.0, "wm8962 0-001a: Speaker thermal warning")
                + Logs.line(20.1, "wm8962 0-001a: ASoC: error at snd_soc_component_update_bits on wm8962.0-001a for"
                + " register: [0x00000019] -121")).incidents().get(0);
        assertEquals("codec", codec.cause().id(), codec.verdict());
        // the finding says what the amplifier did, not that a driver failed
        Finding f = Logs.analyze(Logs.line(5.0, "tas6424 1-006a: experienced a PVDD undervoltage fault")).findings().get(0);
        assertTrue(f.message().contains("tripped its own protection"), f.message());
    }

    @Test
    void theAsocCoresEchoOfARefusedFormatIsTheLinksFormatInferred() {
        for (String echo : List.of("pcm512x 1-004d: ASoC: error at snd_soc_dai_set_fmt on pcm512x-hifi: -22",
                "pcm512x 1-004d: ASoC: Failed to set DAI format: -22")) {
            Incident i = Logs.analyze(Logs.line(5.24, echo)).incidents().get(0);
            assertEquals("format-unsupported", i.cause().id(), echo + ": " + i.verdict());
            assertEquals(Confidence.INFERRED, i.confidence(), echo);
            assertTrue(i.next().contains("beside the refusing driver's set_fmt"), i.next());
        }
        for (String other : List.of("cros-ec-codec GOOG0013:00: ASoC: Failed to set DAI format: -71",
                "pcm512x 1-004d: ASoC: error at snd_soc_dai_set_fmt on pcm512x-hifi: -5")) {
            Incident not = Logs.analyze(Logs.line(5.24, other)).incidents().get(0);
            assertNotEquals("format-unsupported", not.cause().id(), other + ": " + not.verdict());
        }
        Incident codec = Logs.analyze(Logs.line(5.1, "sgtl5000 0-000a: Error reading chip id -6")
                + Logs.line(5.24, "sgtl5000 0-000a: ASoC: error at snd_soc_dai_set_fmt on sgtl5000: -22")).incidents().get(0);
        assertEquals(Cause.CODEC, codec.cause(), "the codec that did not answer came first: " + codec.verdict());
    }

    /**
     * A driver's error with no stream in its episode stopped a probe or a set-up: its next steps
     * are the boot's log and what describes the device, not a stream's switches; one a stream
     * ran into keeps them.
     */
    @Test
    void aDriversErrorWithNoStreamPointsAtTheProbe() {
        Incident probe = Logs.analyze(Logs.line(3.43, "pcm512x 1-004d: Impossible to generate a suitable SCK"))
                .incidents().get(0);
        assertTrue(probe.verdict().endsWith("no stream in the log ran into it, so the place to look is that device's probe"
                + " and set-up."),
                probe.verdict());
        assertTrue(probe.next().contains("devices_deferred") && !probe.next().contains("xrun_debug"), probe.next());
        Incident stream = Logs.analyze(Logs.line(3.43, "pcm512x 1-004d: Impossible to generate a suitable SCK")
                + "aplay: pcm_write:2127: write error: Input/output error\n").incidents().get(0);
        assertFalse(stream.verdict().contains("no stream in the log ran into it"), stream.verdict());
    }

    /**
     * A DPCM front end routed to no back end says so in either release's words: its stream has
     * nowhere to go, which the routing mixer controls or the card's UCM profile fix.
     */
    @Test
    void aFrontEndWithNoBackEndIsNoRoute() {
        for (String line : List.of("]  MultiMedia1: ASoC: no backend DAIs enabled for MultiMedia1",
                "]  MultiMedia1: ASoC: no backend DAIs enabled for MultiMedia1, possibly missing ALSA mixer-based"
                        + " routing or UCM profile")) {
            Incident i = Logs.analyze("[  241.330217" + line + "\n").incidents().get(0);
            assertEquals("no-route", i.cause().id(), i.verdict());
            assertTrue(i.verdict().contains("connected to no back-end DAI") && i.fix().contains("UCM"), i.fix());
        }
    }

    /**
     * An HDA controller whose command ring's read pointer reads all ones is gone from the bus:
     * told as the controller, with its PCI rescan fix, not as a codec's power or quirk problem.
     */
    @Test
    void anHdaControllerReadingAllOnesIsTheController() {
        Incident i = Logs.analyze(Logs.line(5.1, "snd_hda_intel 0000:00:1b.0: CORB reset timeout#2, CORBRP = 65535")
                + Logs.line(6.2, "snd_hda_intel 0000:00:1b.0: no codecs initialized")).incidents().get(0);
        assertEquals(Cause.CODEC, i.cause());
        assertTrue(i.verdict().startsWith("The HDA controller stopped answering at 5.100000"), i.verdict());
        assertTrue(i.fix().contains("/sys/bus/pci/rescan"), i.fix());
        Incident codec = Logs.analyze(Logs.line(6.2, "snd_hda_intel 0000:00:1b.0: no codecs initialized"))
                .incidents().get(0);
        assertFalse(codec.fix().contains("rescan"), codec.fix());
    }

    /** A DSP that never booted is told as the DSP down, not as a PCM stream that failed. */
    @Test
    void aDspThatNeverBootedIsNoFailedStream() throws Exception {
        Incident dsp = Logs.analyzeSample("causes/x86-sof-dsp-boot-timeout.log").incidents().get(0);
        assertEquals(Cause.DSP_FIRMWARE, dsp.cause());
        assertTrue(dsp.verdict().startsWith("The audio DSP failed at 5.301020"), dsp.verdict());
        assertFalse(dsp.verdict().contains("PCM stream"), dsp.verdict());
    }

    /** A verdict quotes the line printed at the time it names: the first of a run of repeats. */
    @Test
    void theVerdictQuotesTheLineAtItsTime() throws Exception {
        Incident i = Logs.analyzeSample("causes/sama5d2-atmel-i2s-underrun.log").incidents().get(0);
        assertTrue(i.verdict().contains("130.220114"), i.verdict());
        assertTrue(i.verdict().contains("\"TX underrun on channel 0\""), i.verdict());
    }

    /**
     * The board is told by every audio driver that printed, read or not: a PC whose HDA
     * controller printed only a line no row knows still gets no device-tree clock advice.
     */
    @Test
    void anUnreadAudioDriversLineStillTellsTheBoard() {
        InputReport r = Logs.analyze(Logs.line(4.5, "snd_hda_intel 0000:00:1f.3: bound 0000:00:02.0 (ops"
                + " i915_audio_component_bind_ops [i915])") + Logs.line(120.4, "arecord: pcm_read:2221: read error:"
                + " Input/output error"));
        Incident i = r.incidents().get(0);
        assertEquals(Cause.UNKNOWN, i.cause());
        assertFalse(i.fix().contains("device tree") || i.verdict().contains("bit clock"), i.verdict() + " " + i.fix());
    }

    /**
     * SOF's dump messages are printed with "%s" and are hand-written rows of the DSP family: a
     * boot that timed out is the DSP down, not a driver's line of unknown meaning.
     */
    @Test
    void sofDumpMessagesAreTheDspsFailure() {
        String dev = "sof-audio-pci-intel-tgl 0000:00:1f.3: ";
        Incident i = Logs.analyze(Logs.line(5.301020, dev + "------------[ DSP dump start ]------------")
                + Logs.line(5.301025, dev + "Firmware boot failure due to timeout")
                + Logs.line(5.301030, dev + "fw_state: SOF_FW_BOOT_IN_PROGRESS (4)")).incidents().get(0);
        assertEquals(Cause.DSP_FIRMWARE, i.cause());
        assertTrue(i.verdict().startsWith("The audio DSP failed at 5.301025"), i.verdict());
        assertFalse(i.verdict().contains("healthy systems"), i.verdict());
    }

    /**
     * A Qualcomm ADSP's error gets the ADSP's fix, and an x86 one SOF's: no x86 switch on a
     * Qualcomm board; a refusal (the DSP's answer with an error) gets its platform's refusal fix.
     */
    @Test
    void aDspFailureGetsItsPlatformsFix() {
        Incident q6 = Logs.analyze(Logs.line(300.12, "q6asm-dai 17300000.remoteproc:glink-edge:apr:apr-service@7:dais:"
                + " cmd = 0x10db3 returned error = 0x2")).incidents().get(0);
        assertEquals(Cause.DSP_FIRMWARE, q6.cause());
        assertTrue(q6.fix().startsWith("Give the ADSP a firmware and a topology from one release"), q6.fix());
        assertFalse(q6.fix().contains("snd_intel_dspcfg"), q6.fix());
        Incident timeout = Logs.analyze(Logs.line(125.14, "q6apm-dai 3000000.remoteproc:glink-edge:gpr:service@1:dais: CMD"
                + " timeout for [1001005] opcode")).incidents().get(0);
        assertTrue(timeout.fix().startsWith("The ADSP (its remoteproc)"), timeout.fix());
        Incident sof = Logs.analyze(Logs.line(812.4, "sof-audio-pci-intel-tgl 0000:00:1f.3: ipc tx timed out for"
                + " 0x60010000 (msg/reply size: 108/20)")).incidents().get(0);
        assertTrue(sof.fix().contains("snd_intel_dspcfg.dsp_driver"), sof.fix());
    }

    /**
     * An HDA codec that could not bind its speaker amplifiers, in 6.12's words (hda_component.c,
     * whose row would read as an optional part of a card) and 6.1's (patch_realtek.c): the
     * speakers' amplifiers, told under the codec that printed it; an amplifier's own failure
     * before it says more.
     */
    @Test
    void anHdaCodecThatCouldNotBindItsAmplifiersIsTheSpeakers() {
        for (String release : List.of("6.12.57", "6.1.0")) {
            Incident i = Logs.analyze(Logs.line(0, "Linux version " + release + " (builder@ci) #1 SMP")
                    + Logs.line(10.9, "snd_hda_codec_realtek hdaudioC0D0: Fail to add component -22")).incidents().get(0);
            assertEquals(Cause.CODEC, i.cause(), release);
            assertTrue(i.verdict().startsWith("The HDA codec snd_hda_codec_realtek hdaudioC0D0 could not bind the laptop's"
                    + " speaker amplifiers"), i.verdict());
            assertTrue(i.fix().contains("cs35l41-hda"), i.fix());
        }
        Incident amp = Logs.analyze(Logs.line(10.5, "cs35l41-hda i2c-CSC3551:00-cs35l41-hda.0: Failed property"
                + " cirrus,dev-index: -22") + Logs.line(10.9, "snd_hda_codec_realtek hdaudioC0D0: Fail to add component -22"))
                .incidents().get(0);
        assertTrue(amp.verdict().startsWith("The laptop's speaker amplifier"), amp.verdict());
    }

    /**
     * A codec on a PC's I2C bus that does not answer or fails gets a PC's fix (the ACPI tables,
     * the machine driver's quirks), not a device tree's nor an HDA codec's; alone, with nothing
     * to say whose board it is, the board's fix.
     */
    @Test
    void anI2cCodecThatDoesNotAnswerOnAPcGetsAPcsFix() {
        String codec = Logs.line(10.0, "rt5640 1-001c: ASoC: error at soc_component_read_no_lock on rt5640.1-001c: -110");
        Incident pc = Logs.analyze(Logs.line(5.1, "snd_hda_intel 0000:00:1f.3: azx_get_response timeout, switching to"
                + " polling mode: last cmd=0x20170500") + codec).incidents().get(0);
        assertEquals(Cause.CODEC, pc.cause());
        assertTrue(pc.fix().contains("ACPI tables") && !pc.fix().contains("device tree"), pc.fix());
        Incident board = Logs.analyze(codec).incidents().get(0);
        assertTrue(board.fix().contains("device tree") && !board.fix().contains("ACPI"), board.fix());
        String pcLine = Logs.line(5.1, "snd_hda_intel 0000:00:1f.3: bound 0000:00:02.0 (ops i915_audio_component_bind_ops"
                + " [i915])");
        Incident chip = Logs.analyze(pcLine + Logs.line(6.0, "rt5640 i2c-10EC5640:00: Device with ID register 0 is not"
                + " rt5640/39")).incidents().get(0);
        assertEquals(Cause.CODEC, chip.cause());
        assertTrue(chip.fix().contains("machine driver's quirk option") && !chip.fix().contains("power_save"), chip.fix());
        Incident hda = Logs.analyze(pcLine + Logs.line(6.0, "snd_hda_intel 0000:00:1f.3: azx_get_response timeout, switching"
                + " to single_cmd mode: last cmd=0x20270503")).incidents().get(0);
        assertTrue(hda.fix().contains("power_save") && !hda.fix().contains("quirk option"), hda.fix());
    }

    /**
     * A stream that could not start, and nothing says why, is told so: what was asked against what
     * the hardware takes, the DSP driver's debug on a laptop, not the position fixes of a stream
     * that stopped.
     */
    @Test
    void aStartFailureNothingExplainsGetsAStartsFix() {
        Incident pc = Logs.analyze(Logs.line(44.1, "sof-audio-pci-intel-ptl 0000:00:1f.3: ASoC error (-22): at"
                + " snd_soc_pcm_component_hw_params() on 0000:00:1f.3")).incidents().get(0);
        assertEquals(Cause.UNKNOWN, pc.cause());
        assertTrue(pc.fix().startsWith("The log does not say why the stream could not start")
                && pc.fix().contains("module snd_sof +p") && !pc.fix().contains("position_fix"), pc.fix());
        Incident board = Logs.analyze(Logs.line(44.1, "fsl-sai 30010000.sai: ASoC: error at snd_soc_pcm_component_prepare"
                + " on 30010000.sai: -5")).incidents().get(0);
        assertTrue(board.fix().contains("aplay -v") && !board.fix().contains("snd_sof"), board.fix());
    }

    /** speaker-test's words for a hw: device that does not take what was asked of it, as aplay's are. */
    @ParameterizedTest
    @ValueSource(strings = {"Channels count (8) not available for playbacks: Invalid argument",
        "Sample format not available for playback: Invalid argument", "Access type not available for playback: Invalid argument"})
    void speakerTestsRefusedParametersAreTheFormat(String line) {
        Incident i = Logs.analyze(Logs.line(20.1, line)).incidents().get(0);
        assertEquals("format-unsupported", i.cause().id(), i.verdict());
        assertEquals(PcmDirection.PLAYBACK, i.stream(), i.verdict());
        assertTrue(i.fix().startsWith("Play through plughw:CARD,DEV"), i.fix());
    }

    /**
     * A USB device that refuses the rate gets a fix about the rate, not about bandwidth: snd-usb-audio's
     * words, and a device driver's own that sets the rate or says it takes none such.
     */
    @ParameterizedTest
    @ValueSource(strings = {"usb 3-3: 1:1: cannot set freq 48000 to ep 0x82",
        "snd-usb-hiface 1-1:1.0: Unsupported rate 352800", "snd-usb-6fire 1-1:1.0: error setting samplerate 192000."})
    void aUsbDeviceThatRefusesTheRateIsToldSo(String line) {
        Incident usb = Logs.analyze(Logs.line(9.6, line)).incidents().get(0);
        assertTrue(usb.verdict().endsWith("the device refused the sample rate it was asked for."), usb.verdict());
        assertTrue(usb.fix().startsWith("Ask for a rate the device lists"), usb.fix());
    }

    /**
     * The AMD IOMMU's page fault printed under an audio device's name is that device's DMA
     * refused, with the IOMMU's fix; under a GPU's name it is no audio's, and the log has none.
     */
    @Test
    void anIommuFaultOfAnAudioDevicesDmaIsTheDmaRefused() {
        String fault = ": AMD-Vi: Event logged [IO_PAGE_FAULT domain=0x000d address=0xfffc0000 flags=0x0020]";
        InputReport r = Logs.analyze(Logs.line(0, "Linux version 6.12.9-amd64 (b@c) #1 SMP")
                + Logs.line(40.9, "snd_hda_intel 0000:0b:00.6" + fault));
        Incident i = r.incidents().get(0);
        assertEquals(Cause.DMA_CHANNEL, i.cause(), i.verdict());
        assertTrue(i.verdict().startsWith("snd_hda_intel 0000:0b:00.6's DMA was refused by the IOMMU at 40.900000"),
                i.verdict());
        assertTrue(i.fix().contains("iommu=pt"), i.fix());
        assertTrue(r.findings().get(0).message().contains("the IOMMU refused the device's own DMA at address 0xfffc0000"),
                r.findings().get(0).message());
        InputReport gpu = Logs.analyze(Logs.line(0, "Linux version 6.12.9-amd64 (b@c) #1 SMP")
                + Logs.line(40.9, "amdgpu 0000:03:00.0" + fault));
        assertTrue(gpu.incidents().isEmpty() && gpu.findings().isEmpty(), gpu.findings().toString());
    }

    /**
     * An IOMMU's fault that names its device by PCI address alone (Intel's VT-d, AMD's without a
     * device to print with) is the DMA refused of the audio device an earlier line of the boot
     * named, even an unread line of its driver; a GPU's is nobody's finding.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "DMAR: [DMA Write NO_PASID] Request device [00:1f.3] fault addr 0x7b000000 [fault reason 0x05] PTE Write access"
                + " is not set",
        "DMAR: [DMA Read PASID 0x1] Request device [00:1f.3] fault addr 0x7b000000 [fault reason 0x06] PTE Read access"
                + " is not set",
        "AMD-Vi: Event logged [IO_PAGE_FAULT device=0000:00:1f.3 domain=0x000d address=0xfffc0000 flags=0x0020]"})
    void anIommuFaultNamingAnAudioDevicesAddressIsItsDmaRefused(String fault) {
        String boot = Logs.line(0, "Linux version 6.12.9-amd64 (b@c) #1 SMP")
                + Logs.line(4.1, "snd_hda_intel 0000:00:1f.3: enabling device (0000 -> 0002)");
        InputReport r = Logs.analyze(boot + Logs.line(61.9, fault));
        Incident i = r.incidents().get(0);
        assertEquals(Cause.DMA_CHANNEL, i.cause(), i.verdict());
        assertTrue(i.verdict().startsWith("snd_hda_intel 0000:00:1f.3's DMA was refused by the IOMMU"), i.verdict());
        assertTrue(r.findings().get(0).message().startsWith("The kernel printed \"" + fault.substring(0, 10)),
                r.findings().get(0).message());
        InputReport gpu = Logs.analyze(boot + Logs.line(61.9, fault.replace("00:1f.3", "00:02.0")));
        assertTrue(gpu.incidents().isEmpty() && gpu.findings().isEmpty(), gpu.findings().toString());
        InputReport alone = Logs.analyze(Logs.line(61.9, fault));
        assertTrue(alone.findings().isEmpty() && alone.summary().audio() == 0, alone.findings().toString());
    }

    /** A USB bus with no room for a stream's endpoints gets the bandwidth's fix: a port of its own, fewer channels. */
    @ParameterizedTest
    @ValueSource(strings = {"usb 1-1.2.1.2: 2:1: usb_set_interface failed (-28)",
        "usb 1-1: cannot submit datapipe for urb 0, error -28: not enough bandwidth"})
    void aUsbBusWithNoRoomForTheStreamIsTheBandwidth(String line) {
        Incident usb = Logs.analyze(Logs.line(21.4, line)).incidents().get(0);
        assertEquals(Cause.USB_AUDIO, usb.cause());
        assertTrue(usb.verdict().contains("the USB bus had no room left for the stream's isochronous bandwidth"),
                usb.verdict());
        assertTrue(usb.fix().startsWith("Give the device its bandwidth"), usb.fix());
    }

    /**
     * A USB device whose rate or interface request timed out, or whose link failed, did not
     * answer: replug and power, not a rate to ask for nor bandwidth; a stall (-32) is a refusal.
     */
    @ParameterizedTest
    @ValueSource(strings = {"usb 1-1.4.4: 1:3: cannot set freq 44100 (v2/v3): err -110",
        "usb 1-1.4.4: 1:0: usb_set_interface failed (-110)", "usb 1-1.4.4: 2:1: usb_set_interface failed (-71)"})
    void aUsbDeviceThatDidNotAnswerIsToldSo(String line) {
        Incident usb = Logs.analyze(Logs.line(115235.2, line)).incidents().get(0);
        assertEquals(Cause.USB_AUDIO, usb.cause());
        assertTrue(usb.verdict().contains("did not answer the driver's request in time"), usb.verdict());
        assertTrue(usb.fix().startsWith("Replug the device and power it well"), usb.fix());
        Incident stall = Logs.analyze(Logs.line(115235.2, line.replaceAll("-(110|71)", "-32"))).incidents().get(0);
        assertFalse(stall.verdict().contains("did not answer"), stall.verdict());
    }

    @Test
    void anHdaControllerThatFellBackToSingleCmdIsTheVerdictsRoot() throws Exception {
        assertTrue(io.xrunlens.kb.KnowledgeBase.active().row(CauseClassifier.HDA_SINGLE_CMD)
                .orElseThrow().format().contains("switching to single_cmd mode"));
        Incident i = Logs.analyzeSample("causes/x86-hda-single-cmd.log").incidents().get(0);
        assertEquals(Cause.CODEC, i.cause());
        assertEquals(List.of("codec-failure", "codec-failure", "codec-failure", "codec-failure"), i.ruleIds());
        assertTrue(i.verdict().contains("switching to single_cmd mode"), i.verdict());
        assertTrue(i.chain().get(0).text().contains("switching to polling mode"), i.chain().get(0).text());
        assertTrue(i.fix().startsWith("An HDA codec that stops answering"), i.fix());
    }

    @Test
    void anOlderKernelsTaggedHdaLinesAreTheSameChainAndVerdict() throws Exception {
        // 3.2's snd_printk tags: "hda-intel: " and "hda_intel: " are one driver's, with no device
        Incident i = Logs.analyzeSample("causes/x86-3.2-hda-single-cmd.log").incidents().get(0);
        assertEquals(Cause.CODEC, i.cause());
        assertEquals(3, i.chain().size(), i.chain().toString());
        assertTrue(i.chain().get(0).text().startsWith("hda-intel: azx_get_response timeout, switching to polling mode"),
                i.chain().get(0).text());
        assertTrue(i.verdict().startsWith("The HDA codec stopped answering") && i.verdict().contains("hda_intel printed"),
                i.verdict());
        // 2.6.2x's words, before they named the last command
        Incident old = Logs.analyze(Logs.line(8.166961, "hda_intel: azx_get_response timeout, switching to polling mode...")
                + Logs.line(9.166374, "hda_intel: azx_get_response timeout, switching to single_cmd mode...")).incidents().get(0);
        assertEquals(Cause.CODEC, old.cause());
        assertEquals(2, old.chain().size(), old.chain().toString());
        assertTrue(old.verdict().startsWith("The HDA codec stopped answering"), old.verdict());
    }

    @Test
    void pulseAudiosImpossiblePositionIsThePointerCauseToldAsItsFinding() throws Exception {
        Incident i = Logs.analyzeSample("causes/x86-pulseaudio-avail-large.log").incidents().get(0);
        assertEquals(Cause.POINTER, i.cause());
        assertTrue(i.verdict().startsWith("PulseAudio found the driver's DMA position impossible"), i.verdict());
        assertTrue(i.fix().contains("tsched=0"), i.fix());
        // its lines with or without PulseAudio's level, thread and file, and with one byte
        for (String text : List.of("alsa-util.c: snd_pcm_avail() returned a value that is exceptionally large: 1 byte (0 ms).",
                "snd_pcm_mmap_begin() returned a value that is exceptionally large: 4294967204 bytes (24855 ms).",
                "W: [alsa-source-ALC269VB Analog] alsa-source.c: ALSA woke us up to read new data from the device, but"
                        + " there was actually nothing to read.")) {
            Incident one = Logs.analyze(Logs.line(5.0, "snd_hda_intel 0000:00:1b.0: enabling device (0000 -> 0002)")
                    + "pulseaudio[1300]: " + text + "\n").incidents().get(0);
            assertEquals(Cause.POINTER, one.cause(), text);
            assertTrue(one.verdict().startsWith("PulseAudio found"), one.verdict());
        }
    }

    @Test
    void aCrashAHangAndASleepInAtomicContextInAudioCodeAreToldAsSuch() throws Exception {
        Incident crash = Logs.analyzeSample("causes/imx8mp-sai-trigger-oops.log").incidents().get(0);
        assertEquals("kernel-crash", crash.cause().id());
        assertTrue(crash.verdict().startsWith("The kernel crashed at 102.553300 in audio or DMA code (\"pc :"
                + " fsl_sai_trigger"), crash.verdict());
        assertTrue(crash.findings().get(0).message().contains("(arecord) was killed"), crash.findings().toString());
        InputReport hung = Logs.analyzeSample("causes/imx8mp-hung-dma-terminate.log");
        Incident stuck = hung.incidents().get(0);
        assertEquals("kernel-crash", stuck.cause().id());
        assertTrue(stuck.verdict().startsWith("At 245.112303 the kernel reported a task stuck"), stuck.verdict());
        assertTrue(stuck.chain().get(0).text().startsWith("INFO: task aplay:1234 blocked"), "the report leads the chain");
        assertTrue(hung.findings().stream().anyMatch(f -> f.message().contains("the task aplay is stuck in"
                + " sdma_terminate_all")), hung.findings().toString());
        assertTrue(hung.findings().stream().anyMatch(f -> f.message().contains("past the hung-task timeout")),
                hung.findings().toString());
        Incident atomic = Logs.analyzeSample("causes/imx8mp-sai-sleep-in-atomic.log").incidents().get(0);
        assertEquals(Cause.UNKNOWN, atomic.cause());
        assertEquals(Confidence.INFERRED, atomic.confidence());
        assertTrue(atomic.verdict().startsWith("The kernel caught a driver bug in audio or DMA code")
                && atomic.verdict().contains("fsl_sai_set_bclk"), atomic.verdict());
    }

    /** A sound server's journal alone, no kernel line in it, is read as a syslog of programs' lines. */
    @Test
    void aSoundServersJournalAloneIsReadAsItsProgramsLines() {
        InputReport pipewire = Logs.analyze("Dec 03 10:06:01 laptop pipewire[1190]: spa.alsa: hw:0,0p: (12 missed)"
                + " snd_pcm_avail after recover: Broken pipe\nDec 03 10:06:03 laptop pipewire[1190]: spa.alsa: hw:0,0p:"
                + " (45 missed) snd_pcm_avail after recover: Broken pipe\n");
        assertEquals("syslog", pipewire.summary().format());
        assertTrue(pipewire.summary().errors().isEmpty(), pipewire.summary().errors().toString());
        assertEquals(Cause.SCHEDULING, pipewire.incidents().get(0).cause());
        InputReport pulse = Logs.analyze("Mar 14 09:31:44 deskpc pulseaudio[1312]: E: [alsa-sink-ALC892 Analog]"
                + " alsa-util.c: snd_pcm_avail() returned a value that is exceptionally large: 4294965412 bytes (24347 ms).\n");
        Incident i = pulse.incidents().get(0);
        assertEquals(Cause.POINTER, i.cause());
        assertTrue(i.verdict().contains("(\"E: [alsa-sink-ALC892 Analog]"), "quoted without the syslog prefix: " + i.verdict());
        StringBuilder graph = new StringBuilder();
        for (int n = 1; n <= 4; n++) {
            graph.append("Dec 03 10:06:0").append(n).append(" laptop pipewire[1190]: pw.node: (alsa_input.usb-Focusrite"
                    + "-00.analog-stereo-4").append(n).append(") graph xrun not-triggered (0 suppressed)\n");
        }
        Incident late = Logs.analyze(graph.toString()).incidents().get(0);
        assertEquals(Cause.SCHEDULING, late.cause());
        assertEquals(PcmDirection.CAPTURE, late.stream());
        assertTrue(late.verdict().contains("each recovered") && late.verdict().contains("reading it for capture"),
                late.verdict());
    }

    @Test
    void xrunsAfterAnInterruptStormBlameTheStormAndItsDevice() throws Exception {
        Incident i = Logs.analyzeSample("causes/rpi3-irq-storm-xruns.log").incidents().get(0);
        assertEquals(Cause.SYSTEM_LATENCY, i.cause());
        assertTrue(i.chain().get(0).text().startsWith("irq 74: nobody cared"), i.chain().get(0).text());
        assertTrue(i.verdict().contains("interrupt storm") && i.verdict().contains("disabled that interrupt line"),
                i.verdict());
        assertTrue(i.fix().startsWith("Find the device behind the interrupt line"), i.fix());
    }

    /**
     * A PC's machine driver that could not set its codec's clock, or its link's TDM slots, is told
     * the PC's way (the machine driver, its DMI entry and quirks, the topology), not pointed at a
     * device tree a PC has not got; a board's codec keeps the device tree's words.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bytcr-rt5651 bytcr_rt5651: can't set codec sysclk: -22|clock-rate|pmc_plt_clk_3",
        "cht-bsw-rt5672 cht-bsw-rt5672: failed to set codec sysclk: -22|clock-rate|machine driver",
        "acp_mach acp_mach.0: set TDM slot err: -22|format-unsupported|topology"})
    void aPcsMachineDriverGetsAPcsFix(String line, String cause, String named) {
        Incident pc = Logs.analyze(Logs.line(12.0, line)).incidents().get(0);
        assertEquals(cause, pc.cause().id(), pc.verdict());
        assertTrue(pc.fix().contains(named) && !pc.fix().contains("in the device tree"), pc.fix());
    }

    @Test
    void aBoardsCodecThatRefusedItsClockGetsTheDeviceTreesFix() {
        Incident board = Logs.analyze(Logs.line(12.0, "fsl-asoc-card sound: failed to set sysclk in fsl_asoc_card_hw_params")
                + Logs.line(12.1, "wm8962 0-001a: ASoC: error at snd_soc_dai_set_sysclk on wm8962: -22")).incidents().get(0);
        assertEquals("clock-rate", board.cause().id(), board.verdict());
        assertTrue(board.fix().contains("device tree"), board.fix());
    }

    /**
     * A kernel warning in audio code, or one whose trace audio code called (a USB host
     * controller's as snd-usb-audio started its endpoint), is a driver bug on the audio path,
     * told as a warning with its file and line to read; where the USB device's transfers then
     * failed, that failure is the verdict and the warning its first step. A warning under a file
     * system's trace is none of audio's.
     */
    @Test
    void aKernelWarningOnTheAudioPathIsADriverBugToRead() {
        String header = Logs.line(100.0, "WARNING: CPU: 0 PID: 812 at drivers/usb/dwc2/hcd.c:2919 dwc2_hcd_urb_enqueue+0x1d8/0x1f0")
                + Logs.line(100.0, "CPU: 0 PID: 812 Comm: speaker-test Not tainted 6.1.21-v8+ #1642")
                + Logs.line(100.0, "Call trace:") + Logs.line(100.0, " dwc2_hcd_urb_enqueue+0x1d8/0x1f0")
                + Logs.line(100.0, " snd_usb_endpoint_start+0x1d0/0x3e0 [snd_usb_audio]")
                + Logs.line(100.0, "---[ end trace 0000000000000000 ]---");
        Incident alone = Logs.analyze(header).incidents().get(0);
        assertTrue(alone.verdict().startsWith("The kernel warned of a driver bug on the audio path"), alone.verdict());
        assertTrue(alone.fix().contains("WARN_ON"), alone.fix());
        assertTrue(alone.next().startsWith("Keep the whole warning"), alone.next());
        Incident usb = Logs.analyze(header + Logs.line(100.1, "usb 1-1.2: cannot submit urb 0, error -22: internal error"))
                .incidents().get(0);
        assertEquals("usb-audio", usb.cause().id(), usb.verdict());
        assertTrue(usb.chain().get(0).text().contains("snd_usb_endpoint_start"), usb.chain().toString());
        Incident sound = Logs.analyze(Logs.line(42.1, "WARNING: CPU: 0 PID: 212 at sound/core/pcm_lib.c:1977"
                + " snd_pcm_period_elapsed_under_stream_lock+0x1f4/0x200")).incidents().get(0);
        assertTrue(sound.verdict().startsWith("The kernel warned of a driver bug"), sound.verdict());
        Incident later = Logs.analyze(Logs.line(42.1, "WARNING: sound/core/pcm_lib.c:1977 at"
                + " snd_pcm_period_elapsed_under_stream_lock+0x1f4/0x200, CPU#0: irq/45-sdma/212")).incidents().get(0);
        assertTrue(later.verdict().startsWith("The kernel warned of a driver bug"), "after 6.12's words: " + later.verdict());
        InputReport fs = Logs.analyze(Logs.line(3.0, "WARNING: CPU: 1 PID: 77 at fs/ext4/inode.c:3200 ext4_da_write_begin+0x1b2/0x4a0")
                + Logs.line(3.0, "Call trace:") + Logs.line(3.0, " ext4_da_write_begin+0x1b2/0x4a0"));
        assertTrue(fs.incidents().isEmpty() && fs.findings().isEmpty(), fs.findings().toString());
        assertEquals(0, fs.summary().audio(), "an oops's or a warning's first line is no audio line");
    }

    /**
     * A card's part, a driver or a stream that failed with -12 just after the kernel said it could
     * not allocate memory ran out of it: not a codec to rewire. A failure of another error beside
     * the same line (-121, whose digits start as -12's do), or -12 with no such line, is not.
     */
    @Test
    void aFailureOfEnomemAfterAFailedAllocationIsOutOfMemory() {
        String cma = Logs.line(42.0, "cma: cma_alloc: reserved: alloc failed, req-size: 256 pages, ret: -12");
        String enomem = Logs.line(42.0001, "fsl-sai 30c20000.sai: ASoC: error at snd_soc_pcm_component_new on 30c20000.sai: -12");
        Incident out = Logs.analyze(cma + enomem).incidents().get(0);
        assertEquals("out-of-memory", out.cause().id(), out.verdict());
        assertTrue(out.verdict().startsWith("fsl-sai 30c20000.sai failed at 42.000100 out of memory"), out.verdict());
        assertTrue(out.fix().contains("CMA area larger"), out.fix());
        Incident bus = Logs.analyze(cma + Logs.line(42.0001, "wm8962 0-001a: ASoC: error at soc_component_read_no_lock on"
                + " wm8962.0-001a: -121")).incidents().get(0);
        assertNotEquals("out-of-memory", bus.cause().id(), bus.verdict());
        Incident alone = Logs.analyze(enomem).incidents().get(0);
        assertNotEquals("out-of-memory", alone.cause().id(), alone.verdict());
    }

    /**
     * An HDA codec no driver took, which the controller unregisters ("Unable to configure,
     * disabling", printed under the bus's name as no driver is bound): that codec's outputs are
     * missing, told with the codec drivers to load, not a board's probe to read.
     */
    @Test
    void anHdaCodecNoDriverTookIsTheCodecDisabled() {
        Incident i = Logs.analyze(Logs.line(4.1, "snd_hda_intel 0000:00:1f.3: enabling device (0000 -> 0002)")
                + Logs.line(4.5, "hdaudio hdaudioC0D2: Unable to bind the codec")
                + Logs.line(4.5, "hdaudio hdaudioC0D2: Unable to configure, disabling")).incidents().get(0);
        assertEquals(Cause.CODEC, i.cause(), i.verdict());
        assertTrue(i.verdict().startsWith("The HDA codec hdaudio hdaudioC0D2 was disabled"), i.verdict());
        assertTrue(i.fix().contains("snd_hda_codec_hdmi") && !i.fix().contains("device tree"), i.fix());
    }

    /**
     * The HDMI codec's own word that the display's speakers do not take the stream's channels is
     * the HDMI output's refusal, with the display's ELD to read, not a board's TDM slots to set.
     */
    @Test
    void anHdmiCodecThatCannotMapTheChannelsIsTheDisplaysRefusal() {
        Incident i = Logs.analyze(Logs.line(28.7, "hdmi-audio-codec hdmi-audio-codec.5.auto: Not able to map channels to"
                + " speakers (-22)")).incidents().get(0);
        assertEquals("format-unsupported", i.cause().id(), i.verdict());
        assertTrue(i.verdict().contains("HDMI or DisplayPort output refused"), i.verdict());
        assertTrue(i.fix().contains("ELD") && !i.fix().contains("dai-tdm-slot"), i.fix());
    }
}
