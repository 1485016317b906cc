package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.DmaRole;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.event.PcmState;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageParserTest {

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("sdma_prep_dma_cyclic channel: 2",
                        new Message.ChannelCall("sdma_prep_dma_cyclic", 2, DmaRole.PREP_CYCLIC)),
                Arguments.of("sdma_disable_channel_async channel: 2",
                        new Message.ChannelCall("sdma_disable_channel_async", 2, DmaRole.TERMINATE_ASYNC)),
                Arguments.of("sdma_terminate_all channel: 13",
                        new Message.ChannelCall("sdma_terminate_all", 13, DmaRole.TERMINATE_ASYNC)),
                Arguments.of("sdma_channel_terminate_work channel: 2",
                        new Message.ChannelCall("sdma_channel_terminate_work", 2, DmaRole.TERMINATE_WORK)),
                Arguments.of("sdma_config_write channel: 1",
                        new Message.ChannelCall("sdma_config_write", 1, DmaRole.OTHER)),
                Arguments.of("entry 14: count: 256 dma: 0x4a300e00 wrap intr",
                        new Message.BufferDescriptor(14, 256, "0x4a300e00", true, true)),
                Arguments.of("entry 0: count: 256 dma: 0x4a300000 intr",
                        new Message.BufferDescriptor(0, 256, "0x4a300000", false, true)),
                Arguments.of("entry 3: count: 64 dma: 0x4c803000 ",
                        new Message.BufferDescriptor(3, 64, "0x4c803000", false, false)),
                Arguments.of("setting up 4 entries for channel 7.", new Message.SgSetup(4, 7)),
                Arguments.of("loaded firmware 3.5", new Message.FirmwareLoaded(3, 5)),
                Arguments.of("vchan 8aa58994: txd 0a262722[8]: submitted",
                        new Message.DescriptorSubmitted("8aa58994", "0a262722", "8")),
                Arguments.of("vchan 5e7e2c7a: txd 12345678[1a]: submitted",
                        new Message.DescriptorSubmitted("5e7e2c7a", "12345678", "1a")),
                Arguments.of("txd 19499aa8: freeing", new Message.DescriptorFreed("19499aa8")),
                // 4.15 to 5.x before the RNG is seeded: every %p prints alike
                Arguments.of("vchan (____ptrval____): txd (____ptrval____)[8]: submitted",
                        new Message.DescriptorSubmitted("(____ptrval____)", "(____ptrval____)", "8")),
                Arguments.of("txd (____ptrval____): freeing", new Message.DescriptorFreed("(____ptrval____)")),
                Arguments.of("vchan 8aa58994: txd 0a262722[8]: freeing", new Message.DescriptorFreed("0a262722")),
                Arguments.of("snd_dmaengine_pcm_trigger command: 0",
                        new Message.PcmTrigger("snd_dmaengine_pcm_trigger", 0)),
                Arguments.of("snd_pcm_capture_avail: hw_ptr: 960, appl_ptr: 0, avail: 960, boundary: 2013265920",
                        new Message.PcmAvail(PcmDirection.CAPTURE, 960, 0, 960, 2013265920L)),
                Arguments.of("snd_pcm_playback_avail: hw_ptr: 1, appl_ptr: 2, avail: 3, boundary: 4",
                        new Message.PcmAvail(PcmDirection.PLAYBACK, 1, 2, 3, 4)),
                Arguments.of("wait_for_avail: tout=999, state=4", new Message.WaitResult(999, PcmState.XRUN)),
                Arguments.of("wait_for_avail: tout=0, state=3", new Message.WaitResult(0, PcmState.RUNNING)),
                Arguments.of("wait_for_avail: avail=0, state=3, twake=64",
                        new Message.WaitSleep(0, PcmState.RUNNING, 64)),
                Arguments.of("snd_pcm_do_reset: ioctl SNDRV_PCM_IOCTL1_RESET",
                        new Message.PcmIoctl("snd_pcm_do_reset", "SNDRV_PCM_IOCTL1_RESET")),
                Arguments.of("ioctl SNDRV_PCM_IOCTL_PREPARE", new Message.PcmIoctl("", "SNDRV_PCM_IOCTL_PREPARE")),
                Arguments.of("snd_pcm_period_elapsed()", new Message.PeriodElapsed()),
                Arguments.of("snd_pcm_period_elapsed: calls snd_pcm_update_hw_ptr0()", new Message.PeriodElapsed()),
                Arguments.of("XRUN: pcmC0D0c:0", new Message.Xrun("pcmC0D0c:0", PcmDirection.CAPTURE)),
                Arguments.of("XRUN: pcmC1D2p", new Message.Xrun("pcmC1D2p", PcmDirection.PLAYBACK)),
                Arguments.of("capture write error (DMA or IRQ trouble?)",
                        new Message.PcmIoError(PcmDirection.CAPTURE, "write", false)),
                Arguments.of("capture read timeout (DMA or IRQ trouble?)",
                        new Message.PcmIoError(PcmDirection.CAPTURE, "read", true)),
                Arguments.of("playback write timeout (DMA or IRQ trouble?)",
                        new Message.PcmIoError(PcmDirection.PLAYBACK, "write", true)),
                Arguments.of("playback drain error (DMA or IRQ trouble?)",
                        new Message.PcmIoError(PcmDirection.PLAYBACK, "drain", false)),
                Arguments.of("ALSA sound/core/pcm_lib.c:1805 capture write error (DMA or IRQ trouble?)",
                        new Message.PcmIoError(PcmDirection.CAPTURE, "write", false)),
                Arguments.of("ALSA sound/core/pcm_lib.c:2156: playback write error (DMA or IRQ trouble?)",
                        new Message.PcmIoError(PcmDirection.PLAYBACK, "write", false)),
                Arguments.of("Linux version 5.4.70-rt40 (oe-user@oe-host) (gcc version 9.3.0 (GCC)) #1 SMP PREEMPT",
                        new Message.KernelVersion(new KernelRelease("5.4.70-rt40", 5, 4, 70))),
                Arguments.of("Booting Linux on physical CPU 0x0", new Message.BootBanner()),
                Arguments.of("Machine model: Raspberry Pi 4 Model B Rev 1.4",
                        new Message.MachineModel("Raspberry Pi 4 Model B Rev 1.4")),
                Arguments.of("ALSA sound/core/pcm_lib.c:169: XRUN: pcmC0D0p",
                        new Message.Xrun("pcmC0D0p", PcmDirection.PLAYBACK)),
                Arguments.of("ALSA /build/linux-2.6.32/sound/core/pcm_lib.c:169: XRUN: pcmC0D0c",
                        new Message.Xrun("pcmC0D0c", PcmDirection.CAPTURE)),
                Arguments.of("underrun!!! (at least 0.044 ms long)", new Message.UserXrun("", PcmDirection.PLAYBACK)),
                Arguments.of("arecord: overrun!!! (at least 12.345 ms long)",
                        new Message.UserXrun("arecord", PcmDirection.CAPTURE)),
                // cut on a console by the kernel's record, which stands where the line's end would
                Arguments.of("underrun!!! (at least 0.044 ms loUBIFS (ubi0:5): reserved for root: 0 bytes (0 KiB)",
                        new Message.UserXrun("", PcmDirection.PLAYBACK)),
                Arguments.of("underrun!!! (at least 0.0", new Message.UserXrun("", PcmDirection.PLAYBACK)),
                // PipeWire's ALSA node when an XRUN's recovery did not take; older versions print no count
                Arguments.of("spa.alsa: hw:sofrt5682,0p: (45 suppressed) snd_pcm_avail after recover: Broken pipe",
                        new Message.UserXrun("pipewire", PcmDirection.PLAYBACK)),
                Arguments.of("spa.alsa: hw:0,0c: snd_pcm_avail after recover: Broken pipe",
                        new Message.UserXrun("pipewire", PcmDirection.CAPTURE)),
                Arguments.of("spa.alsa: front:3: (125 missed) snd_pcm_avail after recover: Broken pipe",
                        new Message.UserXrun("pipewire", PcmDirection.UNKNOWN)),
                // pasted with the journal's program tag before it
                Arguments.of("pipewire[2216]: spa.alsa: hw:0,0p: (45 missed) snd_pcm_avail after recover: Broken pipe",
                        new Message.UserXrun("pipewire", PcmDirection.PLAYBACK)),
                // PipeWire's graph when a cycle did not finish in time: the driver node's name says the direction
                Arguments.of("pw.node: (alsa_output.pci-0000_00_1f.3.analog-stereo-58) graph xrun not-triggered"
                        + " (0 suppressed)", new Message.UserXrun("pipewire graph", PcmDirection.PLAYBACK)),
                Arguments.of("pipewire[1190]: (alsa_input.usb-Focusrite-00.analog-stereo-41) graph xrun triggered"
                        + " (12 suppressed)", new Message.UserXrun("pipewire graph", PcmDirection.CAPTURE)),
                // JACK's ALSA driver when it recovers from an XRUN (both directions of the device)
                Arguments.of("**** alsa_pcm: xrun of at least 2.345 msecs",
                        new Message.UserXrun("alsa_pcm", PcmDirection.UNKNOWN)),
                Arguments.of("aplay: pcm_write:2011: write error: Input/output error",
                        new Message.UserIoError("aplay", PcmDirection.PLAYBACK, "Input/output error")),
                Arguments.of("arecord: pcm_read:2153: read error: Input/output error",
                        new Message.UserIoError("arecord", PcmDirection.CAPTURE, "Input/output error")),
                Arguments.of("pcm_write:1939: write error: Cannot allocate memory",
                        new Message.UserIoError("", PcmDirection.PLAYBACK, "Cannot allocate memory")),
                // JACK's ALSA driver: its wait for the device's next period gave up
                Arguments.of("ALSA: poll time out, polled for 4000346 usecs, Retrying with a recovery, retry cnt = 1",
                        new Message.UserIoError("jackd", PcmDirection.UNKNOWN, Message.UserIoError.POLL_TIMEOUT)),
                // speaker-test's write_buffer: the error number and its snd_strerror
                Arguments.of("Write error: -5,Input/output error",
                        new Message.UserIoError("speaker-test", PcmDirection.PLAYBACK, "Input/output error")),
                Arguments.of("Write error: -32,Broken pipe", new Message.UserXrun("speaker-test", PcmDirection.PLAYBACK)),
                Arguments.of("snd_pcm_period_elapsed+0x75/0xa0 [snd_pcm]",
                        new Message.StackFrame(List.of("snd_pcm_period_elapsed"))),
                Arguments.of("[<ffffffff8104a1b2>] ? snd_pcm_lib_write1+0x74/0x200",
                        new Message.StackFrame(List.of("snd_pcm_lib_write1"))),
                Arguments.of("lpass_dma_interrupt_handler+0x1c/0x60 [snd_soc_lpass_platform]",
                        new Message.StackFrame(List.of("lpass_dma_interrupt_handler"))),
                Arguments.of("[<c06a1b28>] (__snd_pcm_xrun) from [<c069b1d0>] (snd_pcm_stop_xrun+0x64/0x68)",
                        new Message.StackFrame(List.of("__snd_pcm_xrun", "snd_pcm_stop_xrun"))),
                Arguments.of("(__snd_pcm_xrun) from (snd_pcm_stop_xrun+0x64/0x68)",
                        new Message.StackFrame(List.of("__snd_pcm_xrun", "snd_pcm_stop_xrun"))),
                Arguments.of("CPU: 3 PID: 657 Comm: sh Not tainted 4.19.161 #509",
                        new Message.KernelNamed(new KernelRelease("4.19.161", 4, 19, 161), "oops header")),
                Arguments.of("CPU: 1 UID: 0 PID: 1080 Comm: kworker/1:2 Tainted: G        W          6.10.0-rc7 #9",
                        new Message.KernelNamed(new KernelRelease("6.10.0-rc7", 6, 10, 0), "oops header")),
                Arguments.of("Linux imx6board 5.4.70-2.3.0 #1 SMP PREEMPT Tue Nov 3 10:00:00 UTC 2020 armv7l GNU/Linux",
                        new Message.KernelNamed(new KernelRelease("5.4.70-2.3.0", 5, 4, 70), "uname")));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void parsesEveryForm(String text, Message expected) {
        assertEquals(expected, new MessageParser().parse(text));
        // The keyword prefilter must never hide a form the grammar knows.
        assertEquals(expected, new MessageParser(false).parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "random: crng init done", "ASoC: a text no driver prints",
        "brcmf_sdio_htclk: HT Avail timeout (1000000): clkctl 0x50", "command 0x0c03 tx timeout",
        "sdma_prep_dma_cyclic channel: 99999999999999999999", "txd: freeing", "vchan 1: txd 2: submitted",
        "Linux", "channel", "wait_for_avail: tout=, state=3", "\uFFFD\\x00 channel: \u001b",
        // PipeWire's words of that shape with another error: the card gone, not an XRUN
        "spa.alsa: front:3: snd_pcm_avail after recover: No such device",
        // words of that shape that are not PipeWire's graph
        "pw.node: (a-1) graph xrun triggered (0 missed)",
        // words of that shape that are not an XRUN
        "cpu0: xrun of the week at least twice"})
    void everythingElseIsUnknown(String text) {
        assertInstanceOf(Message.Unknown.class, new MessageParser().parse(text));
        assertInstanceOf(Message.Unknown.class, new MessageParser(false).parse(text));
    }

    /**
     * imx-sdma prints "%s channel: %d" with __func__, a C function's name; "invalid channel: 3"
     * (rockchip-i2s and rockchip-pdm's hw_params error, "Invalid channel: %d" elsewhere) has a
     * word there: another driver's message, read from the knowledge base, whichever came first.
     */
    @ParameterizedTest
    @ValueSource(strings = {"invalid channel: 3", "Invalid channel: 12", "unknown channel: 0"})
    void aWordBeforeChannelIsNoDmaFunction(String text) {
        for (MessageParser p : List.of(new MessageParser(), new MessageParser(false), new MessageParser())) {
            p.parse("sdma_prep_dma_cyclic channel: 2"); // the same shape's tree, parsed first
            Message read = p.parse(text);
            assertFalse(read instanceof Message.ChannelCall, text + " read as " + read);
        }
        Message rockchip = new MessageParser().parse("invalid channel: 3");
        assertInstanceOf(Message.Catalogued.class, rockchip);
        assertEquals(MessageFamily.STREAM_START, ((Message.Catalogued) rockchip).form().family());
    }

    /**
     * 5.x's SOF began its errors with "error: ", which later releases took off the same words (or
     * reworded): such a text no row matches is read without it.
     */
    @Test
    void anErrorPrefixOfOlderReleasesIsReadPast() {
        Message read = new MessageParser().parse("error: ipc timed out for 0x60010000 size 12");
        assertInstanceOf(Message.Catalogued.class, read);
        assertEquals("sof.ipc-timeout-5x", ((Message.Catalogued) read).form().id());
        assertEquals("12", ((Message.Catalogued) read).values().get(1), "the values are read from the words after it");
        assertInstanceOf(Message.Unknown.class, new MessageParser().parse("error: a text no driver prints"));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void memoisedResultIsTheSame(String text, Message expected) {
        MessageParser p = new MessageParser();
        Message first = p.parse(text);
        assertTrue(first == p.parse(text), "second parse of the same text comes from the memo");
        assertEquals(expected, first);
    }

    /**
     * A line that holds a catalogue row's word but none of the grammar's (most lines of drivers
     * that are read at all) is read from the catalogue without lexing it: the same message as
     * through the grammar, and no grammar run. A log of random drivers' lines spent a third of
     * its reading time in the grammar for them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fsl-sai 30010000.sai: failed to derive required Tx rate: 48000",
        "fsl-ssi-dai 2028000.ssi: ASoC: error at snd_soc_dai_hw_params on 2028000.ssi: -22",
        "ASoC: a text no driver prints", "random: crng init done"})
    void aCatalogueLineWithoutTheGrammarsWordsIsNotLexed(String text) {
        MessageParser gated = new MessageParser(true, false, true);
        Message read = gated.parse(text);
        assertEquals(new MessageParser(false, false, false).parse(text), read);
        assertEquals(0, gated.grammarRuns(), "the grammar ran on " + text);
    }
}
