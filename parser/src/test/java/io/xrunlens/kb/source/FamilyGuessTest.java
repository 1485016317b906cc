package io.xrunlens.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xrunlens.catalog.MessageFamily;
import java.util.function.BiPredicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A generated row's family, from the kernel's own calls. */
class FamilyGuessTest {
    /**
     * A clock a driver could not get or enable is no rate it could not make; a rate, a divider
     * or a PLL it could not set up is. A DMA engine that copies memory or serves a UART, a
     * display or PCIe carries no audio: its errors are notes, a general engine's are not. An
     * underrun or overflow is a FIFO's unless it is of a size, a count or an index a driver
     * parses, of a trace buffer or of a MIDI port. AMD's audio co-processor drivers (its I2S,
     * PDM, DMA and machine drivers) run no firmware; only SOF's do. A DAI's format, TDM slots,
     * clock or PLL that it refuses to set stops the stream, whatever the op is named. A probe's
     * own regmap, reset or supply that fails is a codec's only in a codec's source, or where its
     * words name the codec: "the codec did not answer" of AMD's audio co-processor would send one
     * to the wrong chip.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sound/soc/codecs/msm8916-wcd-digital.c|msm8916_wcd_digital_get_clks|failed to get ahbix clk|DRIVER_ERROR|err",
        "sound/soc/codecs/wm8904.c|wm8904_set_bias_level|Failed to enable MCLK: %d|DRIVER_ERROR|err",
        "sound/soc/sunxi/sun4i-i2s.c|sun4i_i2s_runtime_resume|Failed to enable module clock|DRIVER_ERROR|err",
        "sound/soc/tegra/tegra30_i2s.c|tegra30_i2s_runtime_resume|clk_enable failed: %d|DRIVER_ERROR|err",
        "sound/soc/mediatek/mt8186/mt8186-afe-clk.c|mt8186_afe_enable_clock|%s clk_prepare_enable %s fail %d|DRIVER_ERROR|err",
        "sound/soc/ti/omap-mcbsp.c|omap2_mcbsp_set_clks_src|CLKS: could not clk_get() %s|DRIVER_ERROR|err",
        "sound/soc/codecs/da7210.c|da7210_set_dai_sysclk|Unsupported MCLK value %d|CLOCK_RATE|err",
        "sound/soc/codecs/pcm512x.c|pcm512x_set_dividers|Failed to find suitable BCLK: %d|CLOCK_RATE|err",
        "sound/soc/codecs/rt5682.c|rt5682_set_component_pll|Unsupported input clock %d|CLOCK_RATE|err",
        "sound/soc/meson/axg-tdm-interface.c|axg_tdm_iface_set_sclk|can't derive sclk %lu from mclk %lu|CLOCK_RATE|err",
        "sound/soc/codecs/cx2072x.c|cx2072x_config_i2spcm|Unsupported BCLK %dHz|CLOCK_RATE|err",
        "sound/soc/fsl/fsl_sai.c|fsl_sai_hw_params|failed to enable mclk: %d|CLOCK_RATE|err",
        "sound/soc/fsl/fsl_sai.c|fsl_sai_set_bclk|failed to get the clock rate %d|CLOCK_RATE|err",
        "drivers/dma/ioat/dma.c|ioat_dma_self_test|Self-test xor timed out|NOTE|err",
        "drivers/dma/idxd/init.c|idxd_probe|Intel(R) IDXD DMA Engine init failed|NOTE|err",
        "drivers/dma/mediatek/mtk-uart-apdma.c|mtk_uart_apdma_stop|stop: fail, status=0x%x|NOTE|err",
        "drivers/dma/dmatest.c|dmatest_func|%s: verify error|NOTE|err",
        "drivers/dma/xilinx/xilinx_dpdma.c|xilinx_dpdma_chan_err|error with chan %u|NOTE|err",
        "drivers/dma/pl330.c|pl330_update|DMAC fault|DMA_CHANNEL|err",
        "drivers/dma/imx-sdma.c|sdma_load_script|timeout on channel %d|DMA_CHANNEL|err",
        "drivers/dma/ti/k3-udma.c|udma_stop|chan%d teardown timeout!|DMA_CHANNEL|err",
        "drivers/dma/dw/core.c|dwc_handle_error|Bad descriptor submitted for DMA!|DMA_CHANNEL|err",
        "sound/soc/fsl/fsl_sai.c|fsl_sai_isr|isr: Transmit underrun detected|DAI_FIFO|err",
        "sound/soc/ti/davinci-mcasp.c|davinci_mcasp_rx_irq_handler|Receive buffer overflow|DAI_FIFO|err",
        "sound/soc/codecs/wcd934x.c|wcd934x_slim_irq_handler|overflow error on %s port %d, value %x|DAI_FIFO|err",
        "sound/soc/codecs/aw88395/aw88395_lib.c|aw_dev_parse_dev_type|dev_profile [%d] overflow|DRIVER_ERROR|err",
        "sound/soc/codecs/aw88395/aw88395_lib.c|aw_check_data|bin_header_info size[%d] overflow file size[%d]|DRIVER_ERROR|err",
        "sound/soc/sof/ipc3-dtrace.c|trace_read|DSP trace buffer overflow %u bytes. Total messages %d|DSP_FIRMWARE|err",
        "sound/core/seq/seq_midi.c|dump_midi|ALSA: seq_midi: MIDI output buffer overrun|DRIVER_ERROR|err",
        "sound/soc/amd/acp/acp-mach-common.c|acp_card_rt5682s_hw_params|Failed to set codec SYSCLK: %d|CLOCK_RATE|err",
        "sound/soc/amd/acp/acp-pci.c|acp_pci_probe|pci_request_regions failed|CARD|err",
        "sound/soc/amd/acp/acp-platform.c|acp_dma_open|set hw constraint HW_PARAM_BUFFER_BYTES failed|STREAM_START|err",
        "sound/soc/sof/amd/acp.c|amd_get_registers|invalid header size 0x%x. FW oops is bogus|DSP_FIRMWARE|err",
        "sound/soc/fsl/fsl_ssi.c|fsl_ssi_set_dai_tdm_slot|invalid slot width: %d|STREAM_START|err",
        "sound/soc/codecs/cs4271.c|cs4271_set_dai_fmt|Invalid DAI format|STREAM_START|err",
        "sound/soc/amd/acp/acp-i2s.c|acp_i2s_hwparams|Invalid dai id %x|STREAM_START|err",
        // a ratio is a clock's word only as a word or an FLL's: not in "registration", "calibration"
        "sound/soc/codecs/wm8962.c|fll_factors|Unable to find FLL_FRATIO for Fref=%uHz|CLOCK_RATE|err",
        "sound/soc/codecs/wm8400.c|fll_factors|Unable to calculate FRATIO|CLOCK_RATE|err",
        "sound/soc/codecs/cs4270.c|cs4270_hw_params|could not find matching ratio|CLOCK_RATE|err",
        "sound/soc/codecs/wcd938x.c|wcd938x_bind|%s: Codec registration failed|CODEC|err",
        "sound/soc/codecs/rt5682.c|rt5682_calibrate|HP Calibration Failure|DRIVER_ERROR|err",
        "sound/soc/codecs/wm5100.c|wm5100_log_status4|AIF1 configuration error|DRIVER_ERROR|err",
        "sound/soc/codecs/cs4270.c|cs4270_set_dai_fmt|Unknown master/slave configuration|STREAM_START|err",
        // a codec's FLL or PLL that cannot be set up or lock, a frame clock, a frequency in Hz: clocks
        "sound/soc/codecs/wm2200.c|wm2200_set_fll|FLL lock timed out|CLOCK_RATE|err",
        "sound/soc/codecs/wm2200.c|fll_factors|Can't scale %dMHz input down to <=13.5MHz|CLOCK_RATE|err",
        "sound/soc/codecs/madera.c|madera_enable_fll|FLL%d: No REFCLK|CLOCK_RATE|err",
        "sound/soc/codecs/pcm512x.c|pcm512x_set_dividers|No LRCLK?|CLOCK_RATE|err",
        "sound/soc/mediatek/mt8195/mt8195-dai-etdm.c|mtk_dai_etdm_cal_mclk|%s(), APLL cannot generate %d Hz|CLOCK_RATE|err",
        // AVS's machine drivers are a card's, its DSP's core is the DSP's
        "sound/soc/intel/avs/boards/da7219.c|platform_clock_control|failed to start PLL: %d|CLOCK_RATE|err",
        "sound/soc/intel/avs/boards/rt5682.c|avs_rt5682_probe|Failed to create dai link: %d|CARD|err",
        "sound/soc/intel/avs/cldma.c|cldma_memcpy_work|cldma IOC timeout|DSP_FIRMWARE|err",
        // a probe's own regmap, reset or supply: the codec's in a codec's source (an SoC's
        // internal codec, an HDA side codec included), the driver's own error in a DAI's, a
        // controller's or a machine driver's; a codec its words name is the codec's anywhere
        "sound/soc/codecs/sgtl5000.c|sgtl5000_i2c_probe|Error reading chip id %d|CODEC|err",
        "sound/soc/sunxi/sun8i-codec.c|sun8i_codec_probe|Failed to create our regmap|CODEC|err",
        "sound/soc/meson/t9015.c|t9015_probe|regmap init failed|CODEC|err",
        "sound/pci/hda/cs35l41_hda.c|cs35l41_hda_probe|Get Device ID failed|CODEC|err",
        "sound/soc/fsl/fsl_esai.c|fsl_esai_probe|failed to init regmap: %ld|DRIVER_ERROR|err",
        "sound/soc/amd/acp/acp-legacy-common.c|acp_init|ACP power on failed|DRIVER_ERROR|err",
        "sound/soc/mediatek/mt8192/mt8192-afe-pcm.c|mt8192_afe_pcm_dev_probe|could not get audiosys reset|DRIVER_ERROR|err",
        "sound/soc/fsl/imx-sgtl5000.c|imx_sgtl5000_probe|failed to find codec platform device|CODEC|err",
        "sound/soc/tegra/tegra20_ac97.c|tegra20_ac97_platform_probe|Can't retrieve ac97 reset|CODEC|err",
        "sound/soc/fsl/imx-audmux.c|imx_audmux_probe|failed to get pinctrl|CARD|err",
        // a machine driver that cannot read the card's description names the codec it looks for
        "sound/soc/mediatek/mt8173/mt8173-rt5650.c|mt8173_rt5650_dev_probe|Property 'audio-codec' missing or invalid|CARD|err",
        "sound/soc/ti/j721e-evm.c|j721e_soc_probe_cpb|CPB codec node is not provided|CARD|err",
        "sound/soc/samsung/snow.c|snow_probe|audio-codec property parse error|CARD|err",
        // a signal that overflowed a codec's filter or an amplifier's monitor clipped: no FIFO's xrun
        "sound/soc/codecs/tlv320aic31xx.c|aic31xx_irq|ADC overflow has occurred|NOTE|err",
        "sound/soc/codecs/tlv320aic31xx.c|aic31xx_irq|DAC barrel shifter overflow has occurred|NOTE|err",
        "sound/soc/codecs/cs35l33.c|cs35l33_irq_thread|ERROR: VPMON Overflow Interrupt|NOTE|err",
        "sound/soc/codecs/wm8962.c|wm8962_irq|FIFO error|DAI_FIFO|err",
        "sound/soc/codecs/wcd934x.c|wcd934x_slim_irq_handler|overflow error on %s port %d, value %x|DAI_FIFO|err",
        // a DAI's "DSP mode" (DSP_A, DSP_B) is a frame format, not a DSP's firmware
        "sound/soc/codecs/da7213.c|da7213_hw_params|Mono supported only in DSP mode|STREAM_START|err",
        "sound/soc/codecs/foo.c|foo_set_fmt|DSP-A mode needs a slot width|STREAM_START|err",
        "sound/soc/codecs/foo.c|foo_hw_params|DSP busy, cannot start|DSP_FIRMWARE|err",
        "sound/soc/codecs/pcm3168a.c|pcm3168a_hw_params|TDM is supported under DSP/I2S/Left_J only|STREAM_START|err",
        "sound/soc/codecs/pcm512x.c|pcm512x_set_dividers|Failed to write DSP divider: %d|CLOCK_RATE|err",
        "sound/soc/codecs/rt5677.c|rt5677_dsp_work|DSP Boot Timed Out!|DSP_FIRMWARE|err",
        // a Qualcomm DSP's Linux side refusing a port's or a link's set-up is no DSP that failed
        "sound/soc/qcom/qdsp6/q6afe-dai.c|q6tdm_set_channel_map|rx slot not found|DRIVER_ERROR|err",
        "sound/soc/qcom/qdsp6/q6afe-dai.c|q6hdmi_hw_params|invalid Channels = %u|STREAM_START|err",
        "sound/soc/qcom/qdsp6/q6afe.c|afe_apr_send_pkt|DSP returned error[%x]|DSP_FIRMWARE|err",
        "sound/soc/qcom/qdsp6/q6adm.c|q6adm_apr_send_copp_pkt|ADM copp cmd timedout|DSP_FIRMWARE|err",
        // a topology file read past its end overflows no FIFO: read as the rest of soc-topology.c is
        "sound/soc/soc-topology.c|soc_tplg_check_elem_count|ASoC: %s overflow end of data|DRIVER_ERROR|err",
        // a codec's SPI bus is its bus as I2C is; a DAI's word of SPI is no codec's
        "sound/soc/codecs/wm8750.c|wm8750_modinit|Failed to register wm8750 SPI driver: %d|CODEC|err",
        "sound/soc/codecs/wm8750.c|wm8750_modinit|Failed to register wm8750 I2C driver: %d|CODEC|err",
        "sound/soc/codecs/wm0010.c|wm0010_spi_xfer|SPI transfer failed: %d|CODEC|err",
        "sound/soc/fsl/fsl_foo.c|fsl_foo_read|SPI transfer failed: %d|DRIVER_ERROR|err",
        // a warning is a note, unless it says a codec's calibration did not finish (wm8904's
        // dev_warn "DC servo timed out" is wm8962's dev_err)
        "sound/soc/codecs/wm8904.c|out_pga_event|DC servo timed out|DRIVER_ERROR|warn",
        "sound/soc/codecs/da7219.c|da7219_alc_calib|ALC auto calibration failed with overflow|DRIVER_ERROR|warn",
        "sound/soc/codecs/arizona-jack.c|arizona_hpdet_irq|Spurious HPDET IRQ|NOTE|warn",
        "sound/soc/codecs/wm8904.c|wm8904_set_sysclk|Unsupported clock source %d|NOTE|warn"})
    void aRowsFamilyIsWhatItsCallSays(String file, String function, String format, MessageFamily family, String level) {
        assertEquals(family, FamilyGuess.of(file, function, level, format), file + ": " + format);
    }

    /**
     * What a format's words say failed, in the words and call names drivers print it with: a
     * registration of the card or of a part it is made of (a part waited for, a register map, a
     * jack or a clock is none); a clock a driver could not get, enable or prepare (a rate, a
     * divider or a PLL it could not set up, a GPIO, or SoundWire's clock stop is none).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "registration|snd_soc_register_card failed %d|true",
        "registration|devm_snd_soc_register_card(%s) failed: %d|true",
        "registration|Failed to register card(%s)|true",
        "registration|failed to register ASoC DAI|true",
        "registration|could not register platform:%d|true",
        "registration|can't register I2S component, err: %d|true",
        "registration|Registering PCM dmaengine failed|true",
        "registration|CPU DAI registration failed|true",
        "registration|dai cb%i register fail|true",
        "registration|cannot snd component register|true",
        "registration|error registering soundcard: %d|true",
        "registration|ASoC: failed to instantiate card %d|true",
        "registration|CODEC DAI %s not registered|false",
        "registration|ac97 not registered|false",
        "registration|failed to init register map: %d|false",
        "registration|Failed to register jack: %d|false",
        "registration|failed to register mclk: %d|false",
        "registration|failed to write DAI register|false",
        "registration|unable to register control minors|false",
        "clock not had|Failed to enable MCLK: %d|true",
        "clock not had|clk_enable failed: %d|true",
        "clock not had|Could not get kclk|true",
        "clock not had|%s(), clk_prepare_enable %s fail %d|true",
        "clock not had|unable to prepare mclk|true",
        "clock not had|failed to get parent clock|true",
        "clock not had|failed to enable mclk rate %d|false",
        "clock not had|failed to set PLL clock: %d|false",
        "clock not had|Failed to set clock divider|false",
        "clock not had|prepare clock stop failed %d|false",
        "clock not had|failed to get clock enable GPIO|false",
        "clock not had|can't get correct mclk|false",
        "clock not had|i2sbus: INVALID CLOCK ENABLE VALUE|false",
        "clock not had|Failed to get supplies: %d|false"})
    void aFormatsWordsSayWhatFailed(String what, String format, boolean says) {
        boolean read = what.equals("registration") ? FamilyGuess.namesARegistration(format)
                : FamilyGuess.namesAClockNotHad(format);
        assertEquals(says, read, what + ": " + format);
    }

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
        assertEquals(says, FamilyGuess.namesARegisterAccessFailed(file, function, format), file + ": " + format);
    }

    /** A DAI's or platform's probe's word that its reset line, register map or supply could not be had, and its neighbours. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sound/soc/sunxi/sun4i-i2s.c|sun4i_i2s_probe|Failed to deassert the reset control|true",
        "sound/soc/mediatek/mt8186/mt8186-afe-pcm.c|mt8186_afe_pcm_dev_probe|could not get audiosys reset|true",
        "sound/soc/stm/stm32_i2s.c|stm32_i2s_parse_dt|Reset controller error|true",
        "sound/soc/tegra/tegra20_i2s.c|tegra20_i2s_platform_probe|Can't retrieve i2s reset|true",
        "sound/soc/fsl/fsl_sai.c|fsl_sai_probe|regmap init failed|true",
        "sound/soc/fsl/fsl_mqs.c|fsl_mqs_probe|failed to get gpr regmap|true",
        "sound/soc/atmel/tse850-pcm5142.c|tse850_probe|failed to get 'ana' regulator|true",
        // a codec's own, a DSP's, a pin state's, a stream's start
        "sound/soc/sunxi/sun4i-codec.c|sun4i_codec_probe|Failed to get reset control|false",
        "sound/soc/intel/skylake/skl-sst-dsp.c|skl_dsp_boot|dsp core0 reset fail: %d|false",
        "sound/soc/soc-ac97.c|snd_soc_ac97_parse_pinctl|Can't find pinctrl state ac97-reset|false",
        "sound/soc/tegra/tegra210_adx.c|tegra210_adx_startup|failed to reset ADX, err = %d|false"})
    void aDaisProbeThatCouldNotHaveItsOwnResources(String file, String function, String format, boolean says) {
        assertEquals(says, FamilyGuess.namesAProbeResourceNotHad(file, function, format), file + ": " + format);
    }

    /** An error where a card's DAI links are put together, and its neighbours that are not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sound/soc/intel/boards/sof_rt5682.c|sof_card_dai_links_create|true",
        "sound/soc/intel/boards/sof_board_helpers.c|sof_intel_board_set_dai_link|true",
        "sound/soc/intel/boards/sof_realtek_common.c|sof_rt1011_codec_conf|true",
        "sound/soc/soc-core.c|soc_dai_link_sanity_check|true",
        // a stream's link event, a DSP's topology, a codec's own
        "sound/soc/soc-dapm.c|snd_soc_dai_link_event_pre_pmu|false",
        "sound/soc/sof/topology.c|sof_link_load|false",
        "sound/soc/codecs/hdac_hdmi.c|hdac_hdmi_dai_link|false",
        "sound/soc/intel/boards/sof_rt5682.c|sof_rt5682_hw_params|false"})
    void anErrorWhereACardsLinksArePutTogether(String file, String function, boolean says) {
        assertEquals(says, FamilyGuess.namesACardLinkNotMade(file, function), file + ": " + function);
    }

    /**
     * What a row's words read, by the reading's name ({@link FamilyGuess}), with the near misses of
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
     * {@code description}, an audio driver's description it refuses, and its neighbours that are
     * not one.
     * {@code codec-wake}, a codec that could not be woken from its low-power state, and its
     * neighbours that are not.
     * {@code card-image}, a legacy or PCI card's own DSP, FPGA or firmware that did not load or
     * start, and its neighbours that are not: a synthesizer's patches, a MIDI port left off, a
     * DSP's command, HDA's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "card-resources|sound/isa/sb/sb_common.c|sb: can't grab irq %d|true",
        "card-resources|sound/isa/sb/sb16.c|unable to find a free 16-bit DMA|true",
        "card-resources|sound/isa/wss/wss_lib.c|wss: can't grab port 0x%lx|true",
        "card-resources|sound/isa/opl3sa2.c|specify port|true",
        "card-resources|sound/isa/sc6000.c|SC-6000 port I/O port region is already in use.|true",
        "card-resources|sound/isa/msnd/msnd_pinnacle.c|snd_msnd_pinnacle: I/O port conflict|true",
        "card-resources|sound/pci/hda/hda_intel.c|unable to grab IRQ %d, disabling device|true",
        "card-resources|sound/x86/intel_hdmi_audio.c|request_irq failed|true",
        "card-resources|sound/x86/intel_hdmi_audio.c|Could not get IO_MEM resources|true",
        "card-resources|sound/pci/ctxfi/ctmixer.c|Failed to get amixer resources for mixer obj!|false",
        "card-resources|sound/soc/amd/yc/pci-acp6x.c|pci_request_regions failed|true",
        "card-resources|sound/soc/amd/ps/pci-ps.c|ACP PCI IRQ request failed|true",
        "card-resources|sound/soc/fsl/fsl_sai.c|failed to request irq %d|false",
        "card-resources|sound/pci/emu10k1/emu10k1_synth.c|cannot allocate dma buffer: size = %d|false",
        "card-resources|sound/isa/sscape.c|sscape: Failed to allocate %lu bytes for DMA|false",
        "card-resources|sound/isa/sb/sb16.c|no OPL device at 0x%lx-0x%lx|false",
        "card-resources|sound/soc/codecs/rt5640.c|Failed to request IRQ %d: %d|false",
        "card-resources|drivers/soundwire/qcom.c|Failed to request soundwire irq|false",
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
        "ac97-codec|sound/pci/via82xx.c|AC'97 codec is not ready [0x%x]|true",
        "ac97-codec|sound/soc/fsl/mpc5200_psc_ac97.c|timeout on ac97 bus (rdy)|true",
        "ac97-codec|sound/soc/au1x/ac97c.c|ac97c: codec not ready after cold reset|true",
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
        "description|sound/soc/mediatek/mt8173/mt8173-max98090.c|Property 'audio-codec' missing or invalid|true",
        "description|sound/soc/codecs/wcd937x.c|Couldn't parse phandle to qcom,rx-device!|true",
        "description|sound/soc/ti/davinci-mcasp.c|Insufficient DT parameter(s)|true",
        "description|sound/soc/img/img-i2s-out.c|No img,i2s-channels property|true",
        // HDA's nodes are a codec's widgets; a topology's pins; a clock, a GPIO's default, a feature left off
        "description|sound/hda/hdac_device.c|no AFG or MFG node found|false",
        "description|sound/soc/sof/topology.c|failed to parse input pin binding for %s|false",
        "description|sound/soc/fsl/fsl_sai.c|failed to get mclk property: %d|false",
        "description|sound/soc/codecs/msm8916-wcd-analog.c|DT property missing, MBHC btn detection disabled|false",
        "description|sound/soc/codecs/wcd934x.c|%s value not found, using default|false",
        "description|drivers/gpu/drm/bridge/foo.c|Property 'audio-codec' missing or invalid|false",
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
            case "card-resources" -> FamilyGuess::namesACardResourceNotHad;
            case "acp-not-up" -> FamilyGuess::namesACoProcessorNotUp;
            case "ac97-codec" -> FamilyGuess::namesAnAc97CodecSilent;
            case "codec-calibration" -> FamilyGuess::namesACalibrationNotDone;
            case "description" -> FamilyGuess::namesADescriptionRefused;
            case "codec-wake" -> FamilyGuess::namesAWakeFailed;
            case "card-image" -> FamilyGuess::namesACardImageNotLoaded;
            default -> throw new IllegalArgumentException(reading);
        };
        assertEquals(says, read.test(file, format), reading + ": " + file + ": " + format);
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
        assertEquals(says, FamilyGuess.namesAStreamParameterRefused(file, function, format, slots), file + ": " + format);
    }
}
