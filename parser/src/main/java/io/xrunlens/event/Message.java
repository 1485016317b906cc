package io.xrunlens.event;

import java.util.List;

/**
 * What a kernel message says, typed. Messages are values without position, so a parse can be
 * reused for every record that prints the same text (period interrupts print it thousands of
 * times); {@link Event} pairs one with the record it was read from.
 */
public sealed interface Message {

    /**
     * Whether the message is audio at work (ALSA, ASoC, an audio or DMA driver, aplay): not a
     * kernel banner, a stack frame, a line nothing knows, or the scheduler's and interrupt core's
     * notes, which every machine prints. A log with none cannot say whether audio works.
     */
    default boolean isAudio() {
        if (this instanceof Catalogued c) {
            // a note of the kernel's core (a hung task report's hint, the irqpoll option's notice) is no audio either,
            // nor the first line of a kernel's report (an oops, a warning) of any driver: what follows it may be
            return c.form().family() != io.xrunlens.catalog.MessageFamily.LATENCY
                    && c.form().family() != io.xrunlens.catalog.MessageFamily.KERNEL_REPORT
                    && c.form().family() != io.xrunlens.catalog.MessageFamily.IRQ_DISABLED
                    && c.form().family() != io.xrunlens.catalog.MessageFamily.MEMORY
                    && c.form().family() != io.xrunlens.catalog.MessageFamily.USB_CORE
                    && c.form().family() != io.xrunlens.catalog.MessageFamily.PM_CORE
                    && c.form().family() != io.xrunlens.catalog.MessageFamily.IOMMU
                    && c.form().family() != io.xrunlens.catalog.MessageFamily.RATE_LIMITED
                    && !(c.form().family() == io.xrunlens.catalog.MessageFamily.NOTE && c.form().source().startsWith("kernel/"));
        }
        return !(this instanceof Unknown || this instanceof KernelVersion || this instanceof BootBanner
                || this instanceof MachineModel || this instanceof KernelNamed || this instanceof StackFrame);
    }

    /** imx-sdma "%s channel: %d": a driver function acting on a channel. */
    record ChannelCall(String function, int channel, DmaRole role) implements Message {
    }

    /** imx-sdma "entry %d: count: %zu dma: %#llx %s%s": one buffer descriptor of a prep. */
    record BufferDescriptor(int index, long count, String address, boolean wrap, boolean interrupt)
            implements Message {
    }

    /** imx-sdma sdma_prep_slave_sg "setting up %d entries for channel %d.". */
    record SgSetup(int entries, int channel) implements Message {
    }

    /** imx-sdma "loaded firmware %d.%d". */
    record FirmwareLoaded(int major, int minor) implements Message {
    }

    /** virt-dma "vchan %p: txd %p[%x]: submitted"; pointers are hashed, so opaque ids. */
    record DescriptorSubmitted(String vchan, String txd, String cookie) implements Message {
    }

    /**
     * Whether a pointer the kernel printed names nothing: "(____ptrval____)" (4.15 to 5.x, before
     * its random generator is seeded) is what every pointer prints, so it is no descriptor's id.
     */
    static boolean isPlaceholder(String pointer) {
        return pointer.startsWith("(");
    }

    /** virt-dma "txd %p: freeing" (vchan_dma_desc_free_list, kernels up to v5.5). */
    record DescriptorFreed(String txd) implements Message {
    }

    /** instrumented "snd_dmaengine_pcm_trigger command: %d". */
    record PcmTrigger(String function, int command) implements Message {
        public TriggerCommand kind() {
            return TriggerCommand.of(command);
        }
    }

    /** instrumented "snd_pcm_capture_avail: hw_ptr: ..., appl_ptr: ..., avail: ..., boundary: ...". */
    record PcmAvail(PcmDirection direction, long hwPtr, long applPtr, long avail, long boundary)
            implements Message {
    }

    /** instrumented wait_for_avail loop exit "tout=%ld, state=%d": tout 0 means it timed out. */
    record WaitResult(long tout, PcmState state) implements Message {
        public boolean timedOut() {
            return tout == 0;
        }
    }

    /** instrumented wait_for_avail before sleeping "avail=%ld, state=%d, twake=%ld". */
    record WaitSleep(long avail, PcmState state, long twake) implements Message {
    }

    /** instrumented "snd_pcm_do_reset: ioctl SNDRV_PCM_IOCTL1_RESET". */
    record PcmIoctl(String function, String name) implements Message {
    }

    /** instrumented snd_pcm_period_elapsed(): the period interrupt path. */
    record PeriodElapsed() implements Message {
    }

    /** pcm_lib.c "XRUN: pcmC0D0c:0" (CONFIG_SND_PCM_XRUN_DEBUG, xrun_debug bit 0). */
    record Xrun(String pcm, PcmDirection direction) implements Message {
    }

    /**
     * aplay/arecord "underrun!!! (at least 0.044 ms long)" (playback) or "overrun!!! (...)"
     * (capture): the application saw -EPIPE; or {@link #PIPEWIRE}'s word that its recovery from
     * one did not take (the device in XRUN again at once).
     */
    record UserXrun(String program, PcmDirection direction) implements Message {
        /** The program of PipeWire's "snd_pcm_avail after recover: Broken pipe": an XRUN not cleared. */
        public static final String PIPEWIRE = "pipewire";
        /** PipeWire's graph, when a cycle did not finish in time ("graph xrun not-triggered"): recovered. */
        public static final String PIPEWIRE_GRAPH = "pipewire graph";
        /** alsa-lib's snd_pcm_recover ("ALSA lib pcm.c:8559:(snd_pcm_recover) underrun occurred"), in any player. */
        public static final String ALSA_LIB = "alsa-lib";

        /** Whether the program said its recovery did not clear the XRUN. */
        public boolean notCleared() {
            return PIPEWIRE.equals(program);
        }

        /** The XRUN's word by its direction: "underrun" (playback), "overrun" (capture), else "XRUN". */
        public String word() {
            return direction == PcmDirection.PLAYBACK ? "underrun" : direction == PcmDirection.CAPTURE ? "overrun" : "XRUN";
        }
    }

    /**
     * aplay/arecord "pcm_write:2011: write error: Input/output error": the read or write failed;
     * {@code error} is the strerror text ("Input/output error" is -EIO, the kernel's wait gave up),
     * or {@link #POLL_TIMEOUT} for JACK's "ALSA: poll time out", its own wait that gave up.
     */
    record UserIoError(String program, PcmDirection direction, String error) implements Message {
        /** The error of JACK's "ALSA: poll time out, polled for N usecs": no period came in time. */
        public static final String POLL_TIMEOUT = "poll time out";

        /** Whether the program's wait for the device gave up: the kernel's (-EIO) or its own. */
        public boolean isIoError() {
            return error.startsWith("Input/output error") || error.equals(POLL_TIMEOUT);
        }
    }

    /**
     * One frame of a stack dump, innermost function first (an ARM "(a) from (b)" line names two).
     * A frame never stands for the event of the function it names.
     */
    record StackFrame(List<String> functions) implements Message {
    }

    /**
     * A kernel release named outside the boot banner: an oops/WARN header ("CPU: 1 PID: 1080 Comm:
     * arecord Not tainted 6.10.0-rc7 #9") or a pasted `uname -a`. Not a boot start.
     */
    record KernelNamed(KernelRelease release, String source) implements Message {
    }

    /** A message of the {@link io.xrunlens.catalog.MessageCatalog} table, with the values it printed. */
    record Catalogued(io.xrunlens.catalog.MessageForm form, List<String> values) implements Message {
    }

    /** pcm_lib.c "capture write error (DMA or IRQ trouble?)" and its later/older forms. */
    record PcmIoError(PcmDirection direction, String operation, boolean timeout) implements Message {
    }

    /** init/version.c "Linux version 5.4.70-rt40 (...)": the release of this boot. */
    record KernelVersion(KernelRelease release) implements Message {
    }

    /** "Booting Linux on physical CPU 0x0": the first line of a boot on ARM. */
    record BootBanner() implements Message {
    }

    /** drivers/of/fdt.c "Machine model: %s": the board a device-tree boot ran on. */
    record MachineModel(String model) implements Message {
    }

    /** Anything the grammar does not know; the record keeps the text. */
    record Unknown() implements Message {
        public static final Unknown INSTANCE = new Unknown();
    }
}
