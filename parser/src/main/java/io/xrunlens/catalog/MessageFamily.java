package io.xrunlens.catalog;

/**
 * What a catalogued kernel message says about audio, independent of the driver that prints it.
 * Rules read families, not strings: a new driver's FIFO error is a new row of
 * {@link MessageCatalog}, not a new rule.
 */
public enum MessageFamily {
    /** fsl_ssi "Timeout waiting TX FIFO filling": the DAI was enabled but DMA never fed its FIFO. */
    FIFO_NOT_FED,
    /** A DAI FIFO underrun/overrun or frame-sync error (DMA could not keep up). */
    DAI_FIFO,
    /** A DAI that sees no usable clock (bcm2835-i2s SYNC error, STM32 wrong clock configuration). */
    DAI_CLOCK,
    /** A DMA engine could not start, stop or run a channel. */
    DMA_CHANNEL,
    /** An ASoC stream could not be set up or started (hw_params, prepare, trigger). */
    STREAM_START,
    /** The DAI could not derive or hold the sample rate's clock. */
    CLOCK_RATE,
    /** A rate note that is only a problem when it says the rate is off (McASP "off by 0 PPM" is fine). */
    RATE_NOTE,
    /** Codec unreachable or failing (control bus, power-up events). */
    CODEC,
    /**
     * A codec or controller warning that machines whose audio works print too (HDA: a late
     * answer worked around by polling or MSI off, a spurious response, an HDMI codec that could
     * not wake for its keep-alive stream): context that leads a later codec failure's chain, not
     * a failure on its own.
     */
    CODEC_NOTE,
    /** The sound card did not register (often a deferral that resolves later). */
    CARD,
    /** snd-usb-audio isochronous trouble. */
    USB_AUDIO,
    /** snd-usb-audio debug notes (delay estimates): context, not failures. */
    USB_NOTE,
    /**
     * The USB core's lines about any device (reset, disconnect): every machine prints them, so
     * they are no audio activity; beside a USB audio device's failure they say why it failed.
     */
    USB_CORE,
    /**
     * The PM core's word, before 5.14, that a device failed a suspend or resume step, naming the
     * device in its text and no driver ("PM: Device 0-001a failed to resume: error -110"): every
     * machine's devices print it, so it is no audio activity; an audio driver's device that the
     * boot named earlier makes it that device's failure.
     */
    PM_CORE,
    /**
     * An IOMMU's word that a device's DMA faulted, naming the device by its PCI address in its
     * text and no driver (Intel's "DMAR: [DMA Write NO_PASID] Request device [00:1f.3] fault
     * addr …", AMD's without a device): any device's, a GPU's most often, so it is no audio
     * activity; an audio driver's device that the boot named earlier makes it that device's DMA
     * refused.
     */
    IOMMU,
    /** ALSA pointer diagnostics (pcm_lib.c hw_ptr checks). */
    HW_POINTER,
    /** "snd_pcm_update_hw_ptr0: N callbacks suppressed": pointer diagnostics were rate-limited. */
    HW_POINTER_NOTE,
    /** imx-sdma RAM firmware not loaded by the direct loader (may still come by the fallback). */
    SDMA_FW_DIRECT_FAILED,
    /** imx-sdma firmware left to the sysfs/user-helper fallback (late). */
    SDMA_FW_FALLBACK,
    /** imx-sdma runs on ROM scripts: the RAM firmware was not found. */
    SDMA_FW_ROM,
    /** imx-sdma "sdma firmware not ready!": a transfer was refused for want of firmware. */
    SDMA_FW_NOT_READY,
    /** Scheduler, timer, watchdog or RCU stalls: the system could not run audio in time. */
    LATENCY,
    /** An interrupt line was disabled after a storm: whatever used it stops for good. */
    IRQ_DISABLED,
    /**
     * Memory the kernel could not allocate: a contiguous (CMA) allocation or a page allocation
     * that failed. An audio buffer is such an allocation: where a stream fails beside it, the
     * stream had no memory for its buffer.
     */
    MEMORY,
    /** An audio DSP or its firmware failed: IPC timeouts and errors, boot, load or topology failures. */
    DSP_FIRMWARE,
    /**
     * A line of an audio or DMA driver that reads as an error ("failed", "timeout", an error
     * level) but that no message of the knowledge base prints: a newer or vendor kernel's. A
     * note, never silence.
     */
    UNRECOGNISED,
    /** An error-level message of an audio or DMA driver that no closer family describes. */
    DRIVER_ERROR,
    /**
     * The kernel crashed (an oops: a NULL pointer dereference, a paging request it could not
     * handle, a BUG_ON) in audio or DMA code: the site or a caller the oops printed is such a
     * driver's function or module.
     */
    KERNEL_CRASH,
    /**
     * The first line of the kernel's report of a crash or a bug ("BUG: kernel NULL pointer
     * dereference", "BUG: sleeping function called from invalid context"): whose code it is, its
     * site and trace say (the reader's crash window); on its own, context.
     */
    KERNEL_REPORT,
    /**
     * "** 1234 printk messages dropped **": a serial console that could not keep up skipped
     * kernel messages, so a capture of it lacks them (the kernel's buffer, dmesg and the journal
     * keep them); a chain near it may miss links.
     */
    CONSOLE_DROPPED,
    /**
     * "retire_capture_urb: 35 callbacks suppressed": a rate limit (a driver's dev_err_ratelimited
     * and its kin) dropped that many of a function's messages before the next one it let
     * through. Any function's, so no audio activity; the finding of the message it let through
     * counts them.
     */
    RATE_LIMITED,
    /**
     * The firmware loader's word that a file an audio driver asked for is not there ("Direct
     * firmware load for intel/sof/sof-tgl.ri failed with error -2"): on its own context (a
     * codec's optional tuning file); before a problem of the same device, that problem's first
     * record, naming the file it lacked.
     */
    FIRMWARE_FILE,
    /** A message drivers print on healthy boots too (info, notices, optional parts): context, never a finding. */
    NOTE
}
