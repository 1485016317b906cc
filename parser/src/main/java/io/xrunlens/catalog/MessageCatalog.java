package io.xrunlens.catalog;

import static io.xrunlens.catalog.MessageFamily.CARD;
import static io.xrunlens.catalog.MessageFamily.CLOCK_RATE;
import static io.xrunlens.catalog.MessageFamily.CODEC;
import static io.xrunlens.catalog.MessageFamily.CODEC_NOTE;
import static io.xrunlens.catalog.MessageFamily.CONSOLE_DROPPED;
import static io.xrunlens.catalog.MessageFamily.DAI_CLOCK;
import static io.xrunlens.catalog.MessageFamily.DAI_FIFO;
import static io.xrunlens.catalog.MessageFamily.DMA_CHANNEL;
import static io.xrunlens.catalog.MessageFamily.DRIVER_ERROR;
import static io.xrunlens.catalog.MessageFamily.DSP_FIRMWARE;
import static io.xrunlens.catalog.MessageFamily.FIRMWARE_FILE;
import static io.xrunlens.catalog.MessageFamily.FIFO_NOT_FED;
import static io.xrunlens.catalog.MessageFamily.HW_POINTER;
import static io.xrunlens.catalog.MessageFamily.HW_POINTER_NOTE;
import static io.xrunlens.catalog.MessageFamily.IOMMU;
import static io.xrunlens.catalog.MessageFamily.IRQ_DISABLED;
import static io.xrunlens.catalog.MessageFamily.KERNEL_REPORT;
import static io.xrunlens.catalog.MessageFamily.LATENCY;
import static io.xrunlens.catalog.MessageFamily.MEMORY;
import static io.xrunlens.catalog.MessageFamily.NOTE;
import static io.xrunlens.catalog.MessageFamily.PM_CORE;
import static io.xrunlens.catalog.MessageFamily.RATE_LIMITED;
import static io.xrunlens.catalog.MessageFamily.RATE_NOTE;
import static io.xrunlens.catalog.MessageFamily.SDMA_FW_DIRECT_FAILED;
import static io.xrunlens.catalog.MessageFamily.SDMA_FW_FALLBACK;
import static io.xrunlens.catalog.MessageFamily.SDMA_FW_NOT_READY;
import static io.xrunlens.catalog.MessageFamily.SDMA_FW_ROM;
import static io.xrunlens.catalog.MessageFamily.STREAM_START;
import static io.xrunlens.catalog.MessageFamily.USB_AUDIO;
import static io.xrunlens.catalog.MessageFamily.USB_CORE;
import static io.xrunlens.catalog.MessageFamily.USB_NOTE;
import static io.xrunlens.event.PcmDirection.CAPTURE;
import static io.xrunlens.event.PcmDirection.PLAYBACK;
import static io.xrunlens.event.PcmDirection.UNKNOWN;

import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The driver and subsystem messages that tell why audio failed, as data: one row per kernel
 * format string, in the manner of lnav's
 * format files and syzkaller's oops tables. Twenty drivers print "FIFO underrun" twenty ways;
 * each is a row here and one rule reads the family.
 *
 * <p>Structured ALSA core and DMA messages (XRUN, the wait for data, virt-dma descriptors) live
 * in the ANTLR grammar; this table holds the fixed-text messages whose only variables are a few
 * numbers or names. Rows are tried in order; the first whose driver and text match wins.
 */
public final class MessageCatalog {
    private static final List<String> ANY = List.of();
    /** The drivers of Sound Open Firmware: sof-audio-pci-intel-tgl, sof-audio-acpi-intel-byt, sof-audio-of-imx8… */
    private static final List<String> SOF_DRIVERS = List.of("sof-audio-*");
    /** HDA's controller driver by the names it printed: today's module, its older tags and PCI name. */
    private static final List<String> HDA_CONTROLLER = List.of("*hda_intel", "*hda-intel", "HDA Intel");
    /**
     * The row of 2.6's "azx_get_response timeout, switching to single_cmd mode...": the controller
     * gave up on its command ring, as the knowledge base's row of today's words says.
     */
    public static final String HDA_SINGLE_CMD_OLD = "hda.single-cmd-old";

    /**
     * The row of the PM core's "PM: Device %s failed to %s%s: error %d" of kernels before 5.14,
     * which names its device in the text: its first value.
     */
    public static final String PM_DEVICE_FAILED = "pm-core.device-failed";
    /**
     * The IOMMUs' faults of a device's DMA ("iommu." rows: the causes' files read them by that
     * prefix): AMD's under the device's name, and those that name it by its PCI address.
     */
    private static final String IOMMU_PAGE_FAULT = "iommu.amd-page-fault";
    private static final String IOMMU_DMAR_FAULT = "iommu.dmar-fault";
    private static final String IOMMU_DMAR_FAULT_PASID = "iommu.dmar-fault-pasid";
    private static final String IOMMU_AMD_FAULT_NAMED = "iommu.amd-page-fault-named";
    /** The row of the ASoC core's "ASoC: error at %s on %s: %d" (5.8 to 6.15). */
    public static final String ASOC_ERROR_AT = "asoc.error-at";
    /**
     * The rows of the ASoC core's "ASoC error (-22): at snd_soc_dai_hw_params() on NAME" (6.16
     * on) and its register's form: what "ASoC: error at FUNC on NAME: -22" said before, the error
     * number first and the function second.
     */
    public static final String ASOC_RET = "asoc.error";
    public static final String ASOC_RET_REGISTER = "asoc.error-register";
    public static final Set<String> ASOC_RET_FORMS = Set.of(ASOC_RET, ASOC_RET_REGISTER);
    /** The ASoC core's echo of a driver's error, in every kernel's words ("error at", then "ASoC error"). */
    public static final Set<String> ASOC_ECHOES = Set.of(ASOC_ERROR_AT, ASOC_RET, ASOC_RET_REGISTER);
    /** The row of DAPM's "ASoC: %s: %s event failed: %d": a widget's power event that failed. */
    public static final String DAPM_EVENT = "asoc.dapm-event";

    /** The rate limit's count of a function's messages it dropped ({@link MessageFamily#RATE_LIMITED}). */
    public static final String RATE_LIMITED_ROW = "ratelimit.suppressed";

    private static final List<MessageForm> ROWS = List.of(
            // --- DAI never fed ---
            row("fsl-ssi.tx-fifo-timeout", FIFO_NOT_FED, "Timeout waiting TX FIFO filling", PLAYBACK,
                    List.of("fsl-ssi-dai", "fsl-ssi"), false, "fsl_ssi.c fsl_ssi_config_enable, dev_warn (dev_err in"
                            + " older BSPs), mainline v4.16+",
                    "Timeout waiting TX FIFO filling"),
            // --- DAI FIFO errors ---
            row("fsl-sai.tx-underrun", DAI_FIFO, "isr: Transmit underrun detected", PLAYBACK, List.of("fsl-sai"),
                    false, "fsl_sai.c fsl_sai_isr, dev_warn v3.16+ (dev_dbg in current mainline)",
                    "isr: Transmit underrun detected"),
            row("fsl-sai.rx-overrun", DAI_FIFO, "isr: Receive overflow detected", CAPTURE, List.of("fsl-sai"), false,
                    "fsl_sai.c fsl_sai_isr", "isr: Receive overflow detected"),
            row("fsl-sai.tx-frame-sync", DAI_FIFO, "isr: Tx Frame sync error detected", PLAYBACK, List.of("fsl-sai"),
                    false, "fsl_sai.c fsl_sai_isr", "isr: Tx Frame sync error detected"),
            row("fsl-sai.rx-frame-sync", DAI_FIFO, "isr: Rx Frame sync error detected", CAPTURE, List.of("fsl-sai"),
                    false, "fsl_sai.c fsl_sai_isr", "isr: Rx Frame sync error detected"),
            row("fsl-esai.rx-overrun", DAI_FIFO, "isr: Receiving overrun", CAPTURE, List.of("fsl-esai-dai",
                    "fsl-esai"), false, "fsl_esai.c esai_isr, dev_warn (dev_dbg since 54c805c1eb26)",
                    "isr: Receiving overrun"),
            row("fsl-esai.tx-underrun", DAI_FIFO, "isr: Transmission underrun", PLAYBACK, List.of("fsl-esai-dai",
                    "fsl-esai"), false, "fsl_esai.c esai_isr", "isr: Transmission underrun"),
            row("mcasp.tx-underflow", DAI_FIFO, "Transmit buffer underflow", PLAYBACK, List.of("davinci-mcasp"),
                    false, "davinci-mcasp.c, dev_warn then snd_pcm_stop_xrun", "Transmit buffer underflow"),
            row("mcasp.rx-overflow", DAI_FIFO, "Receive buffer overflow", CAPTURE, List.of("davinci-mcasp"), false,
                    "davinci-mcasp.c, dev_warn then snd_pcm_stop_xrun", "Receive buffer overflow"),
            row("mcasp.tx-event", DAI_FIFO, "unhandled tx event. txstat: %x", PLAYBACK, List.of("davinci-mcasp"),
                    false, "davinci-mcasp.c", "unhandled tx event. txstat: 0x00000104"),
            row("mcasp.rx-event", DAI_FIFO, "unhandled rx event. rxstat: %x", CAPTURE, List.of("davinci-mcasp"),
                    false, "davinci-mcasp.c", "unhandled rx event. rxstat: 0x00000104"),
            row("stm32-sai.underrun", DAI_FIFO, "IRQ underrun", PLAYBACK, List.of("st,stm32-sai*", "stm32-sai*"),
                    true, "stm32_sai_sub.c \"IRQ %s\", dev_err", "IRQ underrun"),
            row("stm32-sai.overrun", DAI_FIFO, "IRQ overrun", CAPTURE, List.of("st,stm32-sai*", "stm32-sai*"), true,
                    "stm32_sai_sub.c \"IRQ %s\", dev_err", "IRQ overrun"),
            row("stm32-sai.codec-not-ready", DAI_FIFO, "IRQ Codec not ready", UNKNOWN,
                    List.of("st,stm32-sai*", "stm32-sai*"), true, "stm32_sai_sub.c, dev_err", "IRQ Codec not ready"),
            row("stm32-sai.early-frame-sync", DAI_FIFO, "IRQ Anticipated frame synchro", UNKNOWN,
                    List.of("st,stm32-sai*", "stm32-sai*"), true, "stm32_sai_sub.c, dev_err",
                    "IRQ Anticipated frame synchro"),
            row("stm32-sai.late-frame-sync", DAI_FIFO, "IRQ Late frame synchro", UNKNOWN,
                    List.of("st,stm32-sai*", "stm32-sai*"), true, "stm32_sai_sub.c, dev_err",
                    "IRQ Late frame synchro"),
            row("stm32-sai.wrong-clock", DAI_CLOCK, "IRQ wrong clock configuration", UNKNOWN,
                    List.of("st,stm32-sai*", "stm32-sai*"), true, "stm32_sai_sub.c, dev_err, stream DISCONNECTED",
                    "IRQ wrong clock configuration"),
            row("rockchip-tdm.tx-underrun", DAI_FIFO, "TX FIFO Underrun", PLAYBACK, List.of("rockchip-i2s*"), true,
                    "rockchip_i2s_tdm.c (BSP), dev_warn_ratelimited", "TX FIFO Underrun"),
            row("rockchip-tdm.rx-overrun", DAI_FIFO, "RX FIFO Overrun", CAPTURE, List.of("rockchip-i2s*"), true,
                    "rockchip_i2s_tdm.c (BSP), dev_warn_ratelimited", "RX FIFO Overrun"),
            row("dwc-i2s.tx-overrun", DAI_FIFO, "TX overrun (ch_id=%d)", PLAYBACK, List.of("designware-i2s*",
                    "*dwc-i2s*"), false, "dwc-i2s.c i2s_irq_handler, dev_err (ratelimited since 2023)", "TX overrun (ch_id=0)"),
            row("dwc-i2s.rx-overrun", DAI_FIFO, "RX overrun (ch_id=%d)", CAPTURE, List.of("designware-i2s*",
                    "*dwc-i2s*"), false, "dwc-i2s.c i2s_irq_handler, dev_err (ratelimited since 2023)", "RX overrun (ch_id=0)"),
            row("lpass.xrun", DAI_FIFO, "xrun warning", UNKNOWN, List.of("*lpass*"), false,
                    "qcom lpass-platform.c, dev_warn then snd_pcm_stop_xrun", "xrun warning"),
            row("lpass.bus-error", DAI_FIFO, "bus access error", UNKNOWN, List.of("*lpass*"), true,
                    "qcom lpass-platform.c, dev_err, stream DISCONNECTED", "bus access error"),
            row("mchp-pdmc.underrun", DAI_FIFO, "underrun detected", PLAYBACK, List.of("mchp-pdmc", "*abdac*"),
                    true, "mchp-pdmc.c dev_warn; atmel_abdac.c dev_err", "underrun detected"),
            row("mchp-pdmc.overrun", DAI_FIFO, "overrun detected", CAPTURE, List.of("mchp-pdmc"), true,
                    "mchp-pdmc.c, dev_warn", "overrun detected"),
            row("bcm2835-i2s.sync-error", DAI_CLOCK, "I2S SYNC error!", UNKNOWN, List.of("bcm2835-i2s"), false,
                    "bcm2835-i2s.c, dev_err (harmless in slave mode)", "I2S SYNC error!"),
            // --- DMA engines ---
            row("imx-sdma.ch0-timeout", DMA_CHANNEL, "Timeout waiting for CH0 ready", UNKNOWN, List.of("imx-sdma"),
                    false, "imx-sdma.c sdma_run_channel0, dev_err", "Timeout waiting for CH0 ready"),
            row("imx-sdma.period-too-large", DMA_CHANNEL, "SDMA channel %d: maximum period size exceeded: %u > %d",
                    UNKNOWN, List.of("imx-sdma"), false, "imx-sdma.c sdma_prep_dma_cyclic, dev_err",
                    "SDMA channel 2: maximum period size exceeded: 131072 > 65535"),
            row("k3-udma.teardown-timeout", DMA_CHANNEL, "chan%d teardown timeout!", UNKNOWN,
                    List.of("ti-udma", "ti-bcdma", "ti-pktdma", "*k3*udma*"), false,
                    "ti/k3-udma.c udma_synchronize, dev_warn", "chan2 teardown timeout!"),
            row("k3-udma.refused-to-stop", DMA_CHANNEL, "chan%d refused to stop!", UNKNOWN,
                    List.of("ti-udma", "ti-bcdma", "ti-pktdma", "*k3*udma*"), false,
                    "ti/k3-udma.c udma_synchronize, dev_warn", "chan2 refused to stop!"),
            row("edma.error-irq", DMA_CHANNEL, "%s: Error interrupt without error event!", UNKNOWN,
                    List.of("edma", "ti-edma*"), true, "ti/edma.c dma_ccerr_handler, dev_err",
                    "dma_ccerr_handler: Error interrupt without error event!"),
            row("edma.ccerr", DMA_CHANNEL, "CCERR 0x%x", UNKNOWN, List.of("edma", "ti-edma*"), true,
                    "ti/edma.c dma_ccerr_handler, dev_warn", "CCERR 0x00010000"),
            row("bcm2835-dma.not-terminated", DMA_CHANNEL, "DMA transfer could not be terminated", UNKNOWN,
                    List.of("bcm2835-dma"), false, "bcm2835-dma.c bcm2835_dma_terminate_all, dev_err (~3.x-4.18)",
                    "DMA transfer could not be terminated"),
            row("bcm2835-dma.outstanding-writes", DMA_CHANNEL, "failed to complete outstanding writes", UNKNOWN,
                    List.of("bcm2835-dma"), false, "bcm2835-dma.c bcm2835_dma_abort, dev_err (4.19+)",
                    "failed to complete outstanding writes"),
            row("bcm2835-dma.pause", DMA_CHANNEL, "failed to complete pause on dma %d (CS:%x)", UNKNOWN,
                    List.of("bcm2835-dma"), false, "bcm2835-dma.c, dev_err (Raspberry Pi kernels 2022+)",
                    "failed to complete pause on dma 5 (CS:00ff0001)"),
            // the AMD IOMMU's word that an audio device's own DMA touched memory its mapping did
            // not allow, printed with that device's name: its stream's data did not move. Another
            // tree's device (a GPU's, which prints it often) is no audio's
            new MessageForm(IOMMU_PAGE_FAULT, DMA_CHANNEL, "AMD-Vi: Event logged [IO_PAGE_FAULT domain=0x%04x"
                    + " address=0x%llx flags=0x%04x]", UNKNOWN, ANY, true, "sound",
                    "drivers/iommu/amd/iommu.c amd_iommu_report_page_fault, pci_err",
                    "AMD-Vi: Event logged [IO_PAGE_FAULT domain=0x000d address=0xfffc0000 flags=0x0020]"),
            // the same of a device the IOMMU names by its PCI address alone: Intel's VT-d (the
            // domain is not printed: 0000), and AMD's where it has no device to print with
            row(IOMMU_DMAR_FAULT, IOMMU, "DMAR: [%s NO_PASID] Request device [%02x:%02x.%d] fault addr 0x%llx"
                    + " [fault reason 0x%02x] %s", UNKNOWN, ANY, false, "drivers/iommu/intel/dmar.c dmar_fault_do_one,"
                    + " pr_err", "DMAR: [DMA Write NO_PASID] Request device [00:1f.3] fault addr 0x7b000000 [fault reason"
                    + " 0x05] PTE Write access is not set"),
            row(IOMMU_DMAR_FAULT_PASID, IOMMU, "DMAR: [%s PASID 0x%x] Request device [%02x:%02x.%d] fault addr 0x%llx"
                    + " [fault reason 0x%02x] %s", UNKNOWN, ANY, false, "drivers/iommu/intel/dmar.c dmar_fault_do_one,"
                    + " pr_err", "DMAR: [DMA Read PASID 0x1] Request device [00:1f.3] fault addr 0x7b000000 [fault reason"
                    + " 0x06] PTE Read access is not set"),
            row(IOMMU_AMD_FAULT_NAMED, IOMMU, "AMD-Vi: Event logged [IO_PAGE_FAULT device=%04x:%02x:%02x.%x"
                    + " domain=0x%04x address=0x%llx flags=0x%04x]", UNKNOWN, ANY, false,
                    "drivers/iommu/amd/iommu.c amd_iommu_report_page_fault, pr_err_ratelimited",
                    "AMD-Vi: Event logged [IO_PAGE_FAULT device=0000:0b:00.6 domain=0x000d address=0xfffc0000"
                    + " flags=0x0020]"),
            // --- i.MX SDMA firmware ---
            row("imx-sdma.fw-direct-failed", SDMA_FW_DIRECT_FAILED, "Direct firmware load for imx/sdma/%s failed"
                    + " with error %d", UNKNOWN, List.of("imx-sdma"), false, "firmware_class, dev_warn",
                    "Direct firmware load for imx/sdma/sdma-imx6q.bin failed with error -2"),
            row("imx-sdma.fw-sysfs-fallback", SDMA_FW_FALLBACK, "Falling back to sysfs fallback for: imx/sdma/%s",
                    UNKNOWN, List.of("imx-sdma"), false, "firmware_class v4.18+, dev_info",
                    "Falling back to sysfs fallback for: imx/sdma/sdma-imx6q.bin"),
            row("imx-sdma.fw-user-helper", SDMA_FW_FALLBACK, "Falling back to user helper", UNKNOWN,
                    List.of("imx-sdma"), true, "firmware_class before v4.18, dev_info", "Falling back to user helper"),
            row("imx-sdma.fw-rom", SDMA_FW_ROM, "external firmware not found, using ROM firmware", UNKNOWN,
                    List.of("imx-sdma"), false, "imx-sdma.c sdma_load_firmware, dev_info",
                    "external firmware not found, using ROM firmware"),
            // a device tree that names no RAM firmware: no load is tried, so no "using ROM firmware" follows
            row("imx-sdma.fw-no-name", SDMA_FW_ROM, "failed to get firmware name", UNKNOWN, List.of("imx-sdma"), true,
                    "imx-sdma.c sdma_probe, dev_warn (no fsl,sdma-ram-script-name)", "failed to get firmware name"),
            row("imx-sdma.fw-not-requested", SDMA_FW_ROM, "failed to get firmware from device tree", UNKNOWN,
                    List.of("imx-sdma"), true, "imx-sdma.c sdma_probe, dev_warn (the load could not be asked for)",
                    "failed to get firmware from device tree"),
            row("imx-sdma.fw-not-ready", SDMA_FW_NOT_READY, "sdma firmware not ready!", UNKNOWN,
                    List.of("imx-sdma"), false, "imx-sdma.c sdma_transfer_init, dev_err (v5.15+, vendor kernels)",
                    "sdma firmware not ready!"),
            // --- ASoC stream set-up ---
            row("fsl-sai.rate", CLOCK_RATE, "failed to derive required %cx rate: %d", UNKNOWN, List.of("fsl-sai"),
                    false, "fsl_sai.c fsl_sai_set_bclk, dev_err", "failed to derive required Tx rate: 1411200"),
            row("fsl-esai.rate", CLOCK_RATE, "failed to derive required %s rate%s", UNKNOWN, List.of("fsl-esai*"),
                    false, "fsl_esai.c, dev_err", "failed to derive required SCKR rate"),
            row("mcasp.rate-off", RATE_NOTE, "Sample-rate is off by %d PPM", UNKNOWN, List.of("davinci-mcasp"),
                    false, "davinci-mcasp.c, dev_info", "Sample-rate is off by 400 PPM"),
            row("mcasp.fast-refclk", CLOCK_RATE, "Too fast reference clock (%u)", UNKNOWN, List.of("davinci-mcasp"),
                    false, "davinci-mcasp.c, dev_warn", "Too fast reference clock (24576000)"),
            // 6.16 on: the ASoC core's snd_soc_ret() prints the same errors with the number first
            // (a register's before the plain form, whose last %s would take its words)
            row(ASOC_RET_REGISTER, CODEC, "ASoC error (%d): at %s() on %s for register: [0x%08x]", UNKNOWN, ANY,
                    false, "soc-component.c _soc_component_ret_reg_rw, snd_soc_ret, dev_err (v6.16+)",
                    "ASoC error (-121): at snd_soc_component_write() on wm8960.1-001a for register: [0x00000019]"),
            row(ASOC_RET, STREAM_START, "ASoC error (%d): at %s() on %s", UNKNOWN, ANY, false,
                    "soc-utils.c snd_soc_ret, from soc-component.c/soc-dai.c/soc-link.c/soc-card.c/soc-pcm.c (v6.16+)",
                    "ASoC error (-22): at snd_soc_dai_hw_params() on 30010000.sai"),
            row(ASOC_ERROR_AT, STREAM_START, "ASoC: error at %s on %s: %d", UNKNOWN, ANY, false,
                    "soc-component.c/soc-dai.c/soc-link.c/soc-card.c, dev_err (v5.8+)",
                    "ASoC: error at soc_component_trigger on 30c30000.sai: -12"),
            row("asoc.cant-set-hw-params", STREAM_START, "ASoC: can't set %s hw params: %d", UNKNOWN, ANY, false,
                    "soc-pcm.c soc_pcm_hw_params, dev_err", "ASoC: can't set 30050000.sai hw params: -22"),
            row("asoc.hw-params-failed", STREAM_START, "ASoC: %s hw params failed: %d", UNKNOWN, ANY, false,
                    "soc-pcm.c soc_pcm_hw_params, dev_err", "ASoC: 2028000.ssi hw params failed: -22"),
            row("asoc.machine-hw-params", STREAM_START, "ASoC: machine hw_params failed: %d", UNKNOWN, ANY, false,
                    "soc-pcm.c soc_pcm_hw_params, dev_err", "ASoC: machine hw_params failed: -22"),
            row("asoc.prepare-error", STREAM_START, "ASoC: %s prepare error: %d", UNKNOWN, ANY, false,
                    "soc-pcm.c soc_pcm_prepare, dev_err", "ASoC: DAI prepare error: -110"),
            row("asoc.cant-open", STREAM_START, "ASoC: can't open %s: %d", UNKNOWN, ANY, false,
                    "soc-pcm.c soc_pcm_open, dev_err", "ASoC: can't open interface 2028000.ssi: -16"),
            // 5.10 to 5.19 (the BSPs' 5.10 and 5.15) said which of soc-pcm.c's ops failed by its name,
            // under the link's device, until soc_pcm_ret() printed "error at" lines
            row("asoc.op-failed", STREAM_START, "ASoC: %s() failed (%d)", UNKNOWN, ANY, false,
                    "soc-pcm.c soc_pcm_prepare, __soc_pcm_hw_params, dpcm_be_dai_*, dev_err (5.10 to 5.19)",
                    "ASoC: soc_pcm_hw_params() failed (-22)"),
            row("asoc.open-failed", STREAM_START, "soc_pcm_open() failed (%d)", UNKNOWN, ANY, false,
                    "soc-pcm.c soc_pcm_open, dev_err (5.12 to 5.18)", "soc_pcm_open() failed (-22)"),
            row("asoc.open-failed-locked", STREAM_START, "__soc_pcm_open() failed (%d)", UNKNOWN, ANY, false,
                    "soc-pcm.c __soc_pcm_open, dev_err (5.19)", "__soc_pcm_open() failed (-22)"),
            // the machine driver's startup of a link, before 5.8 (pr_err: no device before it)
            row("asoc.startup-failed", STREAM_START, "ASoC: %s startup failed: %d", UNKNOWN, ANY, false,
                    "soc-pcm.c soc_pcm_open, pr_err (3.x to 5.7)", "ASoC: HiFi startup failed: -22"),
            // a DAI's set_fmt that refused the DAI link's format, in soc-core.c's words until 5.11
            // (then soc-dai.c's "error at snd_soc_dai_set_fmt" says it)
            row("asoc.set-dai-format", STREAM_START, "ASoC: Failed to set DAI format: %d", UNKNOWN, ANY, false,
                    "soc-core.c snd_soc_runtime_set_dai_fmt, dev_warn (before 5.11)", "ASoC: Failed to set DAI format: -22"),
            // --- codec and card ---
            row("sgtl5000.chip-id", CODEC, "Error reading chip id %d", UNKNOWN, List.of("sgtl5000"), false,
                    "sgtl5000.c sgtl5000_i2c_probe, dev_err", "Error reading chip id -6"),
            row("asoc.codec-dai-missing", CARD, "ASoC: CODEC DAI %s not registered", UNKNOWN, ANY, false,
                    "soc-core.c, dev_err", "ASoC: CODEC DAI sgtl5000 not registered"),
            // the card's other parts missing or failing at bind time, before 5.x's "error at" lines
            row("asoc.platform-missing", CARD, "ASoC: platform %s not registered", UNKNOWN, ANY, false,
                    "soc-core.c soc_bind_dai_link, dev_err (3.x to 5.4)", "ASoC: platform 2028000.ssi not registered"),
            // 3.x's word for the codec itself (its DAI's line came later): "ASoC: CODEC vt1613.27 not registered"
            row("asoc.codec-missing", CARD, "ASoC: CODEC %s not registered", UNKNOWN, ANY, false,
                    "soc-core.c soc_bind_dai_link, dev_err (3.x)", "ASoC: CODEC vt1613.27 not registered"),
            // downstream 4.x kernels (the Raspberry Pi's) said the deferral in the same line
            row("asoc.codec-dai-retry", CARD, "ASoC: CODEC DAI %s not registered - will retry", UNKNOWN, ANY, false,
                    "soc-core.c soc_bind_dai_link (downstream 4.x)", "ASoC: CODEC DAI cs42448 not registered - will retry"),
            row("asoc.cpu-dai-retry", CARD, "ASoC: CPU DAI %s not registered - will retry", UNKNOWN, ANY, false,
                    "soc-core.c soc_bind_dai_link (downstream 4.x)", "ASoC: CPU DAI 20203000.i2s not registered - will retry"),
            // the generic cards' device-tree parsing before dev_err_probe (6.x: "error -EINVAL: parse error")
            row("simple-card.parse-error", CARD, "parse error %d", UNKNOWN, List.of("asoc-simple-card",
                    "asoc-audio-graph-card*"), false, "simple-card.c/audio-graph-card.c probe, dev_err (4.x to 5.x)",
                    "parse error -22"),
            row("asoc.link-init-failed", CARD, "ASoC: failed to init %s: %d", UNKNOWN, ANY, false,
                    "soc-core.c soc_probe_link_dais, dev_err (3.x to 5.7)", "ASoC: failed to init HiFi: -517"),
            // the card's PCM device could not be made (its platform's DMA, buffers), before 6.x's "error at"
            row("asoc.pcm-constructor", CARD, "ASoC: pcm constructor failed: %d", UNKNOWN, ANY, false,
                    "soc-pcm.c soc_new_pcm, dev_err (3.x to 5.x)", "ASoC: pcm constructor failed: -517"),
            row("asoc.pcm-constructor-link", CARD, "ASoC: pcm %s constructor failed for dailink %s: %d", UNKNOWN, ANY,
                    false, "soc-pcm.c soc_new_pcm, dev_err (5.x)",
                    "ASoC: pcm HiFi constructor failed for dailink HiFi: -517"),
            row("asoc.dai-probe-failed", CARD, "ASoC: failed to probe DAI %s: %d", UNKNOWN, ANY, false,
                    "soc-core.c soc_probe_dai, dev_err (3.x to 5.7)", "ASoC: failed to probe DAI 2028000.ssi: -22"),
            row("asoc.cpu-dai-probe-failed", CARD, "ASoC: failed to probe CPU DAI %s: %d", UNKNOWN, ANY, false,
                    "soc-core.c soc_probe_link_dais, dev_err (3.x)", "ASoC: failed to probe CPU DAI 2028000.ssi: -22"),
            row("asoc.component-probe-failed", CARD, "ASoC: failed to probe component %d", UNKNOWN, ANY, false,
                    "soc-core.c soc_probe_component, dev_err (4.x to 5.7)", "ASoC: failed to probe component -110"),
            row("asoc.register-card", CARD, "snd_soc_register_card failed (%d)", UNKNOWN, ANY, false,
                    "machine drivers (imx-sgtl5000.c ...), dev_err", "snd_soc_register_card failed (-517)"),
            row("asoc.register-card-colon", CARD, "snd_soc_register_card failed: %d", UNKNOWN, ANY, false,
                    "machine drivers, dev_err", "snd_soc_register_card failed: -517"),
            // the driver core, when it stops waiting (deferred_probe_timeout): 6.1 dev_info without
            // a reason, 6.12 dev_warn with the reason the driver gave (dev_err_probe)
            row("driver-core.deferred-probe-pending", CARD, "deferred probe pending%s", UNKNOWN, ANY, false,
                    "drivers/base/dd.c deferred_probe_timeout_work_func, dev_info/dev_warn",
                    "deferred probe pending: sgtl5000: failed to get mclk"),
            // the driver core, when a driver's probe fails for good (a deferral, -517, is not
            // printed so): 6.12's dev_err on the device. Any driver prints it; audio's tree only is
            // taken (a network card's "probe with driver e1000e failed" is none of ours)
            new MessageForm("driver-core.probe-failed", DRIVER_ERROR, "probe with driver %s failed with error %d",
                    UNKNOWN, ANY, true, "sound", "drivers/base/dd.c really_probe, dev_err (6.12)",
                    "probe with driver snd_pci_acp6x failed with error -110"),
            // the same in 6.1 and before: pr_warn with the driver's name first and no device; the
            // knowledge base reads that name as the line's driver (a network card's is not read)
            new MessageForm("driver-core.probe-of-failed", DRIVER_ERROR, "%s: probe of %s failed with error %d",
                    UNKNOWN, ANY, false, "sound", "drivers/base/dd.c really_probe, pr_warn (6.1 and before)",
                    "cs42xx8: probe of 5-0048 failed with error -1"),
            // the pin control core, when the pins a device's state muxes cannot be set (another
            // device holds one, or its group is wrong; the pin controller's line before it names
            // the pin and its holder): printed on the device itself, any driver's; an audio
            // driver's only is taken, whose probe then fails
            new MessageForm("pinctrl.apply-failed", DRIVER_ERROR, "Error applying setting, reverse things back", UNKNOWN, ANY,
                    true, "sound", "drivers/pinctrl/core.c pinctrl_commit_state, dev_err",
                    "Error applying setting, reverse things back"),
            // firmware_class, when a file an audio driver asks for is not there: the driver's own
            // lines after it say whether that stopped it (SOF's topology) or it went on (a
            // codec's optional tuning file), so on its own it is context, and the first record of
            // a problem of the same device that follows
            new MessageForm("firmware-class.direct-load-failed", FIRMWARE_FILE, "Direct firmware load for %s failed with error %d",
                    UNKNOWN, ANY, true, "sound", "drivers/base/firmware_loader/main.c _request_firmware, dev_warn",
                    "Direct firmware load for intel/sof-tplg/sof-hda-generic-2ch.tplg failed with error -2"),
            // the PCI core, when a device it wakes reads all ones (its power cut, or gone from the bus):
            // printed with its driver's name, any driver's; an audio driver's only is taken (an HDA
            // controller, a GPU's HDMI audio function)
            new MessageForm("pci.power-inaccessible", CODEC, "Unable to change power state from %s to %s, device"
                    + " inaccessible", UNKNOWN, ANY, true, "sound", "drivers/pci/pci.c pci_power_up, pci_err",
                    "Unable to change power state from D3cold to D0, device inaccessible"),
            // the PM core, when a device's suspend or resume callback fails (dev_err under its
            // dev_fmt "PM: "): any driver's device prints it; an audio driver's only is taken. The
            // callback is %ps in 6.x ("rt711_dev_resume [snd_soc_rt711]", a module's name after a
            // space) and %pS in 6.1 ("...+0x0/0x120 [snd_soc_rt711]"): a %s here takes both. The
            // step is the kernel's "%s%s" (pm_verb's "resume", then " async", " early" or none), one value here;
            // the callback's line is the kernel's "%s(): %ps returns %d" as dpm_run_callback() prints it (the
            // caller's name its anchor: "returns" alone is in too many lines)
            new MessageForm("pm-core.transition-failed", DRIVER_ERROR, "PM: failed to %s: error %d", UNKNOWN, ANY, true, "sound",
                    "drivers/base/power/main.c pm_dev_err, dev_err", "PM: failed to resume async: error -110"),
            new MessageForm("pm-core.callback-failed", DRIVER_ERROR, "PM: dpm_run_callback(): %s returns %d", UNKNOWN, ANY,
                    true, "sound", "drivers/base/power/main.c __suspend_report_result, dev_err",
                    "PM: dpm_run_callback(): rt711_dev_resume [snd_soc_rt711] returns -110"),
            // the same before 5.14 (and 5.10.210): pr_err with the device's name in the text and no
            // driver's, so any device's is read, as no audio; the analysis takes it for a device an
            // audio driver's line of the boot named (the callback's line names no device: not read)
            row(PM_DEVICE_FAILED, PM_CORE, "PM: Device %s failed to %s: error %d", UNKNOWN, ANY, false,
                    "drivers/base/power/main.c pm_dev_err, pr_err (before 5.14)",
                    "PM: Device 0-001a failed to resume: error -110"),
            // HDA's HDMI codec in 5.x, when its keep-alive stream (enable_silent_stream) could not
            // wake or release the codec on a monitor's hot-plug: laptops whose audio works print it
            // (-13, runtime PM not yet allowed); 6.x prints it "for silent stream enable"
            row("hda-hdmi.silent-stream-up", CODEC_NOTE, "Monitor plugged-in, Failed to power up codec ret=[%d]",
                    UNKNOWN, ANY, false, "sound/pci/hda/patch_hdmi.c, codec_err (5.x)",
                    "Monitor plugged-in, Failed to power up codec ret=[-13]"),
            row("hda-hdmi.silent-stream-down", CODEC_NOTE, "Monitor plugged-out, Failed to power down codec"
                    + " ret=[%d]", UNKNOWN, ANY, false, "sound/pci/hda/patch_hdmi.c, codec_err (5.x)",
                    "Monitor plugged-out, Failed to power down codec ret=[-13]"),
            // HDA's controller before 2.6.30, through snd_printk with its "hda_intel: " tag (read as
            // the driver's): the same steps as hda_controller.c's, before they named the last command
            row("hda.polling-mode-old", CODEC_NOTE, "azx_get_response timeout, switching to polling mode...", UNKNOWN,
                    HDA_CONTROLLER, false, "sound/pci/hda/hda_intel.c azx_rirb_get_response, snd_printk (2.6.2x)",
                    "azx_get_response timeout, switching to polling mode..."),
            row("hda.msi-off-old", CODEC_NOTE, "No response from codec, disabling MSI...", UNKNOWN, HDA_CONTROLLER,
                    false, "sound/pci/hda/hda_intel.c azx_rirb_get_response, snd_printk (2.6.2x)",
                    "No response from codec, disabling MSI..."),
            row(HDA_SINGLE_CMD_OLD, CODEC, "azx_get_response timeout, switching to single_cmd mode...", UNKNOWN,
                    HDA_CONTROLLER, false, "sound/pci/hda/hda_intel.c azx_rirb_get_response, snd_printk (2.6.2x)",
                    "azx_get_response timeout, switching to single_cmd mode..."),
            row("aic31xx.wait-bits", CODEC, "aic31xx_wait_bits: Failed! %s", UNKNOWN, ANY, false,
                    "tlv320aic31xx.c, dev_err",
                    "aic31xx_wait_bits: Failed! 0x25 was 0xffff8000 expected 0x80 (-16, 0x80, 0 us)"),
            row(DAPM_EVENT, CODEC, "ASoC: %s: %s event failed: %d", UNKNOWN, ANY, false,
                    "soc-dapm.c dapm_seq_check_event, dev_err", "ASoC: POST_PMU: DAC Left event failed: -1"),
            // --- snd-usb-audio ---
            row("usb.submit-urb", USB_AUDIO, "cannot submit urb (err = %d)", UNKNOWN, List.of("usb",
                    "snd-usb-audio", "snd_usb_audio"), false, "sound/usb endpoint.c, usb_audio_err",
                    "cannot submit urb (err = -18)"),
            row("usb.submit-urb-n", USB_AUDIO, "Unable to submit urb #%d: %d at %s", UNKNOWN, List.of("usb",
                    "snd-usb-audio", "snd_usb_audio"), false, "sound/usb endpoint.c, usb_audio_err",
                    "Unable to submit urb #3: -28 at snd_usb_queue_pending_output_urbs"),
            row("usb.fifo-overflow", USB_AUDIO, "next package FIFO overflow EP 0x%x", UNKNOWN, List.of("usb",
                    "snd-usb-audio", "snd_usb_audio"), false, "sound/usb endpoint.c", "next package FIFO overflow EP"
                    + " 0x81"),
            row("usb.datapipe", USB_AUDIO, "cannot submit datapipe for urb %d, error %d: %s", UNKNOWN,
                    List.of("usb", "snd-usb-audio", "snd_usb_audio"), false, "sound/usb endpoint.c, usb_audio_err",
                    "cannot submit datapipe for urb 0, error -28: not enough bandwidth"),
            row("usb.set-interface", USB_AUDIO, "%d:%d: usb_set_interface failed (%d)", UNKNOWN, List.of("usb",
                    "snd-usb-audio", "snd_usb_audio"), false, "sound/usb pcm.c/endpoint.c, usb_audio_err",
                    "1:1: usb_set_interface failed (-71)"),
            row("usb.active-urbs", USB_AUDIO, "timeout: still %d active urbs on EP #%x", UNKNOWN, List.of("usb",
                    "snd-usb-audio", "snd_usb_audio"), false, "sound/usb endpoint.c",
                    "timeout: still 4 active urbs on EP #81"),
            row("usb.frame-active", USB_AUDIO, "frame %d active: %d", CAPTURE, List.of("usb", "snd-usb-audio",
                    "snd_usb_audio"), true, "sound/usb pcm.c retire_capture_urb, dev_dbg + printk_ratelimit",
                    "frame 3 active: -18"),
            // the USB core's word that snd-usb-audio is loaded: a board whose only audio is a USB
            // device prints little more while it works, and the log does show audio
            row("usb.audio-driver-registered", NOTE, "usbcore: registered new interface driver snd-usb-audio", UNKNOWN,
                    ANY, false, "drivers/usb/core/driver.c usb_register_driver, pr_info (of snd-usb-audio)",
                    "usbcore: registered new interface driver snd-usb-audio"),
            // 5.4 to 5.19: Focusrite's mixer driver off unless asked for (on by default since 6.0):
            // the device plays, but its routing and controls are the device's own
            row("usb.scarlett-mixer-disabled", NOTE, "Focusrite Scarlett Gen %s Mixer Driver disabled; use"
                    + " options snd_usb_audio %s to enable and report any issues to %s", UNKNOWN, List.of("usb",
                    "snd-usb-audio", "snd_usb_audio"), false, "sound/usb/mixer_scarlett_gen2.c, usb_audio_info (5.4"
                    + " to 5.19)", "Focusrite Scarlett Gen 2 Mixer Driver disabled; use options snd_usb_audio"
                    + " device_setup=1 to enable and report any issues to g@b4.vu"),
            row("usb.delay", USB_NOTE, "delay: estimated %d, actual %d", PLAYBACK, List.of("usb", "snd-usb-audio",
                    "snd_usb_audio"), false, "sound/usb pcm.c, debug, removed in ~5.14",
                    "delay: estimated 441, actual 132"),
            // the USB core on any device; the usb-audio rule keeps it only beside an audio device's failure
            row("usb.disconnect", USB_CORE, "USB disconnect, device number %d", UNKNOWN, List.of("usb"), false,
                    "drivers/usb/core hub.c usb_disconnect, dev_info", "USB disconnect, device number 7"),
            row("usb.reset", USB_CORE, "reset %s USB device number %d using %s", UNKNOWN, List.of("usb"), false,
                    "drivers/usb/core hub.c hub_port_init, dev_info", "reset high-speed USB device number 7 using"
                    + " xhci_hcd"),
            // --- ALSA pointer diagnostics ---
            row("pcm.unexpected-hw-ptr", HW_POINTER, "%sUnexpected hw_ptr%s", UNKNOWN, ANY, false,
                    "pcm_lib.c hw_ptr_error, pr_err_ratelimited (\"PCM: \" snd_printd before 3.15)",
                    "ALSA: PCM: [Q] Unexpected hw_ptr: (stream=0, pos=4, new_hw_ptr=16388, old_hw_ptr=4)"),
            row("pcm.unexpected-hw-pointer", HW_POINTER, "%sUnexpected hw_pointer value %s", UNKNOWN, ANY, false,
                    "2.6 pcm_lib.c, snd_printd",
                    "Unexpected hw_pointer value [1] (stream = 0, delta: -3, max jitter = 16): wrong interrupt"
                            + " acknowledge?"),
            row("pcm.hw-ptr-skipping", HW_POINTER, "%shw_ptr skipping%s", UNKNOWN, ANY, false,
                    "pcm_lib.c hw_ptr_error (xrun_debug bit 2)",
                    "ALSA: PCM: [Q] hw_ptr skipping: (pos=13677, delta=876, period=6400, jdelta=0/17/0,"
                            + " hw_ptr=1241601/1241601)"),
            row("pcm.lost-interrupts", HW_POINTER, "%sLost interrupts?%s", UNKNOWN, ANY, false,
                    "pcm_lib.c hw_ptr_error",
                    "ALSA: PCM: [Q] Lost interrupts?: (stream=0, delta=1600, new_hw_ptr=3200, old_hw_ptr=1600)"),
            row("pcm.invalid-position", HW_POINTER, "invalid position: %s, pos = %d, buffer size = %d, period size"
                    + " = %d", UNKNOWN, ANY, false, "pcm_lib.c snd_pcm_update_hw_ptr0, pcm_err",
                    "invalid position: pcmC0D0p:0, pos = 16386, buffer size = 16384, period size = 1024"),
            row("pcm.bug-position", HW_POINTER, "BUG: %s, pos = %d, buffer size = %d, period size = %d", UNKNOWN,
                    ANY, false, "pcm_lib.c snd_pcm_update_hw_ptr0 (older text), pcm_err",
                    "BUG: , pos = 16386, buffer size = 16384, period size = 1024"),
            row("pcm.hw-ptr-suppressed", HW_POINTER_NOTE, "snd_pcm_%s: %d callbacks suppressed", UNKNOWN, ANY, false,
                    "printk ratelimit notice for the pcm_lib.c pointer checks",
                    "snd_pcm_update_hw_ptr0: 12 callbacks suppressed"),
            // any other function's rate limit (lib/ratelimit.c, printk_deferred at warning level): the
            // count of the messages it dropped, which the next one of that function's findings carries;
            // its "%s" is the function's name, one word, so "%p" (no space) reads it
            row(RATE_LIMITED_ROW, RATE_LIMITED, "%p: %d callbacks suppressed", UNKNOWN, List.of(""), false,
                    "lib/ratelimit.c ___ratelimit, printk_deferred", "retire_capture_urb: 35 callbacks suppressed"),
            // PulseAudio's checks of what the driver says of its position (alsa-util.c, alsa-sink.c,
            // alsa-source.c; pa_log, a debug line in later releases), after its "E: [alsa-sink-…] file.c: "
            // (which its syslog and journal lines carry or not); each is followed by "Most likely this
            // is a bug in the ALSA driver '%s'." naming the driver
            row("pulseaudio.avail-large", HW_POINTER, "%ssnd_pcm_avail() returned a value that is exceptionally large:"
                    + " %lu byte%s (%lu ms).", UNKNOWN, ANY, false, "PulseAudio alsa-util.c pa_alsa_safe_avail, pa_log",
                    "E: [alsa-sink-ALC892 Analog] alsa-util.c: snd_pcm_avail() returned a value that is exceptionally"
                            + " large: 4294967204 bytes (24855 ms)."),
            row("pulseaudio.delay-large", HW_POINTER, "%ssnd_pcm_delay() returned a value that is exceptionally large:"
                    + " %li byte%s (%s%lu ms).", UNKNOWN, ANY, false, "PulseAudio alsa-util.c pa_alsa_safe_delay, pa_log",
                    "E: [alsa-sink-ALC892 Analog] alsa-util.c: snd_pcm_delay() returned a value that is exceptionally"
                            + " large: -1811988 bytes (-10273 ms)."),
            row("pulseaudio.mmap-large", HW_POINTER, "%ssnd_pcm_mmap_begin() returned a value that is exceptionally"
                    + " large: %lu byte%s (%lu ms).", UNKNOWN, ANY, false,
                    "PulseAudio alsa-util.c pa_alsa_safe_mmap_begin, pa_log",
                    "E: [alsa-sink-ALC892 Analog] alsa-util.c: snd_pcm_mmap_begin() returned a value that is"
                            + " exceptionally large: 4294967204 bytes (24855 ms)."),
            row("pulseaudio.avail-delay-strange", HW_POINTER, "%ssnd_pcm_avail_delay() returned strange values: delay"
                    + " %lu is less than avail %lu.", UNKNOWN, ANY, false, "PulseAudio alsa-util.c pa_alsa_safe_delay, pa_log",
                    "E: [alsa-source-ALC892 Analog] alsa-util.c: snd_pcm_avail_delay() returned strange values: delay 0"
                            + " is less than avail 32."),
            row("pulseaudio.woke-up", HW_POINTER, "%sALSA woke us up to %s new data %s the device, but there was"
                    + " actually nothing to %s.", UNKNOWN, ANY, false, "PulseAudio alsa-sink.c (to)/alsa-source.c (from), pa_log",
                    "E: [alsa-sink-ALC892 Analog] alsa-sink.c: ALSA woke us up to write new data to the device, but"
                            + " there was actually nothing to write."),
            row("pulseaudio.driver-bug", HW_POINTER_NOTE, "%sMost likely this is a bug in the ALSA driver '%s'. Please"
                    + " report this issue to the ALSA developers.", UNKNOWN, ANY, false,
                    "PulseAudio alsa-util.c/alsa-sink.c/alsa-source.c, the second line of the checks above",
                    "E: [alsa-sink-ALC892 Analog] alsa-util.c: Most likely this is a bug in the ALSA driver"
                            + " 'snd_hda_intel'. Please report this issue to the ALSA developers."),
            row("pulseaudio.woken-poll", HW_POINTER_NOTE, "%sWe were woken up with %s set -- however a subsequent"
                    + " snd_pcm_avail() returned %d or another value < min_avail.", UNKNOWN, ANY, false,
                    "PulseAudio alsa-sink.c/alsa-source.c, the third line of the check above",
                    "E: [alsa-sink-ALC892 Analog] alsa-sink.c: We were woken up with POLLOUT set -- however a"
                            + " subsequent snd_pcm_avail() returned 0 or another value < min_avail."),
            // PipeWire's spa_alsa_open(), when snd_pcm_open fails ("'%s': %s open failed" and ": %s", the
            // ALSA error, by its CHECK macro), after its topic ("spa.alsa: " in the journal, or its own
            // "[E][…] spa.alsa | [ alsa-pcm.c: 812 spa_alsa_open()] " on standard error)
            row("pipewire.open-failed", STREAM_START, "%s'%s': playback open failed: %s", PLAYBACK, ANY, false,
                    "PipeWire spa/plugins/alsa/alsa-pcm.c spa_alsa_open, spa_log_error",
                    "spa.alsa: 'front:0': playback open failed: Device or resource busy"),
            row("pipewire.open-failed-capture", STREAM_START, "%s'%s': capture open failed: %s", CAPTURE, ANY, false,
                    "PipeWire spa/plugins/alsa/alsa-pcm.c spa_alsa_open, spa_log_error",
                    "spa.alsa: 'hw:1,0': capture open failed: No such file or directory"),
            // GStreamer's alsasink and alsasrc when snd_pcm_open says -EBUSY (GST_ELEMENT_ERROR, as
            // gst-launch prints it: "ERROR: from element /GstPipeline:pipeline0/GstAlsaSink:alsasink0: ")
            row("gstreamer.busy", STREAM_START, "%sCould not open audio device for playback. Device is being used by"
                    + " another application.", PLAYBACK, ANY, false, "gst-plugins-base ext/alsa/gstalsasink.c, GST_ELEMENT_ERROR",
                    "ERROR: from element /GstPipeline:pipeline0/GstAlsaSink:alsasink0: Could not open audio device for"
                            + " playback. Device is being used by another application."),
            row("gstreamer.busy-capture", STREAM_START, "%sCould not open audio device for recording. Device is being"
                    + " used by another application.", CAPTURE, ANY, false,
                    "gst-plugins-base ext/alsa/gstalsasrc.c, GST_ELEMENT_ERROR",
                    "ERROR: from element /GstPipeline:pipeline0/GstAlsaSrc:alsasrc0: Could not open audio device for"
                            + " recording. Device is being used by another application."),
            // the console's own notice, written before the next message it prints (no stamp of its own)
            row("printk.console-dropped", CONSOLE_DROPPED, "** %lu printk messages dropped **", UNKNOWN, ANY, false,
                    "printk.c console_prepend_dropped (6.x), call_console_driver (6.1): a console that fell behind",
                    "** 1234 printk messages dropped **"),
            // --- user space, pasted with or instead of the kernel log ---
            row("alsa-utils.open-error", STREAM_START, "aplay: main:%d: audio open error: %s", PLAYBACK, ANY, false,
                    "alsa-utils aplay.c main(), error(): the PCM could not be opened",
                    "aplay: main:830: audio open error: Device or resource busy"),
            row("alsa-utils.open-error-capture", STREAM_START, "arecord: main:%d: audio open error: %s", CAPTURE, ANY,
                    false, "alsa-utils aplay.c main() as arecord, error(): the PCM could not be opened",
                    "arecord: main:830: audio open error: Device or resource busy"),
            // set_params() of aplay.c: the hw: device does not take what the file asks for
            row("alsa-utils.set-params-channels", STREAM_START, "aplay: set_params:%d: Channels count non available",
                    PLAYBACK, ANY, false, "alsa-utils aplay.c set_params(), error()",
                    "aplay: set_params:1343: Channels count non available"),
            row("alsa-utils.set-params-channels-capture", STREAM_START,
                    "arecord: set_params:%d: Channels count non available", CAPTURE, ANY, false,
                    "alsa-utils aplay.c set_params() as arecord, error()",
                    "arecord: set_params:1343: Channels count non available"),
            row("alsa-utils.set-params-format", STREAM_START, "aplay: set_params:%d: Sample format non available",
                    PLAYBACK, ANY, false, "alsa-utils aplay.c set_params(), error()",
                    "aplay: set_params:1325: Sample format non available"),
            row("alsa-utils.set-params-format-capture", STREAM_START,
                    "arecord: set_params:%d: Sample format non available", CAPTURE, ANY, false,
                    "alsa-utils aplay.c set_params() as arecord, error()",
                    "arecord: set_params:1325: Sample format non available"),
            // the driver refused the parameters (snd_pcm_hw_params failed): its own line says why
            row("alsa-utils.hw-params-install", STREAM_START, "aplay: set_params:%d: Unable to install hw params%s",
                    PLAYBACK, ANY, false, "alsa-utils aplay.c set_params(), error()",
                    "aplay: set_params:1411: Unable to install hw params:"),
            row("alsa-utils.hw-params-install-capture", STREAM_START,
                    "arecord: set_params:%d: Unable to install hw params%s", CAPTURE, ANY, false,
                    "alsa-utils aplay.c set_params() as arecord, error()",
                    "arecord: set_params:1411: Unable to install hw params:"),
            row("alsa-utils.set-params-access", STREAM_START, "%s: set_params:%d: Access type not available", UNKNOWN,
                    ANY, false, "alsa-utils aplay.c set_params(), error()",
                    "aplay: set_params:1313: Access type not available"),
            row("speaker-test.open-error", STREAM_START, "Playback open error: %d,%s", PLAYBACK, ANY, false,
                    "alsa-utils speaker-test.c main(), printf: the PCM could not be opened",
                    "Playback open error: -2,No such file or directory"),
            // speaker-test's set_hwparams (and alsa-lib's test/pcm.c, which programs copy): the hw:
            // device does not take the channel count, sample format or access asked of it
            row("alsa-utils.set-params-test-channels", STREAM_START,
                    "Channels count (%d) not available for playbacks: %s", PLAYBACK, ANY, false,
                    "alsa-utils speaker-test.c set_hwparams(), fprintf",
                    "Channels count (8) not available for playbacks: Invalid argument"),
            row("alsa-utils.set-params-test-format", STREAM_START, "Sample format not available for playback: %s",
                    PLAYBACK, ANY, false, "alsa-utils speaker-test.c set_hwparams(), fprintf",
                    "Sample format not available for playback: Invalid argument"),
            row("alsa-utils.set-params-test-access", STREAM_START, "Access type not available for playback: %s",
                    PLAYBACK, ANY, false, "alsa-utils speaker-test.c set_hwparams(), fprintf",
                    "Access type not available for playback: Invalid argument"),
            // alsactl restoring the mixer: a control the driver could not write to the codec for an
            // I/O error (EREMOTEIO: the codec did not acknowledge on its I2C bus; EIO). Other errors
            // ("Invalid argument": a state file of another driver) are no codec's failure.
            row("alsa-utils.alsactl-write-remote-io", CODEC, "alsactl: set_control:%d: Cannot write control '%s'%s:"
                    + " Remote I/O error", UNKNOWN, ANY, false, "alsa-utils alsactl/state.c set_control(), error()",
                    "alsactl: set_control:1475: Cannot write control '2:0:0:Mic 1 Volume:0' : Remote I/O error"),
            row("alsa-utils.alsactl-write-io", CODEC, "alsactl: set_control:%d: Cannot write control '%s'%s:"
                    + " Input/output error", UNKNOWN, ANY, false, "alsa-utils alsactl/state.c set_control(), error()",
                    "alsactl: set_control:1462: Cannot write control 'numid=2,iface=MIXER,name='PCM Playback"
                            + " Volume'': Input/output error"),
            row("alsa-utils.no-soundcards", STREAM_START, "%s: device_list:%d: no soundcards found...", UNKNOWN, ANY,
                    false, "alsa-utils aplay.c device_list(), error(): the kernel registered no sound card",
                    "aplay: device_list:274: no soundcards found..."),
            // alsa-lib's SNDERR ("ALSA lib FILE:LINE:(FUNCTION) "), when the card a configuration or a
            // player's -D names is not there: confmisc.c's card functions (parse_card in 1.2.x, the
            // snd_func_card_* functions before), pcm_hw.c's open of hw:N
            row("alsa-lib.cannot-find-card", STREAM_START, "ALSA lib confmisc.c:%d:(%s) cannot find card '%s'",
                    UNKNOWN, ANY, false, "alsa-lib src/confmisc.c, SNDERR: no card of that number or name",
                    "ALSA lib confmisc.c:767:(parse_card) cannot find card '0'"),
            row("alsa-lib.invalid-card", STREAM_START, "ALSA lib pcm_hw.c:%d:(_snd_pcm_hw_open) Invalid value for card",
                    UNKNOWN, ANY, false, "alsa-lib src/pcm/pcm_hw.c _snd_pcm_hw_open, SNDERR: no card of that number",
                    "ALSA lib pcm_hw.c:1829:(_snd_pcm_hw_open) Invalid value for card"),
            // --- audio DSPs: SOF's snd_sof_dsp_dbg_dump() prints its caller's message with "%s", so
            // the generator, which reads formats, never sees these; SOF_DRIVERS are the names SOF's
            // PCI, ACPI and OF drivers register ---
            row("sof.ipc-timeout", DSP_FIRMWARE, "IPC timeout", UNKNOWN, SOF_DRIVERS, true,
                    "sound/soc/sof/ipc3.c and ipc4.c, through snd_sof_handle_fw_exception", "IPC timeout"),
            row("sof.dsp-panic", DSP_FIRMWARE, "DSP panic!", UNKNOWN, SOF_DRIVERS, true,
                    "sound/soc/sof/ops.c snd_sof_dsp_panic, through snd_sof_dsp_dbg_dump (KERN_ERR)", "DSP panic!"),
            row("sof.dsp-panic-recovering", DSP_FIRMWARE, "DSP panic (recovery will be attempted)", UNKNOWN,
                    SOF_DRIVERS, true, "sound/soc/sof/ops.c snd_sof_dsp_panic, through snd_sof_dsp_dbg_dump",
                    "DSP panic (recovery will be attempted)"),
            row("sof.boot-failed", DSP_FIRMWARE, "Boot failed", UNKNOWN, SOF_DRIVERS, true,
                    "sound/soc/sof/intel/hda-loader-skl.c, through snd_sof_dsp_dbg_dump", "Boot failed"),
            row("sof.download-failed", DSP_FIRMWARE, "Firmware download failed", UNKNOWN, SOF_DRIVERS, true,
                    "sound/soc/sof/intel/hda-loader.c hda_dsp_cl_boot_firmware, through snd_sof_dsp_dbg_dump",
                    "Firmware download failed"),
            row("sof.start-failed", DSP_FIRMWARE, "Failed to start DSP", UNKNOWN, SOF_DRIVERS, true,
                    "sound/soc/sof/loader.c snd_sof_run_firmware, through snd_sof_dsp_dbg_dump",
                    "Failed to start DSP"),
            row("sof.boot-timeout", DSP_FIRMWARE, "Firmware boot failure due to timeout", UNKNOWN, SOF_DRIVERS,
                    true, "sound/soc/sof/loader.c snd_sof_run_firmware, through snd_sof_dsp_dbg_dump",
                    "Firmware boot failure due to timeout"),
            row("sof.mtl-init-failed", DSP_FIRMWARE, "MTL DSP init fail", UNKNOWN, SOF_DRIVERS, true,
                    "sound/soc/sof/intel/mtl.c (Linux 6.1), through snd_sof_dsp_dbg_dump", "MTL DSP init fail"),
            // SOF's IPC of 5.x, before 5.17 reworded them ("ipc tx timed out for %#x (msg/reply size:
            // %d/%zu)"); 5.x began SOF's errors with "error: ", which matching takes off (MessageParser)
            row("sof.ipc-timeout-5x", DSP_FIRMWARE, "ipc timed out for 0x%x size %d", UNKNOWN, SOF_DRIVERS, true,
                    "sound/soc/sof/ipc.c tx_wait_done, dev_err (5.2 to 5.16)", "ipc timed out for 0x60010000 size 12"),
            row("sof.ipc-error-5x", DSP_FIRMWARE, "ipc error for 0x%x size %s", UNKNOWN, SOF_DRIVERS, true,
                    "sound/soc/sof/ipc.c tx_wait_done, dev_err (5.2 to 5.16)", "ipc error for 0x80010000 size 0x0"),
            // a Qualcomm SoC's audio DSP is the remote processor named "adsp"; the remoteproc core
            // reports a crash of any (modem, wifi, compute DSP) under its own class name, so only
            // that name is audio's
            row("remoteproc.adsp-crash", DSP_FIRMWARE, "crash detected in adsp: type %s", UNKNOWN,
                    List.of("remoteproc"), true, "drivers/remoteproc/remoteproc_core.c rproc_report_crash, dev_err",
                    "crash detected in adsp: type fatal error"),
            // --- an amplifier that prints its latched faults' names from a table with "%s", which
            // the generator cannot read: tas2764.c's tas2764_irq, dev_crit_ratelimited ---
            row("tas2764.fault", DRIVER_ERROR, "fault: %s", UNKNOWN, List.of("tas2764"), true,
                    "sound/soc/codecs/tas2764.c tas2764_irq, dev_crit_ratelimited of tas2764_int_ltch0_msgs",
                    "fault: over temperature"),
            // --- a kernel warning (WARN_ON) in the audio or DMA code: a driver bug on the audio path,
            // the header kernel/panic.c's __warn() prints ("WARNING: at …" before 3.14) ---
            row("kernel.warning-sound", DRIVER_ERROR, "WARNING: CPU: %d PID: %d at sound/%s", UNKNOWN, ANY, false,
                    "kernel/panic.c __warn, for a WARN_ON in sound/", "WARNING: CPU: 0 PID: 212 at"
                    + " sound/core/pcm_lib.c:1977 snd_pcm_period_elapsed_under_stream_lock+0x1f4/0x200"),
            row("kernel.warning-dma", DRIVER_ERROR, "WARNING: CPU: %d PID: %d at drivers/dma/%s", UNKNOWN, ANY, false,
                    "kernel/panic.c __warn, for a WARN_ON in drivers/dma/", "WARNING: CPU: 1 PID: 0 at"
                    + " drivers/dma/imx-sdma.c:812 sdma_update_channel_loop+0x1c0/0x1d0"),
            row("kernel.warning-sound-old", DRIVER_ERROR, "WARNING: at sound/%s", UNKNOWN, ANY, false,
                    "kernel/panic.c warn_slowpath_common (before 3.14), for a WARN_ON in sound/",
                    "WARNING: at sound/core/pcm_native.c:1360 snd_pcm_action_lock_irq+0x60/0x88()"),
            // later kernels than 6.12 name the file first and the CPU and task last ("WARNING:
            // sound/core/pcm_lib.c:1977 at snd_pcm_…+0x1f4/0x200, CPU#0: irq/45-sdma/212")
            row("kernel.warning-sound-new", DRIVER_ERROR, "WARNING: sound/%s:%d at %s, CPU#%d: %s", UNKNOWN, ANY, false,
                    "kernel/panic.c __warn after 6.12, for a WARN_ON in sound/", "WARNING: sound/core/pcm_lib.c:1977 at"
                    + " snd_pcm_period_elapsed_under_stream_lock+0x1f4/0x200, CPU#0: irq/45-sdma/212"),
            row("kernel.warning-dma-new", DRIVER_ERROR, "WARNING: drivers/dma/%s:%d at %s, CPU#%d: %s", UNKNOWN, ANY, false,
                    "kernel/panic.c __warn after 6.12, for a WARN_ON in drivers/dma/", "WARNING: drivers/dma/imx-sdma.c:812 at"
                    + " sdma_update_channel_loop+0x1c0/0x1d0, CPU#1: swapper/1/0"),
            // any other kernel warning (context, as an oops's first line is: the reader reads its
            // site and trace, and tells one that audio or DMA code called, CrashWindow): a USB host
            // controller's WARN_ON as snd-usb-audio submits its transfers
            row("kernel.warning", KERNEL_REPORT, "WARNING: CPU: %d PID: %d at %s", UNKNOWN, ANY, false,
                    "kernel/panic.c __warn, pr_warn", "WARNING: CPU: 0 PID: 812 at drivers/usb/dwc2/hcd.c:2919"
                    + " dwc2_hcd_urb_enqueue+0x1d8/0x1f0"),
            row("kernel.warning-new", KERNEL_REPORT, "WARNING: %s:%d at %s, CPU#%d: %s", UNKNOWN, ANY, false,
                    "kernel/panic.c __warn after 6.12", "WARNING: drivers/usb/dwc2/hcd.c:2684 at"
                    + " dwc2_assign_and_init_hc+0x260/0x580, CPU#2: swapper/2/0"),
            // the kernel's memory and undefined-behaviour checkers: a bug caught, the kernel goes on;
            // read as a warning is, for the audio function in its trace
            row("kernel.kasan", KERNEL_REPORT, "BUG: KASAN: %s in %s", UNKNOWN, ANY, false, "mm/kasan/report.c"
                    + " print_error_description, pr_err", "BUG: KASAN: slab-use-after-free in snd_pcm_period_elapsed+0x1c/0x80"
                    + " [snd_pcm]"),
            row("kernel.kfence", KERNEL_REPORT, "BUG: KFENCE: %s in %s", UNKNOWN, ANY, false, "mm/kfence/report.c"
                    + " kfence_report_error, pr_err", "BUG: KFENCE: use-after-free read in snd_pcm_period_elapsed+0x1c/0x80"),
            row("kernel.ubsan", KERNEL_REPORT, "UBSAN: %s in %s:%d:%d", UNKNOWN, ANY, false, "lib/ubsan.c ubsan_prologue,"
                    + " pr_err", "UBSAN: array-index-out-of-bounds in sound/soc/intel/avs/path.c:123:45"),
            row("kernel.warning-old", KERNEL_REPORT, "WARNING: at %s", UNKNOWN, ANY, false,
                    "kernel/panic.c warn_slowpath_common (before 3.14), printk", "WARNING: at drivers/usb/host/ehci-q.c:1108"
                    + " submit_async+0x40/0x98()"),
            // --- the first line of an oops (context: the reader then looks for its site and
            // trace, and tells a crash in audio or DMA code, CrashWindow) ---
            row("oops.null-dereference", KERNEL_REPORT, "BUG: kernel NULL pointer dereference, address: %s", UNKNOWN, ANY,
                    false, "arch/x86/mm/fault.c show_fault_oops, pr_alert (5.1 and later)",
                    "BUG: kernel NULL pointer dereference, address: 0000000000000008"),
            row("oops.page-fault", KERNEL_REPORT, "BUG: unable to handle page fault for address: %s", UNKNOWN, ANY, false,
                    "arch/x86/mm/fault.c show_fault_oops, pr_alert (5.1 and later)",
                    "BUG: unable to handle page fault for address: ffffc90000e3a000"),
            row("oops.unable-to-handle-x86", KERNEL_REPORT, "BUG: unable to handle kernel %s at %s", UNKNOWN, ANY, false,
                    "arch/x86/mm/fault.c, printk (before 5.1)",
                    "BUG: unable to handle kernel NULL pointer dereference at 0000000000000008"),
            row("oops.unable-to-handle", KERNEL_REPORT, "Unable to handle kernel %s at virtual address %s", UNKNOWN, ANY, false,
                    "arch/arm64/mm/fault.c die_kernel_fault, arch/arm/mm/fault.c __do_kernel_fault, pr_alert",
                    "Unable to handle kernel NULL pointer dereference at virtual address 0000000000000010"),
            row("oops.internal-error", KERNEL_REPORT, "Internal error: %s", UNKNOWN, ANY, false,
                    "arch/arm64/kernel/traps.c and arch/arm/kernel/traps.c die, pr_emerg",
                    "Internal error: Oops: 0000000096000004 [#1] PREEMPT SMP"),
            row("oops.general-protection", KERNEL_REPORT, "general protection fault%s", UNKNOWN, ANY, false,
                    "arch/x86/kernel/traps.c, die_addr", "general protection fault, probably for non-canonical address"
                    + " 0xdead000000000122: 0000 [#1] PREEMPT SMP NOPTI"),
            // x86's die header in 6.12 puts "Oops: " before its words (6.1 printed them alone, the
            // row above); the other dies follow a line of their own ("BUG: …", "kernel BUG at …")
            row("oops.general-protection-oops", KERNEL_REPORT, "Oops: general protection fault%s", UNKNOWN, ANY, false,
                    "arch/x86/kernel/dumpstack.c __die_header, printk (6.12)", "Oops: general protection fault, probably"
                    + " for non-canonical address 0xdead000000000122: 0000 [#1] PREEMPT SMP NOPTI"),
            row("oops.bug-at", KERNEL_REPORT, "kernel BUG at %s:%d!", UNKNOWN, ANY, false, "lib/bug.c report_bug (BUG_ON), pr_crit",
                    "kernel BUG at sound/core/pcm_native.c:1234!"),
            // the kernel's checks of a function that may sleep, called where it must not (a lock
            // held, interrupts off): a trace follows, read as an oops's is (CrashWindow)
            row("bug.sleeping-in-atomic", KERNEL_REPORT, "BUG: sleeping function called from invalid context at %s:%d", UNKNOWN,
                    ANY, false, "kernel/sched/core.c __might_resched, pr_err",
                    "BUG: sleeping function called from invalid context at kernel/locking/mutex.c:580"),
            row("bug.scheduling-while-atomic", KERNEL_REPORT, "BUG: scheduling while atomic: %s/%d/0x%x", UNKNOWN, ANY, false,
                    "kernel/sched/core.c __schedule_bug, printk(KERN_ERR)",
                    "BUG: scheduling while atomic: aplay/1234/0x00000002"),
            // --- system latency and interrupts ---
            row("sched.rt-throttling", LATENCY, "sched: RT throttling activated", UNKNOWN, ANY, false,
                    "kernel/sched/rt.c, printk_deferred_once (once per boot)", "sched: RT throttling activated"),
            row("hrtimer.interrupt-took", LATENCY, "hrtimer: interrupt took %u ns", UNKNOWN, ANY, false,
                    "kernel/time/hrtimer.c, pr_warn_once", "hrtimer: interrupt took 2304519 ns"),
            row("watchdog.soft-lockup", LATENCY, "%sBUG: soft lockup - CPU#%d stuck for %us! [%s:%d]", UNKNOWN, ANY,
                    false, "kernel/watchdog.c", "watchdog: BUG: soft lockup - CPU#0 stuck for 23s! [arecord:412]"),
            row("hung-task", LATENCY, "INFO: task %s:%d blocked for more than %d seconds.", UNKNOWN, ANY, false,
                    "kernel/hung_task.c", "INFO: task arecord:412 blocked for more than 120 seconds."),
            row("rcu.self-detected", LATENCY, "%sINFO: %s self-detected stall on CPU%s", UNKNOWN, ANY, false,
                    "kernel/rcu", "rcu: INFO: rcu_sched self-detected stall on CPU"),
            row("rcu.detected-stalls", LATENCY, "%sINFO: %s detected stalls on CPUs/tasks:%s", UNKNOWN, ANY, false,
                    "kernel/rcu", "rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:"),
            row("irq.nobody-cared", IRQ_DISABLED, "irq %d: nobody cared %s", UNKNOWN, ANY, false,
                    "kernel/irq/spurious.c", "irq 58: nobody cared (try booting with the \"irqpoll\" option)"),
            row("irq.disabling", IRQ_DISABLED, "Disabling IRQ #%d", UNKNOWN, ANY, false, "kernel/irq/spurious.c",
                    "Disabling IRQ #58"),
            // --- memory the kernel could not allocate: the contiguous allocator's failure (an audio
            // buffer of a device without an IOMMU is such an allocation; "cma: " before it, the
            // area's name in 5.x and later) and the page allocator's warning, with its task first ---
            row("mm.cma-alloc-failed", MEMORY, "%s: alloc failed, req-size: %lu pages, ret: %d", UNKNOWN, ANY, false,
                    "mm/cma.c cma_alloc, pr_err_ratelimited", "cma_alloc: reserved: alloc failed, req-size: 256 pages,"
                    + " ret: -12"),
            row("mm.page-allocation-failure", MEMORY, "%s: page allocation failure: order:%u, mode:%s", UNKNOWN, ANY, false,
                    "mm/page_alloc.c warn_alloc, pr_warn", "aplay: page allocation failure: order:8,"
                    + " mode:0xcc0(GFP_KERNEL), nodemask=(null)"));

    private static final List<Compiled> COMPILED = ROWS.stream().map(Compiled::new).toList();
    /** The rows' anchors, by row: which a text holds is one pass over it, not one search per row. */
    private static final LiteralIndex ANCHORS = new LiteralIndex(COMPILED.stream().map(Compiled::anchor).toList());

    /** A row with its pattern compiled once, and its runs of literal text. */
    private record Compiled(MessageForm form, String anchor, Pattern pattern, List<String> runs) {
        Compiled(MessageForm form) {
            this(form, form.anchor(), form.pattern(), FormatPattern.runs(form.format()));
        }
    }

    private MessageCatalog() {
    }

    /**
     * The C identifiers the rows' sources name ("pcm.c retire_capture_urb, dev_dbg +
     * printk_ratelimit": retire_capture_urb, dev_dbg, printk_ratelimit), made once.
     */
    private static final Pattern NOT_A_NAME = Pattern.compile("[^A-Za-z0-9_]+");
    private static final Set<String> SOURCE_NAMES = ROWS.stream()
            .flatMap(r -> Arrays.stream(NOT_A_NAME.split(r.source())))
            .filter(w -> w.indexOf('_') > 0).collect(Collectors.toUnmodifiableSet());

    /** Whether a row's source names this function (an identifier with a '_'). */
    public static boolean sourcesName(String function) {
        return SOURCE_NAMES.contains(function);
    }

    /** Whether this row's source names the function, split into names as {@link #sourcesName} splits all. */
    public static boolean sourceNames(MessageForm form, String function) {
        return Arrays.asList(NOT_A_NAME.split(form.source())).contains(function);
    }

    public static List<MessageForm> rows() {
        return ROWS;
    }

    /**
     * The driver core's two failed-probe rows as they read where the driver that failed is a
     * codec's, by the row's id: the card waits for a codec that will never come, so the line is
     * the codec's failure. Never matched by text (the rows read the words); the knowledge base
     * reads a line so when the failed driver's source is a codec's ({@code KnowledgeBase#readAs}).
     */
    private static final Map<String, MessageForm> CODEC_PROBES = ROWS.stream()
            .filter(f -> f.id().equals("driver-core.probe-failed") || f.id().equals("driver-core.probe-of-failed"))
            .collect(Collectors.toUnmodifiableMap(MessageForm::id, f -> new MessageForm(
                    f.id().replace("driver-core.", "driver-core.codec-"), CODEC, f.format(), f.direction(), f.drivers(),
                    f.needsOrigin(), f.driversTree(), f.source() + ", of a codec's driver", f.sample())));

    /**
     * An oops whose site or first callers are audio or DMA code: the reader makes it from the
     * lines after an {@code oops.*} row's (its site and trace, which no text row reads); its
     * values are the function, its module (or ""), the oops's first line and its task (or ""), as its format says
     * (which no line is matched to).
     */
    public static final MessageForm KERNEL_CRASH = new MessageForm("kernel.crash", MessageFamily.KERNEL_CRASH,
            "kernel crash: %s [%s], after %s, in task %s",
            PcmDirection.UNKNOWN, ANY, false, "", "an oops whose site or caller is audio or DMA code (the reader's"
            + " CrashWindow)", "pc : fsl_sai_trigger+0x74/0x2a0");

    /**
     * A task stuck in audio or DMA code: a hung task's trace, or a soft lockup's site, through
     * such a function (made as {@link #KERNEL_CRASH} is, after the "hung-task" or
     * "watchdog.soft-lockup" row's line).
     */
    public static final MessageForm KERNEL_HANG = new MessageForm("kernel.hang", MessageFamily.KERNEL_CRASH,
            "kernel hang: %s [%s], after %s, in task %s", PcmDirection.UNKNOWN, ANY, false, "", "a hung task or soft"
            + " lockup whose trace or site is audio or DMA code (the reader's CrashWindow)",
            "snd_dmaengine_pcm_close+0x30/0x70");

    /**
     * A function that may sleep called in atomic context, where a trace shows audio or DMA code
     * calling it (made as {@link #KERNEL_CRASH} is, after a "bug." row's line): a driver bug that
     * can deadlock or glitch the stream, though the kernel goes on.
     */
    public static final MessageForm KERNEL_ATOMIC_SLEEP = new MessageForm("kernel.atomic-sleep", DRIVER_ERROR,
            "sleep in atomic context: %s [%s], after %s, in task %s", PcmDirection.UNKNOWN, ANY, false, "",
            "a sleeping-in-atomic report whose trace runs through audio or DMA code (the reader's CrashWindow)",
            "fsl_sai_set_bclk+0x58/0x1f0");

    /**
     * A kernel warning (WARN_ON) outside the audio and DMA folders whose site or trace shows audio
     * or DMA code calling it (made as {@link #KERNEL_CRASH} is, after a "kernel.warning" row's
     * line): a driver's check failed on the audio path, and the kernel went on.
     */
    public static final MessageForm KERNEL_WARNING = new MessageForm("kernel.warning-trace", DRIVER_ERROR,
            "kernel warning: %s [%s], after %s, in task %s", PcmDirection.UNKNOWN, ANY, false, "",
            "a kernel warning whose site or trace runs through audio or DMA code (the reader's CrashWindow)",
            "snd_usb_endpoint_start+0x1d0/0x3e0 [snd_usb_audio]");

    private static final Map<String, MessageForm> BY_ID = Stream.concat(Stream.concat(ROWS.stream(),
            CODEC_PROBES.values().stream()), Stream.of(KERNEL_CRASH, KERNEL_HANG, KERNEL_ATOMIC_SLEEP, KERNEL_WARNING))
            .collect(Collectors.toMap(MessageForm::id, f -> f));

    /** The rows themselves, for an identity test (rules ask it of every card message). */
    private static final Set<MessageForm> HAND_WRITTEN = Collections.unmodifiableSet(
            Stream.concat(ROWS.stream(), CODEC_PROBES.values().stream()).collect(Collectors.toCollection(
                    () -> Collections.newSetFromMap(new IdentityHashMap<>()))));

    /**
     * The form a driver core's failed-probe line ({@code form}) takes where the failed driver is a
     * codec's, or null where the form is not one of those.
     */
    public static MessageForm codecProbe(MessageForm form) {
        return CODEC_PROBES.get(form.id());
    }

    /** The hand-written row of an id ("sof.dsp-panic"), if there is one. */
    public static Optional<MessageForm> row(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** Whether a form is one of this table's hand-written rows (not one the knowledge base generated). */
    public static boolean isHandWritten(MessageForm form) {
        return HAND_WRITTEN.contains(form);
    }

    /** The rows' keywords for the line filter: a line without any of them holds no catalogued message. */
    public static List<String> keywords() {
        return COMPILED.stream().map(Compiled::anchor).distinct().toList();
    }

    /** The catalogued message this text is, with its printed values; empty when none. */
    public static Optional<Message.Catalogued> match(String text) {
        String body = withoutAlsaSource(text);
        for (int row : ANCHORS.indicesIn(body)) {
            Compiled c = COMPILED.get(row);
            Matcher m = c.pattern().matcher(body);
            if (m.matches()) {
                List<String> values = new ArrayList<>(m.groupCount());
                for (int g = 1; g <= m.groupCount(); g++) {
                    values.add(m.group(g));
                }
                return Optional.of(new Message.Catalogued(c.form(), List.copyOf(values)));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a row may match the text or another that differs from it only where numbers
     * stand: a row whose anchor is in the text, unless one of its literal runs is missing from
     * it and that run's presence is not {@code changeable} by such numbers (then no text of the
     * kind holds it, and the row matches none of them).
     */
    public static boolean mayMatchAlike(String text, Predicate<String> changeable) {
        String body = withoutAlsaSource(text);
        for (int row : ANCHORS.indicesIn(body)) {
            if (!lacksAFixedRun(COMPILED.get(row).runs(), body, changeable)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lacksAFixedRun(List<String> runs, String body, Predicate<String> changeable) {
        for (String run : runs) {
            if (!changeable.test(run) && !body.contains(run)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Kernels before 3.15 printed ALSA messages through snd_printk/snd_printd with the source
     * position first: "ALSA sound/usb/endpoint.c:769 delay: ...". The message proper follows.
     */
    public static String withoutAlsaSource(String text) {
        if (!text.startsWith("ALSA ")) {
            return text;
        }
        int space = text.indexOf(' ', 5);
        if (space < 0) {
            return text;
        }
        String position = text.substring(5, space);
        if (!position.contains(".c:")) {
            return text;
        }
        return text.substring(space + 1);
    }

    private static MessageForm row(String id, MessageFamily family, String format, PcmDirection direction,
                                   List<String> drivers, boolean needsOrigin, String source, String sample) {
        return new MessageForm(id, family, format, direction, drivers, needsOrigin, "", source, sample);
    }

    /**
     * The device a row names in its text rather than before it, or null: the PM core's before
     * 5.14 ("PM: Device 0-001a failed to resume"), its first value; an IOMMU's by its PCI address,
     * as the PCI core names the device ("0000:00:1f.3", Intel's VT-d printing no domain).
     */
    public static String deviceNamed(MessageForm form, List<String> values) {
        if (form.family() == MessageFamily.PM_CORE) {
            return values.isEmpty() ? "" : values.get(0);
        }
        if (form.family() != MessageFamily.IOMMU) {
            return null;
        }
        return switch (form.id()) {
            case IOMMU_DMAR_FAULT -> pciAddress("0000", values, 1);
            case IOMMU_DMAR_FAULT_PASID -> pciAddress("0000", values, 2);
            case IOMMU_AMD_FAULT_NAMED -> values.size() < 4 ? "" : pciAddress(values.get(0), values, 1);
            default -> "";
        };
    }

    /** "0000:00:1f.3" of a domain and the bus, device and function values from {@code at}. */
    private static String pciAddress(String domain, List<String> values, int at) {
        return values.size() < at + 3 ? "" : domain + ":" + values.get(at) + ":" + values.get(at + 1) + "." + values.get(at + 2);
    }
}
