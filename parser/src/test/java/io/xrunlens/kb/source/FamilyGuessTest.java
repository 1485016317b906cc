package io.xrunlens.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xrunlens.catalog.MessageFamily;
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
        // a divider by any of its names
        "sound/soc/fsl/fsl_esai.c|fsl_esai_divisor_cal|failed to calculate proper divisors|CLOCK_RATE|err",
        "sound/soc/atmel/atmel_ssc_dai.c|atmel_ssc_hw_params|unable to calculate cmr_div: %d|CLOCK_RATE|err",
        "sound/soc/codecs/rt5682s.c|rt5682s_set_i2s|get pre_div failed|CLOCK_RATE|err",
        "drivers/dma/ioat/dma.c|ioat_dma_self_test|Self-test xor timed out|NOTE|err",
        "drivers/dma/idxd/init.c|idxd_probe|Intel(R) IDXD DMA Engine init failed|NOTE|err",
        "drivers/dma/mediatek/mtk-uart-apdma.c|mtk_uart_apdma_stop|stop: fail, status=0x%x|NOTE|err",
        "drivers/dma/dmatest.c|dmatest_func|%s: verify error|NOTE|err",
        "drivers/dma/xilinx/xilinx_dpdma.c|xilinx_dpdma_chan_err|error with chan %u|NOTE|err",
        "drivers/dma/qcom/gpi.c|gpi_ch_init|Error with cmd:%s ret:%d|NOTE|err",
        "drivers/dma/ti/k3-udma-glue.c|k3_udma_glue_reset_tx_chn|TX tdown timeout|NOTE|err",
        "drivers/dma/tegra186-gpc-dma.c|tegra_dma_prep_slave_sg|Req len/mem address is not correct|NOTE|err",
        "drivers/dma/stm32/stm32-mdma.c|stm32_mdma_disable_chan|%s: timeout!|NOTE|err",
        "drivers/dma/stm32-mdma.c|stm32_mdma_alloc_desc|Failed to allocate descriptor|NOTE|err",
        "drivers/dma/altera-msgdma.c|msgdma_reset|DMA channel did not reset|NOTE|err",
        "drivers/dma/stm32/stm32-dma.c|stm32_dma_disable_chan|%s: timeout!|DMA_CHANNEL|err",
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

}
