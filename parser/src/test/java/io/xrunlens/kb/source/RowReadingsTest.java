package io.xrunlens.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.BiPredicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a knowledge-base row says, read from its source file, function and format. */
class RowReadingsTest {
    /** A codec driver's own word that its chip's registers could not be read or written, and its neighbours that are not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sound/soc/codecs/tas5720.c|tas5720_fault_check_work|failed to read FAULT register: %d|true",
        "sound/soc/codecs/tas6424.c|tas6424_resume|failed to sync regcache: %d|true",
        "sound/soc/codecs/wm8994.c|wm8958_mic_irq|Failed to read jack status: %d|true",
        "sound/soc/codecs/rt711.c|rt711_mux_get|%s: sdw read failed: %d|true",
        "sound/soc/codecs/rt712-sdca.c|rt712_sdca_headset_detect|IO error in %s, ret %d|true",
        "sound/soc/codecs/pcm6240.c|pcmdev_bits_wr|%s: dev-%d update_bits err = %d|true",
        "sound/soc/codecs/wm8900.c|wm8900_resume|Failed to restore cache: %d|true",
        "sound/soc/codecs/tlv320aic31xx.c|tlv320dac3100_fw_load|failed to write page 9 filter coefficient %d: err %d|true",
        "sound/soc/codecs/wm8903.c|wm8903_i2c_probe|Failed to read chip ID: %d|true",
        "sound/soc/sunxi/sun8i-codec.c|sun8i_codec_runtime_resume|Failed to sync regmap cache|true",
        // a firmware file's contents, the device tree, a request the driver found wrong, a wrong chip
        "sound/soc/codecs/tas2781-fmwlib.c|tasdevice_rca_parser|Failed to read %s|false",
        "sound/soc/codecs/rt1308-sdw.c|rt1308_sdw_parse_dt|Could not read list of realtek,bq-params|false",
        "sound/soc/codecs/rtq9128.c|rtq9128_i2c_read|Invalid read for reg_size (%d) or val_size (%d)|false",
        "sound/soc/codecs/cs35l41.c|cs35l41_dsp_audio_ev|Failed to read firmware status: %d|false",
        "sound/soc/codecs/tas5720.c|tas5720_codec_probe|wrong device ID. expected: %u read: %u|false",
        "sound/soc/codecs/wm8962.c|wm8962_probe|Failed to allocate memory for reading the registers|false",
        "sound/soc/codecs/arizona-jack.c|arizona_extcon_device_get_pdata|Failed to read micd configs: %d|false",
        "sound/soc/codecs/inno_rk3036.c|rk3036_codec_platform_probe|Could not write to GRF: %d|false",
        // a regmap made, not used; a register polled that never changed
        "sound/soc/codecs/cs35l32.c|cs35l32_i2c_probe|regmap_init() failed: %d|false",
        "sound/soc/codecs/cs35l41-lib.c|cs35l41_wait_for_pwrmgt_sts|Timed out reading PWRMGT_STS|false",
        // nothing that fails, or not a codec's own source
        "sound/soc/codecs/wm8994.c|wm8994_read|Read register %x|false",
        "sound/soc/fsl/fsl_sai.c|fsl_sai_runtime_resume|failed to read register: %d|false",
        "sound/soc/qcom/lpass-platform.c|lpass_platform_pcmops_trigger|error writing to rdmabase reg: %d|false"})
    void aCodecsWordThatItsRegistersCouldNotBeReadOrWritten(String file, String function, String format, boolean says) {
        assertEquals(says, RowReadings.namesARegisterAccessFailed(file, function, format), file + ": " + format);
    }

    /** A DAI's or platform's probe's word that its reset line, register map, supply or interrupt was not had; its neighbours. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sound/soc/sunxi/sun4i-i2s.c|sun4i_i2s_probe|Failed to deassert the reset control|true",
        "sound/soc/mediatek/mt8186/mt8186-afe-pcm.c|mt8186_afe_pcm_dev_probe|could not get audiosys reset|true",
        "sound/soc/stm/stm32_i2s.c|stm32_i2s_parse_dt|Reset controller error|true",
        "sound/soc/tegra/tegra20_i2s.c|tegra20_i2s_platform_probe|Can't retrieve i2s reset|true",
        "sound/soc/tegra/tegra30_ahub.c|tegra30_ahub_probe|Can't get resets: %d|true",
        "sound/soc/qcom/lpass-platform.c|asoc_qcom_lpass_platform_register|irq request failed: %d|true",
        "sound/soc/fsl/fsl_sai.c|fsl_sai_probe|regmap init failed|true",
        "sound/soc/fsl/fsl_mqs.c|fsl_mqs_probe|failed to get gpr regmap|true",
        "sound/soc/atmel/tse850-pcm5142.c|tse850_probe|failed to get 'ana' regulator|true",
        "sound/soc/fsl/fsl_sai.c|fsl_sai_probe|failed to claim irq %u|true",
        "sound/soc/ti/davinci-mcasp.c|davinci_mcasp_probe|TX IRQ request failed|true",
        "sound/soc/atmel/mchp-pdmc.c|mchp_pdmc_probe|can't register ISR for IRQ %u (ret=%i)|true",
        // a jack's interrupt, through a GPIO: the card plays without it
        "sound/soc/samsung/aries_wm8994.c|aries_late_probe|Failed to map headset detect gpio to irq|false",
        // a codec's own, a DSP's, a pin state's, a stream's start
        "sound/soc/sunxi/sun4i-codec.c|sun4i_codec_probe|Failed to get reset control|false",
        "sound/soc/intel/skylake/skl-sst-dsp.c|skl_dsp_boot|dsp core0 reset fail: %d|false",
        "sound/soc/soc-ac97.c|snd_soc_ac97_parse_pinctl|Can't find pinctrl state ac97-reset|false",
        "sound/soc/tegra/tegra210_adx.c|tegra210_adx_startup|failed to reset ADX, err = %d|false"})
    void aDaisProbeThatCouldNotHaveItsOwnResources(String file, String function, String format, boolean says) {
        assertEquals(says, RowReadings.namesAProbeResourceNotHad(file, function, format), file + ": " + format);
    }

    /** An error where a card's DAI links are put together, and its neighbours that are not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sound/soc/intel/boards/sof_rt5682.c|sof_card_dai_links_create|true",
        "sound/soc/intel/boards/sof_board_helpers.c|sof_intel_board_set_dai_link|true",
        "sound/soc/intel/boards/sof_realtek_common.c|sof_rt1011_codec_conf|true",
        "sound/soc/soc-core.c|soc_dai_link_sanity_check|true",
        "sound/soc/generic/simple-card.c|simple_count_dpcm|true",
        "sound/soc/generic/audio-graph-card2.c|graph_count|true",
        // a stream's link event, a DSP's topology, a codec's own
        "sound/soc/soc-dapm.c|snd_soc_dai_link_event_pre_pmu|false",
        "sound/soc/sof/topology.c|sof_link_load|false",
        "sound/soc/codecs/hdac_hdmi.c|hdac_hdmi_dai_link|false",
        "sound/soc/intel/boards/sof_rt5682.c|sof_rt5682_hw_params|false"})
    void anErrorWhereACardsLinksArePutTogether(String file, String function, boolean says) {
        assertEquals(says, RowReadings.namesACardLinkNotMade(file, function), file + ": " + function);
    }

    /**
     * What a row's words read, by the reading's name ({@link RowReadings}), with the near misses of
     * each:
     * {@code card-resources}, a legacy or PCI card's word that its interrupt, DMA channel or ports
     * could not be had is its probe giving up; memory for a DMA buffer is none of them, and an ASoC
     * driver's IRQ (a codec's jack interrupt) is no card's resource.
     * {@code acp-not-up}, AMD's audio co-processor drivers' words that it did not come up, and
     * their neighbours that are not.
     * {@code ac97-codec}, an AC'97 controller's word that its codec did not answer, and its
     * neighbours that are not.
     * {@code codec-calibration}, a codec's calibration or measurement of its analog circuit that
     * did not finish, and its neighbours that are not.
     * {@code description}, an audio driver's or a DMA controller's description it refuses, and
     * its neighbours that are not one.
     * {@code codec-wake}, a codec that could not be woken from its low-power state, and its
     * neighbours that are not.
     * {@code card-image}, a legacy or PCI card's own DSP, FPGA or firmware that did not load or
     * start, and its neighbours that are not: a synthesizer's patches, a MIDI port left off, a
     * DSP's command, HDA's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "card-resources|sound/isa/sb/sb_common.c|sb: can't grab irq %d|true",
        "card-resources|sound/pci/echoaudio/echoaudio.c|ioremap failed|true",
        "card-resources|sound/isa/es18xx.c|PnP configure failure (out of resources?)|true",
        "card-resources|sound/isa/sb/sb16.c|AUDIO pnp configure failure|true",
        "card-resources|sound/isa/gus/gus_main.c|Error! IRQ isn't defined.|true",
        "card-resources|sound/isa/galaxy/galaxy.c|invalid IRQ %d|true",
        "card-resources|sound/isa/cmi8330.c|MPU-401 PnP configure failure: will be disabled|false",
        "card-resources|sound/isa/sb/sb16.c|WaveTable pnp configure failure|false",
        "card-resources|sound/isa/azt2320.c|MPU401 pnp configure failure, skipping|false",
        "card-resources|sound/pci/atiixp.c|invalid DMA pointer read 0x%x (buf=%x)|false",
        "card-resources|sound/pci/cs46xx/cs46xx_lib.c|%s ioremap problem|true",
        "card-resources|sound/isa/sb/sb16.c|unable to find a free 16-bit DMA|true",
        "card-resources|sound/isa/wss/wss_lib.c|wss: can't grab port 0x%lx|true",
        "card-resources|sound/isa/opl3sa2.c|specify port|true",
        "card-resources|sound/isa/sc6000.c|SC-6000 port I/O port region is already in use.|true",
        "card-resources|sound/isa/msnd/msnd_pinnacle.c|snd_msnd_pinnacle: I/O port conflict|true",
        "card-resources|sound/pci/hda/hda_intel.c|unable to grab IRQ %d, disabling device|true",
        "card-resources|sound/x86/intel_hdmi_audio.c|request_irq failed|true",
        "card-resources|sound/x86/intel_hdmi_audio.c|Could not get IO_MEM resources|true",
        "card-resources|sound/pci/ad1889.c|cannot obtain IRQ %d|true",
        "card-resources|sound/parisc/harmony.c|%scould not obtain interrupt %d|true",
        "card-resources|sound/aoa/soundbus/i2sbus/core.c|i2sbus: failed to claim resource %d!|true",
        "card-resources|sound/pci/ctxfi/ctmixer.c|Failed to get amixer resources for mixer obj!|false",
        "card-resources|sound/soc/amd/yc/pci-acp6x.c|pci_request_regions failed|true",
        "card-resources|sound/soc/amd/ps/pci-ps.c|ACP PCI IRQ request failed|true",
        "card-resources|sound/pci/ctxfi/ctatc.c|pci_enable_device failed, disabling device|true",
        "card-resources|sound/pci/rme96.c|unable to remap memory region 0x%lx-0x%lx|true",
        "card-resources|sound/isa/msnd/msnd_pinnacle.c|snd_msnd_pinnacle: unable to map memory region 0x%lx-0x%lx|true",
        "card-resources|sound/pci/sis7019.c|unable to remap MMIO, aborting|true",
        "card-resources|sound/sparc/amd7930.c|amd7930-%d: Unable to map chip registers.|true",
        "card-resources|sound/pci/emu10k1/memory.c|trying to map zero (reserved) page|false",
        "card-resources|sound/pci/hda/cs35l56_hda_i2c.c|Failed to allocate register map: %d|false",
        "card-resources|drivers/dma/pch_dma.c|Cannot enable PCI device|false",
        "card-resources|sound/soc/fsl/fsl_sai.c|failed to request irq %d|false",
        "card-resources|sound/pci/emu10k1/emu10k1_synth.c|cannot allocate dma buffer: size = %d|false",
        "card-resources|sound/isa/sscape.c|sscape: Failed to allocate %lu bytes for DMA|false",
        "card-resources|sound/isa/sb/sb16.c|no OPL device at 0x%lx-0x%lx|false",
        "card-resources|sound/soc/codecs/rt5640.c|Failed to request IRQ %d: %d|false",
        "card-resources|drivers/soundwire/qcom.c|Failed to request soundwire irq|false",
        // an interrupt another device holds; a port that goes on polling without it
        "card-resources|sound/drivers/mtpav.c|MTVAP IRQ %d busy|true",
        "card-resources|sound/drivers/serial-u16550.c|irq %d busy. Using Polling.|false",
        "acp-not-up|sound/soc/amd/yc/pci-acp6x.c|ACP power on failed|true",
        "acp-not-up|sound/soc/amd/raven/pci-acp3x.c|ACP3x reset failed|true",
        "acp-not-up|sound/soc/amd/acp-pcm-dma.c|Failed to reset ACP|true",
        "acp-not-up|sound/soc/amd/acp-pcm-dma.c|ACP Init failed status:%d|true",
        "acp-not-up|sound/soc/amd/ps/pci-ps.c|ACP init failed|true",
        "acp-not-up|sound/soc/amd/ps/pci-ps.c|ACP de-init failed|false",
        "acp-not-up|sound/soc/amd/renoir/rn-pci-acp3x.c|ACP power off failed|false",
        "acp-not-up|sound/soc/sof/amd/acp.c|ACP init failed|false",
        "acp-not-up|sound/soc/fsl/fsl_sai.c|reset failed|false",
        "ac97-codec|sound/pci/intel8x0.c|codec_semaphore: semaphore is not ready [0x%x][0x%x]|true",
        "ac97-codec|sound/pci/oxygen/oxygen_io.c|AC'97 read timeout on codec %u|true",
        "ac97-codec|sound/pci/au88x0/au88x0_core.c|ac97 codec stuck busy|true",
        "ac97-codec|sound/pci/cs4281.c|AC'97 read problem (ACSTS_VSTS), reg = 0x%x|true",
        "ac97-codec|sound/pci/cs46xx/cs46xx_lib.c|AC'97 write problem, codec_index = %d, reg = 0x%x, val = 0x%x|true",
        "ac97-codec|sound/pci/via82xx.c|AC'97 codec is not ready [0x%x]|true",
        "ac97-codec|sound/soc/fsl/mpc5200_psc_ac97.c|timeout on ac97 bus (rdy)|true",
        "ac97-codec|sound/soc/au1x/ac97c.c|ac97c: codec not ready after cold reset|true",
        "ac97-codec|sound/arm/pxa2xx-ac97-lib.c|%s: read error (ac97_reg=%d GSR=%#lx)|true",
        "ac97-codec|sound/soc/fsl/mpc5200_psc_ac97.c|reg echo error on ac97 read|true",
        "ac97-codec|sound/pci/cs4281.c|never read codec ready from AC'97 (0x%x)|true",
        "ac97-codec|sound/soc/fsl/fsl_sai.c|codec not ready|false",
        // HDA's codecs, a stream's timeout, another file's
        "ac97-codec|sound/pci/hda/hda_controller.c|No response from codec, resetting bus: last cmd=0x%08x|false",
        "ac97-codec|sound/pci/intel8x0.c|cannot set ac97 rate: clock = %d|false",
        "ac97-codec|sound/soc/codecs/wm9712.c|ac97 codec read timeout|false",
        "codec-calibration|sound/soc/codecs/wm8962.c|DC servo timed out|true",
        "codec-calibration|sound/soc/codecs/wm_hubs.c|Timed out waiting for DC Servo %x|true",
        "codec-calibration|sound/soc/codecs/rt5659.c|HP Calibration 1 Failure|true",
        "codec-calibration|sound/soc/codecs/rt711-sdca.c|%s, calibration time-out!|true",
        "codec-calibration|sound/soc/codecs/cs35l33.c|Cal error|true",
        "codec-calibration|sound/soc/codecs/da7219.c|ALC auto calibration failed with overflow|true",
        "codec-calibration|sound/soc/codecs/arizona-jack.c|HPDET did not appear to complete|true",
        "codec-calibration|sound/soc/codecs/wcd938x.c|Impedance detect ramp error, c1=%d, x1=0x%x|true",
        // a request to the chip, the stored values, a release, a progress note, another file's
        "codec-calibration|sound/soc/codecs/arizona-jack.c|Failed to set HPDET mode: %d|false",
        "codec-calibration|sound/soc/codecs/arizona-jack.c|Failed to get HPDET IRQ: %d|false",
        "codec-calibration|sound/soc/codecs/cs-amp-lib.c|Failed to read calibration data from EFI: %d|false",
        "codec-calibration|sound/soc/codecs/tas2781-fmwlib.c|Calibrations error|false",
        "codec-calibration|sound/pci/hda/cs35l41_hda.c|Failed to apply calibration: %d|false",
        "codec-calibration|sound/soc/codecs/cs35l33.c|Cal error release|false",
        "codec-calibration|sound/soc/codecs/wm8962.c|DC servo complete after %dms|false",
        "codec-calibration|sound/soc/fsl/fsl_easrc.c|resampler calibration failed|false",
        "description|sound/soc/codecs/cs42l42.c|Wrong cirrus,ts-inv DT value %d|true",
        "description|sound/soc/codecs/wcd937x.c|Bad micbias pdata|true",
        "description|sound/soc/codecs/max98373.c|Looking up %s property in node %s failed %d|true",
        "description|sound/soc/ti/omap-twl4030.c|Missing pdata|true",
        "description|sound/soc/mediatek/mt8173/mt8173-max98090.c|Property 'audio-codec' missing or invalid|true",
        "description|sound/soc/codecs/wcd937x.c|Couldn't parse phandle to qcom,rx-device!|true",
        "description|sound/soc/ti/davinci-mcasp.c|Insufficient DT parameter(s)|true",
        "description|sound/soc/img/img-i2s-out.c|No img,i2s-channels property|true",
        // a failure to parse, get, determine or initialise it, however the verb is spelt
        "description|sound/soc/samsung/snow.c|Failed parsing codec node|true",
        "description|sound/soc/samsung/midas_wm1811.c|parsing cpu/sound-dai failed|true",
        "description|sound/soc/qcom/storm.c|error getting cpu phandle|true",
        "description|sound/soc/atmel/atmel_wm8904.c|failed to init dt info|true",
        "description|sound/soc/fsl/fsl_dma.c|could not determine resources for %pOF|true",
        "description|sound/soc/meson/meson-card-utils.c|error setting %pOFn link name|false",
        // a property named as the device tree spells it, vendor first; not a format's "%s,%d" nor a call
        "description|sound/soc/codecs/cs35l36.c|Unable to find required parameter 'cirrus,boost-ctl-millivolt'|true",
        "description|sound/soc/rockchip/rockchip_spdif.c|rockchip_spdif missing 'rockchip,grf'|true",
        "description|sound/soc/codecs/wm8782.c|Invalid wlf,fsampen value|true",
        "description|sound/soc/mxs/mxs-sgtl5000.c|failed to parse audio-routing (%d)|true",
        "description|sound/soc/codecs/foo.c|invalid rate %d,%d|false",
        "description|sound/soc/codecs/foo.c|Invalid value in write(reg,val) call|false",
        "description|drivers/dma/xilinx/zynqmp_dma.c|Unable to register DMA to DT|false",
        // HDA's nodes are a codec's widgets; a topology's pins; a clock, a GPIO's default, a feature left off
        "description|sound/hda/hdac_device.c|no AFG or MFG node found|false",
        "description|sound/soc/sof/topology.c|failed to parse input pin binding for %s|false",
        "description|sound/soc/fsl/fsl_sai.c|failed to get mclk property: %d|false",
        "description|sound/soc/codecs/msm8916-wcd-analog.c|DT property missing, MBHC btn detection disabled|false",
        "description|sound/soc/codecs/wcd934x.c|%s value not found, using default|false",
        "description|drivers/gpu/drm/bridge/foo.c|Property 'audio-codec' missing or invalid|false",
        // a DMA controller's own node, whose description names its channels; not the DMA core's
        // word about the node of a device that asks for a channel, nor a DAI's DMA
        "description|drivers/dma/sh/rcar-dmac.c|unable to read dma-channels property|true",
        "description|drivers/dma/xilinx/xilinx_dma.c|missing xlnx,datawidth property|true",
        "description|drivers/dma/of-dma.c|%s: dma-names property of node '%pOF' missing or empty|false",
        "description|sound/soc/fsl/fsl_sai.c|missing dma-names property|false",
        "description|drivers/dma/qcom/gpi.c|failed to get irq property|false",
        "description|drivers/dma/at_xdmac.c|dma phandler args: bad number of args|false",
        "codec-wake|sound/soc/codecs/wm8962.c|Failed to resume device: %d|true",
        "codec-wake|sound/soc/codecs/rt711.c|%s: failed to resume %d|true",
        "codec-wake|sound/soc/codecs/wcd-mbhc-v2.c|pm_runtime_get_sync failed in %s, ret %d|true",
        "codec-wake|sound/soc/codecs/cs35l41-lib.c|Wake failed, re-enter hibernate: %d|true",
        "codec-wake|sound/soc/codecs/tlv320dac33.c|Failed to power up component: %d|true",
        // an interrupt to wake the system, a supply or clock of the resume, another file's
        "codec-wake|sound/soc/codecs/arizona-jack.c|Failed to set JD rise IRQ wake: %d|false",
        "codec-wake|sound/soc/codecs/wm5102.c|Failed to set compressed IRQ as a wake source: %d|false",
        "codec-wake|sound/soc/codecs/cs35l56.c|system_resume_early failed to enable supplies: %d|false",
        "codec-wake|sound/soc/codecs/pcm512x.c|Failed to resume clocks: %d|false",
        "codec-wake|sound/soc/mediatek/mt8192/mt8192-afe-pcm.c|failed to resume device|false",
        "card-chip|sound/isa/opti9xx/miro.c|OPTI chip not found|true",
        "card-chip|sound/isa/sb/sb16.c|SB 16 chip was not detected at 0x%lx|true",
        "card-chip|sound/isa/cmi8330.c|AD1848 not found during probe|true",
        "card-chip|sound/isa/ad1816a/ad1816a.c|no AD1816A based soundcards found.|true",
        "card-chip|sound/isa/sscape.c|sscape: hardware not detected at 0x%x|true",
        "card-chip|sound/isa/gus/gusmax.c|GUS MAX soundcard was not detected at 0x%lx|true",
        "card-chip|sound/pci/ali5451/ali5451.c|cannot find ALi 7101 chip.|true",
        "card-chip|sound/isa/wavefront/wavefront_synth.c|board not responding correctly.|true",
        "card-chip|sound/isa/wavefront/wavefront_synth.c|no response to HW version cmd.|true",
        "card-chip|sound/isa/es18xx.c|reset at 0x%lx failed!!!|true",
        "card-chip|sound/pci/es1938.c|ESS Solo-1 reset failed|true",
        "card-chip|sound/pci/intel8x0.c|AC'97 reset failed.|false",
        "card-chip|sound/soc/amd/yc/pci-acp6x.c|ACP reset failed|false",
        "card-chip|sound/aoa/core/gpio-pmf.c|pmf_gpio_set_hw_reset failed, rc: %d|false",
        // an optional part's (a synthesizer, an FM chip, a MIDI port, a tuner), a pretend card's, a codec's, an SoC's
        "card-chip|sound/isa/sb/sb16.c|fatal error - EMU-8000 synthesizer not detected at 0x%lx|false",
        "card-chip|sound/isa/sb/sb16.c|warning - CSP chip not detected on soundcard #%i|false",
        "card-chip|sound/pci/es1938.c|OPL3 not detected at 0x%lx|false",
        "card-chip|sound/drivers/mpu401/mpu401.c|MPU401 not detected at 0x%lx|false",
        "card-chip|sound/pci/fm801.c|TEA575x radio not found|false",
        "card-chip|sound/drivers/dummy.c|Dummy soundcard not found or device busy|false",
        "card-chip|sound/pci/atiixp_modem.c|no codec available|false",
        "card-chip|sound/pci/cs46xx/dsp_spos.c|dsp_spos: symbol %s not found|false",
        "card-chip|sound/soc/codecs/pcm512x.c|Failed to find chip|false",
        "card-chip|sound/pci/hda/hda_intel.c|no codecs found!|false",
        "ac97-codec|sound/pci/au88x0/au88x0_core.c|ac97 address never arrived|true",
        "ac97-codec|sound/pci/atiixp_modem.c|no codec available|true",
        "ac97-codec|sound/pci/atiixp.c|no codec detected!|true",
        "ac97-codec|sound/pci/hda/hda_intel.c|no codecs found!|false",
        "ac97-codec|sound/pci/sis7019.c|could not find any codecs|true",
        "ac97-codec|sound/pci/nm256/nm256.c|no ac97 is found!|true",
        "ac97-codec|sound/sparc/dbri.c|DBRI: no mmcodec found.|false",
        "ac97-codec|sound/pci/via82xx.c|codec_read: codec %i is not valid [0x%x]|true",
        "ac97-codec|sound/pci/fm801.c|AC'97 interface #%d is not valid (2)|true",
        "memory|sound/soc/codecs/ab8500-codec.c|Out of memory|true",
        "memory|drivers/dma/sun6i-dma.c|No memory for descriptors dma pool|true",
        "memory|drivers/dma/qcom/qcom_adm.c|not enough memory for async_desc struct|true",
        "memory|drivers/dma/sa11x0-dma.c|vchan %p: kzalloc failed|true",
        "memory|sound/xen/xen_snd_front_alsa.c|Failed to allocate buffers for stream with index %d|true",
        "memory|drivers/dma/mpc512x_dma.c|Memory allocation error. Allocated only %u descriptors|true",
        "memory|drivers/dma/owl-dma.c|failed to allocate lli|true",
        "memory|drivers/dma/ti/k3-udma.c|Descriptor pool allocation failed|true",
        "memory|drivers/dma/bcm2835-dma.c|unable to allocate descriptor pool|true",
        "memory|sound/soc/sh/siu_pcm.c|Failed to allocate a dma descriptor|false",
        // a resource, a port, a synthesizer's own memory, a default taken instead, another driver's
        "memory|drivers/dma/dma-jz4780.c|failed to get I/O memory|false",
        "memory|sound/isa/wavefront/wavefront_synth.c|insufficient memory to load %u byte sample.|false",
        "memory|sound/pci/es1968.c|cannot allocate dma buffer - using default clock %d|false",
        "memory|sound/pci/ali5451/ali5451.c|ali_alloc_pcm_channel: no free channels.|false",
        "memory|sound/firewire/iso-resources.c|isochronous resource allocation failed|false",
        "memory|drivers/net/ethernet/foo.c|Out of memory|false",
        "card-image|sound/pci/echoaudio/echoaudio_dsp.c|load_dsp: DSP load timed out waiting for HF4|true",
        "card-image|sound/pci/mixart/mixart_hwdep.c|xilinx or elf not successfully loaded|true",
        "card-image|sound/pci/cs46xx/cs46xx_lib.c|image download error|true",
        "card-image|sound/pci/rme9652/hdsp.c|Firmware loading from cache failed, please upload manually.|true",
        "card-image|sound/pci/ymfpci/ymfpci_main.c|DSP microcode has wrong size|true",
        "card-image|sound/pci/korg1212/korg1212.c|firmware not available|true",
        "card-image|sound/isa/wavefront/wavefront_synth.c|download patch failed|false",
        "card-image|sound/isa/sscape.c|sscape: MIDI disabled, please load firmware|false",
        "card-image|sound/isa/sc6000.c|DSP Command (0x%x) timeout.|false",
        "card-image|sound/pci/hda/patch_ca0132.c|ca0132 DSP load image failed|false",
        "card-image|sound/soc/sof/loader.c|error: failed to load DSP firmware %d|false"})
    void aRowsWordsSayWhatTheyRead(String reading, String file, String format, boolean says) {
        BiPredicate<String, String> read = switch (reading) {
            case "card-resources" -> RowReadings::namesACardResourceNotHad;
            case "card-chip" -> RowReadings::namesACardChipNotFound;
            case "memory" -> RowReadings::namesMemoryNotHad;
            case "acp-not-up" -> RowReadings::namesACoProcessorNotUp;
            case "ac97-codec" -> (f, words) -> RowReadings.namesAnAc97CodecSilent(f, "", words);
            case "codec-calibration" -> RowReadings::namesACalibrationNotDone;
            case "description" -> (f, words) -> RowReadings.namesADescriptionRefused(f, "", words);
            case "codec-wake" -> RowReadings::namesAWakeFailed;
            case "card-image" -> RowReadings::namesACardImageNotLoaded;
            default -> throw new IllegalArgumentException(reading);
        };
        assertEquals(says, read.test(file, format), reading + ": " + file + ": " + format);
    }

    /**
     * A function that reads the device's description refuses a value of it whatever its words
     * say; not where it takes a default and goes on, nor a function that only holds "of" inside.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sound/soc/codecs/cs35l35.c|cs35l35_handle_of_data|Inductor not specified.|true",
        "sound/soc/codecs/adau7118.c|adau7118_parset_dt|Invalid dec ratio: %u|true",
        "sound/soc/atmel/tse850-pcm5142.c|tse850_dt_init|failed to get codec info|true",
        "sound/soc/atmel/atmel-pdmic.c|atmel_pdmic_dt_init|failed to get mic-max-freq|true",
        "sound/soc/codecs/cs35l34.c|cs35l34_handle_of_data|Boost Voltage not specified. Using VP|false",
        "sound/soc/codecs/aw88395/aw88395_lib.c|aw_parse_one_of_multi_bins|parse bin failed|false",
        "sound/soc/codecs/cs35l35.c|cs35l35_hw_params|Invalid Boost Peak Current %u mA|false",
        "sound/pci/hda/hda_intel.c|azx_probe_dt|invalid value %d|false",
        "sound/soc/codecs/mt6359-accdet.c|mt6359_accdet_parse_dt|accdet no 4-key-thrsh dts, use efuse|false",
        "drivers/dma/sh/rcar-dmac.c|rcar_dmac_parse_of|invalid number of channels %u|true",
        "drivers/dma/amba-pl08x.c|pl08x_of_probe|no bus masters for memory stated, assume all|false",
        "drivers/dma/stm32/stm32-dma.c|stm32_dma_of_xlate|No more channels available|false",
        "drivers/dma/ti/omap-dma.c|omap_dma_probe|Missing dma-channels property, using %u.|false"})
    void aFunctionThatReadsTheDescription(String file, String function, String format, boolean says) {
        assertEquals(says, RowReadings.namesADescriptionRefused(file, function, format), function + ": " + format);
    }

    /**
     * An AC'97 controller's function that reads, writes or resets the codec says it did not
     * answer whatever its words; its trigger's or interrupt's timeouts are its FIFOs'.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sound/arm/aaci.c|aaci_ac97_write|timeout waiting for write to complete|true",
        "sound/arm/aaci.c|aaci_ac97_read|timeout on RX valid|true",
        "sound/soc/cirrus/ep93xx-ac97.c|ep93xx_ac97_cold_reset|codec cold reset timeout|true",
        "sound/pci/ad1889.c|snd_ad1889_ac97_ready|[%s] Link is not ready.|true",
        "sound/soc/cirrus/ep93xx-ac97.c|ep93xx_ac97_trigger|TX timeout|false",
        "sound/arm/aaci.c|aaci_fifo_irq|RX timeout on chan %d|false",
        "sound/soc/codecs/wm9712.c|wm9712_ac97_read|ac97 codec read timeout|false"})
    void anAc97ControllersFunctionThatReachesTheCodec(String file, String function, String format, boolean says) {
        assertEquals(says, RowReadings.namesAnAc97CodecSilent(file, function, format), file + ": " + format);
    }

    /**
     * A stream's channels, sample width or format, or a TDM link's slots ({@code slots}), refused
     * in a driver's own words outside its probe; and the near misses: a DMA channel, a clock's
     * rate, an equaliser's channel by name, an AC'97 slot, the same words in a probe.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sound/soc/meson/axg-spdifout.c|axg_spdifout_sample_fmt|too many channels for spdif dai: %u|false|true",
        "sound/soc/rockchip/rockchip_i2s_tdm.c|rockchip_i2s_ch_to_io|Capture channels (%d) > usable channels (%d)|false|true",
        "sound/soc/atmel/atmel-classd.c|atmel_classd_cpu_dai_hw_params|only supports 16-bit audio data|false|true",
        "sound/soc/stm/stm32_sai_sub.c|stm32_sai_set_config|Data format not supported|false|true",
        "sound/soc/ux500/ux500_msp_dai.c|setup_msp_config|%s: Error: Unsupported slot-count (slots = %d)!|true|true",
        "sound/soc/fsl/fsl_qmc_audio.c|qmc_dai_hw_params|inconsistent number of Tx timeslots (%u instead of %u)|true|true",
        "sound/soc/ux500/ux500_msp_dai.c|setup_msp_config|%s: Error: Unsupported slot-count (slots = %d)!|false|false",
        "sound/soc/amd/ps/ps-sdw-dma.c|acp63_sdw_dma_hw_params|Invalid DMA channel|false|false",
        "sound/soc/codecs/max98088.c|max98088_put_eq_enum|Bad EQ channel name '%s'|false|false",
        "sound/soc/codecs/wm8904.c|wm8904_hw_params|Unsupported sample rate %d|false|false",
        "sound/pci/ac97/ac97_pcm.c|snd_ac97_pcm_open|invalid AC97 slot %i?|true|false",
        "sound/soc/ti/davinci-mcasp.c|davinci_mcasp_probe|invalid number of channels %d|false|false",
        "drivers/dma/pl330.c|pl330_prep_slave_sg|unsupported width %d|false|false"})
    void aStreamsFormatRefusedInADriversWords(String file, String function, String format, boolean slots, boolean says) {
        assertEquals(says, RowReadings.namesAStreamParameterRefused(file, function, format, slots), file + ": " + format);
    }

    /** The registers of an SoC's audio DMA that could not be read or written, and the near misses. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sound/soc/qcom/lpass-platform.c|lpass_platform_pcmops_trigger|error writing to rdmactl reg: %d|true",
        "sound/soc/qcom/lpass-platform.c|lpass_platform_pcmops_hw_params|error updating bursten field: %d|true",
        "sound/soc/qcom/lpass-platform.c|lpass_dma_interrupt_handler|error writing to irqclear reg: %d|true",
        "sound/soc/mediatek/common/mtk-afe-fe-dai.c|mtk_afe_fe_trigger|%s(), error, id %d, memif enable, ret %d|true",
        "sound/soc/fsl/fsl_xcvr.c|fsl_xcvr_trigger|Failed to enable DMA: %d|true",
        // a clock, a registration, the description, a DAI's own register, a codec's, a probe's
        "sound/soc/fsl/fsl_rpmsg.c|fsl_rpmsg_runtime_resume|Failed to enable dma clock %d|false",
        "sound/soc/fsl/lpc3xxx-pcm.c|lpc3xxx_pcm_register|failed to register dmaengine: %d|false",
        "sound/soc/fsl/fsl_qmc_audio.c|qmc_audio_dai_parse|%pOF: failed to read reg|false",
        "sound/soc/qcom/lpass-cpu.c|lpass_cpu_daiops_hw_params|error writing to i2sctl reg: %d|false",
        "sound/soc/codecs/wcd934x.c|wcd934x_hw_params|error writing to dma reg: %d|false",
        "sound/soc/qcom/lpass-platform.c|asoc_qcom_lpass_platform_probe|error writing to irqen reg: %d|false"})
    void anAudioDmasRegistersThatCouldNotBeReadOrWritten(String file, String function, String format, boolean says) {
        assertEquals(says, RowReadings.namesADmaRegisterFailed(file, function, format), file + ": " + format);
    }
}
