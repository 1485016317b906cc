package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.catalog.MessageForm;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.kb.KnowledgeBase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An oops is read as a crash in audio or DMA code when its site, its caller or one of the first
 * frames of its trace is such code, in each architecture's words; elsewhere, or in a warning's
 * dump (no oops before it), it gives no crash. Each log comes three times with new stamps and
 * addresses, so that the readers' memos meet its lines again.
 */
class CrashWindowTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // x86-64, 5.1 and later: the site in a module
        "BUG: kernel NULL pointer dereference, address: 0000000000000008~RIP: 0010:snd_hdac_stream_start+0x1a/0x80"
                + " [snd_hda_core]~Call Trace:~ azx_pcm_trigger+0x1c5/0x270 [snd_hda_codec]|snd_hdac_stream_start|snd_hda_core",
        // x86-64 before 5.1: addresses before the symbol
        "BUG: unable to handle kernel NULL pointer dereference at 0000000000000008~RIP: 0010:[<ffffffffa01b2c3d>]"
                + "  [<ffffffffa01b2c3d>] azx_pcm_trigger+0x1c5/0x270 [snd_hda_intel]|azx_pcm_trigger|snd_hda_intel",
        // arm64, a built-in driver: the function names its source file
        "Unable to handle kernel paging request at virtual address ffff800010a8c004~Internal error: Oops: 96000007 [#1]"
                + " PREEMPT SMP~CPU: 1 PID: 388 Comm: aplay Not tainted 6.1.55 #1~pc : fsl_sai_trigger+0x74/0x2a0~lr :"
                + " snd_soc_pcm_dai_trigger+0xc8/0x150|fsl_sai_trigger|",
        // 32-bit ARM: the site in a library function, the caller a DAI driver's
        "Unable to handle kernel NULL pointer dereference at virtual address 00000010 when read~Internal error: Oops:"
                + " 17 [#1] SMP ARM~PC is at memcpy+0x48/0x330~LR is at fsl_ssi_trigger+0x3c/0x200|fsl_ssi_trigger|",
        // a generic helper crashed, an ALSA core function called it
        "general protection fault, probably for non-canonical address 0xdead000000000122: 0000 [#1] PREEMPT SMP NOPTI"
                + "~RIP: 0010:memcpy_orig+0x10/0x120~Call Trace:~ <TASK>~ ? snd_pcm_lib_write1+0x2c5/0x410 [snd_pcm]"
                + "|snd_pcm_lib_write1|snd_pcm",
        // RISC-V: the site and return address its __show_regs names
        "Unable to handle kernel paging request at virtual address 0000000000001010~Oops [#1]~CPU: 0 PID: 512 Comm:"
                + " aplay Not tainted 6.12.9 #1~epc : sun4i_i2s_trigger+0x3a/0x1c0~ ra : snd_soc_pcm_dai_trigger+0x4c/0x110"
                + "|sun4i_i2s_trigger|",
        // 6.12's x86 die header, "Oops: " before its words
        "Oops: general protection fault, probably for non-canonical address 0xdead000000000122: 0000 [#1] PREEMPT SMP"
                + " NOPTI~RIP: 0010:snd_hdac_stream_start+0x1a/0x80 [snd_hda_core]|snd_hdac_stream_start|snd_hda_core",
        // 32-bit ARM's trace, "(callee) from (caller)", and a BUG_ON
        "kernel BUG at sound/core/pcm_native.c:1234!~Internal error: Oops - BUG: 0 [#1] ARM~[<c05a1b2c>]"
                + " (snd_pcm_stop+0x20/0x60) from [<c05a3f10>] (snd_pcm_drain+0x1c0/0x3a0)|snd_pcm_stop|",
    })
    void anOopsInAudioCodeIsOneCrashNamingItsFunction(String lines, String function, String module) {
        List<Event> crashes = crashes(lines);
        assertEquals(3, crashes.size(), lines);
        for (Event e : crashes) {
            Message.Catalogued c = (Message.Catalogued) e.message();
            assertEquals(function, c.values().get(0));
            assertEquals(module == null ? "" : module, c.values().get(1));
            assertEquals(lines.substring(0, lines.indexOf('~')), c.values().get(2), "the oops's first line");
            assertEquals(lines.contains("Comm: aplay") ? "aplay" : "", c.values().get(3), "the task the oops names");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a hung task's trace: through the scheduler to the DMA driver's terminate, under the PCM's close
        "INFO: task aplay:1234 blocked for more than 120 seconds.~      Not tainted 6.1.55 #1~task:aplay"
                + "           state:D stack:0     pid:1234  ppid:1100   flags:0x00000004~Call trace:~ __switch_to+0xe8/0x120"
                + "~ __schedule+0x2f4/0x8a0~ schedule+0x60/0x100~ wait_for_completion+0x8c/0x140~ sdma_terminate_all+0x8c/0x140"
                + "~ snd_dmaengine_pcm_close+0x30/0x70|sdma_terminate_all|aplay",
        // an RCU stall the CPU detected on itself: its stack, where it spins
        "rcu: INFO: rcu_preempt self-detected stall on CPU~rcu: \t0-....: (5249 ticks this GP) idle=a3c/1/0x4000000000000002"
                + "~Task dump for CPU 0:~task:aplay           state:R  running task     stack:0     pid:1234  ppid:1100"
                + "~Call trace:~ fsl_sai_isr+0x4c/0x1b0~ __handle_irq_event_percpu+0x60/0x1e0|fsl_sai_isr|aplay",
        // a soft lockup: the CPU spins where its site says
        "watchdog: BUG: soft lockup - CPU#0 stuck for 23s! [arecord:412]~CPU: 0 PID: 412 Comm: arecord Not tainted"
                + " 6.1.55 #1~RIP: 0010:azx_rirb_get_response+0x9c/0x2a0 [snd_hda_codec]|azx_rirb_get_response|arecord",
    })
    void aTaskStuckInAudioCodeIsOneHangNamingWhereItWaits(String lines, String function, String task) {
        List<Event> hangs = events(lines, MessageCatalog.KERNEL_HANG);
        assertEquals(3, hangs.size(), lines);
        for (Event e : hangs) {
            Message.Catalogued c = (Message.Catalogued) e.message();
            assertEquals(function, c.values().get(0));
            assertEquals(task, c.values().get(3));
        }
        assertTrue(crashes(lines).isEmpty(), "a hang is no crash");
    }

    @Test
    void aSleepInAtomicContextUnderAudioCodeNamesTheDriverFunctionThatSlept() {
        String lines = "BUG: sleeping function called from invalid context at kernel/locking/mutex.c:580~CPU: 2 PID: 1234"
                + " Comm: aplay Not tainted 6.1.55 #1~Call trace:~ dump_backtrace+0x9c/0x120~ __might_resched+0x140/0x190"
                + "~ __mutex_lock+0x48/0x460~ regmap_update_bits_base+0x38/0x90~ fsl_sai_set_bclk+0x58/0x1f0"
                + "~ fsl_sai_trigger+0x9c/0x2a0";
        List<Event> bugs = events(lines, MessageCatalog.KERNEL_ATOMIC_SLEEP);
        assertEquals(3, bugs.size());
        assertEquals(List.of("fsl_sai_set_bclk", "", "BUG: sleeping function called from invalid context at"
                + " kernel/locking/mutex.c:580", "aplay"), ((Message.Catalogued) bugs.get(0).message()).values());
        assertTrue(events("BUG: scheduling while atomic: kworker/0:1/12/0x00000002~Call trace:~ __schedule_bug+0x5c/0x80"
                + "~ ext4_writepages+0x40/0x90", MessageCatalog.KERNEL_ATOMIC_SLEEP).isEmpty(), "a file system's");
    }

    /**
     * A warning outside the audio and DMA folders whose site or trace runs through audio code (a
     * USB host controller's WARN_ON as snd-usb-audio starts its endpoint; the DMA API's, freeing
     * an audio buffer; 3.x's header) names the first audio function and the task; one under a
     * file system's trace, or in sound/ itself (a row of its own), makes none.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "WARNING: CPU: 0 PID: 812 at drivers/usb/dwc2/hcd.c:2919 dwc2_hcd_urb_enqueue+0x1d8/0x1f0~Modules linked in:"
                + " snd_usb_audio~CPU: 0 PID: 812 Comm: speaker-test Not tainted 6.1.21-v8+ #1642~pc :"
                + " dwc2_hcd_urb_enqueue+0x1d8/0x1f0~Call trace:~ dwc2_hcd_urb_enqueue+0x1d8/0x1f0~ usb_hcd_submit_urb+0x9c/0x7f0"
                + "~ snd_usb_endpoint_start+0x1d0/0x3e0 [snd_usb_audio]|snd_usb_endpoint_start|snd_usb_audio|speaker-test",
        "WARNING: CPU: 0 PID: 212 at kernel/dma/mapping.c:532 dma_free_attrs+0x9c/0xc0~pc : dma_free_attrs+0x9c/0xc0"
                + "~lr : snd_dma_free_pages+0x2c/0x40|snd_dma_free_pages||",
        // 32-bit ARM's 5.x trace: a module's function named with its module inside the brackets
        "WARNING: CPU: 0 PID: 417 at drivers/usb/dwc2/hcd.c:2683 dwc2_assign_and_init_hc+0x860/0x900 [dwc2]~CPU: 0 PID:"
                + " 417 Comm: arecord Tainted: G         C        5.10.92-v7 #1~Backtrace:"
                + "~[<80a0e3b8>] (dump_backtrace) from [<80a0e740>] (show_stack+0x20/0x24)"
                + "~ r7:ffffffff r6:00000000 r5:60000193 r4:80fe61b0"
                + "~[<7f0a1000>] (dwc2_assign_and_init_hc [dwc2]) from [<7f0a2000>] (dwc2_hcd_urb_enqueue+0x1a0/0x2b0 [dwc2])"
                + "~[<807c1000>] (usb_submit_urb) from [<7f100000>] (snd_usb_endpoint_start+0x1b4/0x3a0 [snd_usb_audio])"
                + "~[<7f100000>] (snd_usb_endpoint_start [snd_usb_audio]) from [<7f101000>] (snd_usb_substream_capture_trigger"
                + "+0x50/0xa0 [snd_usb_audio])|snd_usb_endpoint_start|snd_usb_audio|arecord",
        // a web page's paste of 3.x's trace, its addresses' brackets taken for tags
        "WARNING: at lib/kref.c:34 kref_get+0x40/0x48()~c00153d4  (unwind_backtrace+0x0/0xfc) from   c03fba1c"
                + "  (dump_stack+0x20/0x24)~c02dc768  (usb_disable_interface+0x4c/0x64) from   c02dcdac"
                + "  (usb_set_interface+0x168/0x244)~c02dcdac  (usb_set_interface+0x168/0x244) from   bf1b3a40"
                + "  (snd_usb_pcm_prepare+0x94/0x1a0)~[] (snd_usb_pcm_prepare+0x94/0x1a0) from [] (snd_pcm_do_prepare+0x1c/0x34)"
                + "|snd_usb_pcm_prepare||",
        // the memory and undefined-behaviour checkers' reports: a bug caught, its trace read as a warning's
        "BUG: KASAN: slab-use-after-free in snd_pcm_period_elapsed+0x1c/0x80 [snd_pcm]~CPU: 0 UID: 0 PID: 212 Comm:"
                + " irq/45-sdma Not tainted 6.12.9 #1~Call trace:~ dump_backtrace+0x9c/0x128~ kasan_report+0xb0/0xf8"
                + "~ snd_pcm_period_elapsed+0x1c/0x80 [snd_pcm]|snd_pcm_period_elapsed|snd_pcm|irq/45-sdma",
        "UBSAN: array-index-out-of-bounds in sound/soc/soc-pcm.c:1234:5~Call Trace:~ <TASK>~ dump_stack_lvl+0x48/0x70"
                + "~ __ubsan_handle_out_of_bounds+0xa0/0xe0~ dpcm_be_dai_trigger+0x3a0/0x3f0 [snd_soc_core]"
                + "|dpcm_be_dai_trigger|snd_soc_core|",
        // after 6.12 the file comes first and the task last
        "WARNING: drivers/usb/dwc2/hcd.c:2684 at dwc2_assign_and_init_hc+0x260/0x580, CPU#0: arecord/417~Call trace:"
                + "~ dwc2_assign_and_init_hc+0x260/0x580 [dwc2]~ dwc2_hcd_urb_enqueue+0x1d8/0x1f0 [dwc2]"
                + "~ snd_usb_endpoint_start+0x1d0/0x3e0 [snd_usb_audio]|snd_usb_endpoint_start|snd_usb_audio|arecord",
        "WARNING: at drivers/usb/host/ehci-q.c:1108 submit_async+0x40/0x98()~Pid: 99, comm: aplay Not tainted 3.4.0 #1"
                + "~ [<c0012345>] (warn_slowpath_common+0x4c/0x64) from [<c0012346>] (warn_slowpath_null+0x1c/0x24)"
                + "~ [<c0012347>] (snd_usb_endpoint_start) from [<c0012348>] (snd_usb_substream_playback_trigger)"
                + "|snd_usb_endpoint_start||",
    })
    void aWarningUnderAudioCodeNamesTheAudioFunctionThatCalledIt(String lines, String function, String module,
                                                                 String task) {
        List<Event> warnings = events(lines, MessageCatalog.KERNEL_WARNING);
        assertEquals(3, warnings.size(), lines);
        List<String> values = ((Message.Catalogued) warnings.get(0).message()).values();
        assertEquals(List.of(function, module == null ? "" : module, lines.substring(0, lines.indexOf('~')),
                task == null ? "" : task), values);
        assertTrue(crashes(lines).isEmpty(), "a warning is no crash");
    }

    /**
     * x86's warning trace starts with the unwinder's guesses ("? __warn+0x89/0x160", "? report_bug"):
     * they neither count among the frames looked at, so a caller deep under them is still found,
     * nor name a caller, so a stale audio frame among them does not make the warning audio's.
     */
    @Test
    void aWarningsUnsureFramesNeitherCountNorName() {
        StringBuilder guesses = new StringBuilder("WARNING: CPU: 3 PID: 4211 at drivers/usb/host/xhci-ring.c:3987"
                + " xhci_queue_isoc_tx_prepare+0x1f4/0x230 [xhci_hcd]~RIP: 0010:xhci_queue_isoc_tx_prepare+0x1f4/0x230"
                + " [xhci_hcd]~Call Trace:~ <TASK>");
        for (String guess : List.of("show_regs", "__warn", "report_bug", "handle_bug", "exc_invalid_op", "asm_exc_invalid_op",
                "snd_pcm_period_elapsed", "xhci_ring_ep_doorbell", "xhci_queue_isoc_tx_prepare")) {
            guesses.append("~ ? ").append(guess).append("+0x18/0x80");
        }
        String callers = "~ xhci_urb_enqueue+0x2a6/0x5a0 [xhci_hcd]~ usb_hcd_submit_urb+0xbd/0x830~ usb_submit_urb+0x274/0x6c0"
                + "~ a+0x1/0x2~ b+0x1/0x2~ c+0x1/0x2~ d+0x1/0x2";
        List<Event> deep = events(guesses + callers + "~ snd_usb_queue_pending_output_urbs+0x1c7/0x300 [snd_usb_audio]",
                MessageCatalog.KERNEL_WARNING);
        assertEquals(3, deep.size());
        assertEquals("snd_usb_queue_pending_output_urbs", ((Message.Catalogued) deep.get(0).message()).values().get(0));
        assertTrue(events(guesses + callers, MessageCatalog.KERNEL_WARNING).isEmpty(), "a guess names no caller");
    }

    @Test
    void aWarningElsewhereOrInSoundItselfMakesNoTracedWarning() {
        assertTrue(events("WARNING: CPU: 1 PID: 77 at fs/ext4/inode.c:3200 ext4_da_write_begin+0x1b2/0x4a0~Call trace:"
                + "~ ext4_da_write_begin+0x1b2/0x4a0~ generic_perform_write+0x8f/0x1c0",
                MessageCatalog.KERNEL_WARNING).isEmpty());
        // KASAN names the function that made the bad access: a wifi driver's is none of audio's, whatever frames follow
        assertTrue(events("BUG: KASAN: use-after-free in brcmf_fweh_process_event+0x3c/0x2a0 [brcmfmac]~Call trace:"
                + "~ brcmf_fweh_process_event+0x3c/0x2a0 [brcmfmac]~ snd_pcm_period_elapsed+0x75/0xa0 [snd_pcm]",
                MessageCatalog.KERNEL_WARNING).isEmpty());
        assertTrue(events("UBSAN: shift-out-of-bounds in drivers/net/wireless/foo.c:12:3~Call Trace:"
                + "~ snd_pcm_period_elapsed+0x75/0xa0 [snd_pcm]", MessageCatalog.KERNEL_WARNING).isEmpty());
        assertTrue(events("WARNING: CPU: 0 PID: 212 at sound/core/pcm_lib.c:1977 snd_pcm_period_elapsed_under_stream_lock"
                + "+0x1f4/0x200~Call trace:~ snd_pcm_period_elapsed+0x2c/0x48", MessageCatalog.KERNEL_WARNING).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a crash in a file system, under a file system's trace
        "BUG: kernel NULL pointer dereference, address: 0000000000000008~RIP: 0010:ext4_da_write_begin+0x1b2/0x4a0"
                + "~Call Trace:~ generic_perform_write+0x8f/0x1c0~ ext4_buffered_write_iter+0x6a/0x100",
        // a warning's dump: no oops before its registers (a warning of its own, above)
        "WARNING: CPU: 0 PID: 212 at kernel/dma/mapping.c:532 dma_free_attrs+0x9c/0xc0~pc : dma_free_attrs+0x9c/0xc0"
                + "~lr : snd_dma_free_pages+0x2c/0x40",
        // a task hung in a file system
        "INFO: task kworker/u8:2:77 blocked for more than 122 seconds.~Call trace:~ __schedule+0x2f4/0x8a0"
                + "~ io_schedule+0x40/0x60~ ext4_journal_check_start+0x24/0x90",
        // a camera driver's function whose first word an HDA quirk registers ("media")
        "Unable to handle kernel NULL pointer dereference at virtual address 0000000000000010~pc :"
                + " media_device_unregister+0x28/0x110~lr : rkisp1_remove+0x30/0x60",
    })
    void anOopsElsewhereOrAWarningIsNoCrash(String lines) {
        assertTrue(crashes(lines).isEmpty(), lines);
        assertTrue(events(lines, MessageCatalog.KERNEL_HANG).isEmpty(), lines);
    }

    @Test
    void aFunctionIsAudiosByItsModuleItsCoreOrItsSourceFilesName() {
        var drivers = KnowledgeBase.builtIn().drivers();
        assertTrue(CrashWindow.isAudio("anything", "snd_soc_core", drivers));
        assertTrue(CrashWindow.isAudio("anything", "imx_sdma", drivers));
        assertTrue(CrashWindow.isAudio("sdw_prepare_stream", "soundwire_bus", drivers));
        assertTrue(CrashWindow.isAudio("dpcm_be_dai_trigger", "", drivers));
        assertTrue(CrashWindow.isAudio("rockchip_i2s_trigger", "", drivers));
        assertFalse(CrashWindow.isAudio("rockchip_drm_bind", "", drivers));
        assertFalse(CrashWindow.isAudio("anything", "ext4", drivers));
        assertFalse(CrashWindow.isAudio("memcpy", "", drivers));
    }

    private static List<Event> crashes(String lines) {
        return events(lines, MessageCatalog.KERNEL_CRASH);
    }

    /** The events of {@code form} read from three copies of the report ('~' between its lines), each with new stamps. */
    private static List<Event> events(String lines, MessageForm form) {
        StringBuilder log = new StringBuilder("[    0.000000] Linux version 6.1.55 (builder@host) (gcc 12.2.0) #1 SMP\n");
        for (int copy = 0; copy < 3; copy++) {
            int n = 0;
            for (String line : lines.split("~")) {
                log.append(String.format("[%5d.%06d] ", 100 + copy * 50, 1000 + n++)).append(line).append('\n');
            }
            log.append(String.format("[%5d.%06d] ---[ end trace 0000000000000000 ]---%n", 100 + copy * 50, 1000 + n));
        }
        List<Event> events = new ArrayList<>();
        new LogReader(LogReader.Options.defaults()).read("t", "", new ByteArrayInputStream(
                log.toString().getBytes(StandardCharsets.UTF_8)), events::add);
        return events.stream().filter(e -> e.message() instanceof Message.Catalogued c && c.form() == form).toList();
    }
}
