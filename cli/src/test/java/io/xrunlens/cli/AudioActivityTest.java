package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "No audio activity in this log" is not "No failure found": a log must show audio to be called fine. */
class AudioActivityTest {
    @TempDir
    Path dir;

    @Test
    void aMachineWithoutSoundSaysSoAndExitsZero() throws Exception {
        Path log = dir.resolve("server.log");
        Files.writeString(log, """
                [    0.000000] Linux version 6.12.9-amd64 (debian-kernel@lists.debian.org) (gcc-14) #1 SMP
                [    0.000000] Command line: BOOT_IMAGE=/boot/vmlinuz-6.12.9-amd64 root=/dev/vda1 quiet
                [    1.204411] virtio_blk virtio1: [vda] 41943040 512-byte logical blocks (21.5 GB/20.0 GiB)
                [    2.310118] EXT4-fs (vda1): mounted filesystem with ordered data mode. Quota mode: none.
                [   12.004330] sched: RT throttling activated
                """);
        Cli cli = Cli.run("analyze", log.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("No audio activity in this log"), cli.out());
        assertFalse(cli.out().contains("No failure found"), cli.out());
        Cli json = Cli.run("analyze", "--format", "json", log.toString());
        assertTrue(json.out().contains("\"audio\" : 0"), json.out());
    }

    /** A board whose audio is a USB device that works: the USB core's word that snd-usb-audio loaded is audio. */
    @Test
    void theUsbAudioDriverLoadedIsAudio() throws Exception {
        Path log = dir.resolve("usb.log");
        Files.writeString(log, """
                [    0.000000] Linux version 6.1.0-rpi7-rpi-v8 (debian-kernel@lists.debian.org) (gcc-12) #1 SMP
                [    9.048080] usbcore: registered new interface driver snd-usb-audio
                [    9.100000] usb 1-1.3: new full-speed USB device number 3 using xhci_hcd
                """);
        Cli cli = Cli.run("analyze", log.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("No failure found"), cli.out());
        Cli storage = Cli.run("analyze", write("storage.log", "[    0.000000] Linux version 6.1.0 (b@h) #1 SMP\n"
                + "[    9.048080] usbcore: registered new interface driver usb-storage\n"));
        assertTrue(storage.out().contains("No audio activity in this log"), storage.out());
    }

    /**
     * An audio DSP firmware's own trace pasted as the log: said to be that, with the kernel's log
     * to give instead, not "no line of an audio driver" (sof-logger's lines carry a kernel-like
     * stamp) nor merely "not a kernel log" (Zephyr's, as SOF's mtrace prints it); pasted into a
     * dmesg log, a note says so and the kernel's lines are read as ever.
     */
    @Test
    void aDspFirmwaresTraceIsToldForWhatItIs() throws Exception {
        String sofLogger = """
                [344115122.500000] (     3948.385498) c0 dw-dma       src/drivers/dw/dma.c:1056 ERROR dw_dma_get_size(): xrun
                [344115129.739583] (        7.239583) c0 dai          4.23     src/audio/dai.c:653  ERROR dai_report_xrun(): xrun
                [344115143.385417] (        6.979167) c0 pipe         4.24     src/audio/pipeline.c:784  pipe trigger cmd 8
                """;
        Cli etrace = Cli.run("analyze", write("etrace.log", sofLogger));
        assertEquals(0, etrace.exit(), etrace.err());
        assertTrue(etrace.out().replaceAll("\\s+", " ").contains("No kernel audio activity in this log: its audio lines"
                + " are a DSP firmware's own"
                + " trace"), etrace.out());
        assertTrue(etrace.out().replaceAll("\\s+", " ").contains("an audio DSP firmware's own trace (SOF's sof-logger, or"
                + " Zephyr's log as SOF's mtrace prints it) in 3 of the first 3 lines"), etrace.out());
        Cli triage = Cli.run("triage", dir.resolve("etrace.log").toString());
        assertTrue(triage.out().replaceAll("\\s+", " ").contains("an audio DSP firmware's own trace, not the kernel's log"),
                triage.out());
        Cli mtrace = Cli.run("analyze", write("mtrace.log", """
                [00:00:09.548,312] <inf> ipc: ipc_cmd: rx: 0x13000004|0x0
                [00:00:09.548,343] <err> dai_comp: dai_common_copy: comp:0 0x4 dai_common_copy(): nothing to copy
                [00:00:09.550,312] <err> ll_schedule: zephyr_domain_thread_fn: ll timer overrun
                """));
        assertEquals(2, mtrace.exit(), mtrace.out());
        assertTrue(mtrace.err().contains("not a kernel log (an audio DSP firmware's own trace, not the kernel's: give"
                + " xrunlens the dmesg or journalctl -k of the same run)"), mtrace.err());
        Cli mixed = Cli.run("analyze", write("mixed.log", "[   10.564477] imx-sgtl5000 sound: XRUN: pcmC0D0c:0\n" + sofLogger));
        assertFalse(mixed.out().contains("No kernel audio activity"), mixed.out());
        assertTrue(mixed.out().replaceAll("\\s+", " ").contains("in 3 of the first 4 lines"), mixed.out());
        Cli kernel = Cli.run("analyze", write("kernel.log", "[    0.000000] Linux version 6.1.0 (b@h) #1 SMP\n"
                + "[    1.000000] (1)[123:kworker/1:2]mmc0: new high speed SDHC card at address aaaa\n"));
        assertFalse(kernel.out().contains("firmware's own trace"), kernel.out());
    }

    private String write(String name, String text) throws Exception {
        Path log = dir.resolve(name);
        Files.writeString(log, text);
        return log.toString();
    }

    /**
     * A handler's bogus return value is reported and the interrupt line kept: no finding; the
     * line the kernel disabled after "nobody cared" stays one.
     */
    @Test
    void aBogusReturnValueIsNoDisabledInterrupt() throws Exception {
        Path log = dir.resolve("irq.log");
        Files.writeString(log, "[   33.508208] irq event 44: bogus return value 5e5d\n");
        Cli json = Cli.run("analyze", "--format", "json", log.toString());
        assertEquals(0, json.exit(), json.out());
        assertFalse(json.out().contains("system-latency"), json.out());
        Files.writeString(log, "[   34.100000] irq 45: nobody cared (try booting with the \"irqpoll\" option)\n"
                + "[   34.100100] Disabling IRQ #45\n");
        assertTrue(Cli.run("analyze", "--format", "json", log.toString()).out().contains("\"rule\" : \"system-latency\""));
    }

    /**
     * The kernel core's notes (the irqpoll option's, the lines of a hung task's report after its
     * first) are no audio, and a hung task's report is one finding: its hint on how to silence
     * such reports is not a second stall.
     */
    @Test
    void theKernelCoresNotesAreNoAudioAndAHungTaskIsOneFinding() throws Exception {
        Path log = dir.resolve("hung.log");
        Files.writeString(log, """
                [    0.000000] Kernel command line: console=ttymxc0,115200 irqpoll
                [    0.000000] Misrouted IRQ fixup and polling support enabled
                [    0.000000] This may significantly impact system performance
                [  242.123456] INFO: task kworker/0:1:45 blocked for more than 120 seconds.
                [  242.123470]       Not tainted 6.1.55 #1
                [  242.123480] "echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.
                [  242.123490] task:kworker/0:1     state:D stack:0     pid:45    ppid:2      flags:0x00000000
                """);
        Cli cli = Cli.run("analyze", log.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("No audio activity in this log"), cli.out());
        Cli json = Cli.run("analyze", "--format", "json", log.toString());
        assertTrue(json.out().contains("\"audio\" : 0"), json.out());
        assertEquals(1, json.out().split("\"rule\" : \"system-latency\"", -1).length - 1, json.out());
        assertFalse(json.out().contains("disables this message"), json.out());
    }

    /** A board whose audio drivers printed, in lines no row reads, has audio: not "no line of an audio driver". */
    @Test
    void unreadLinesOfAudioDriversAreAudio() throws Exception {
        Path log = dir.resolve("rpi.log");
        Files.writeString(log, """
                [    0.000000] Linux version 6.6.51+rpt-rpi-v8 (serge@raspberrypi.com) (gcc-12) #1 SMP PREEMPT
                [    1.101234] bcm2835-dma fe007000.dma: DMA legacy API manager, dmachans=0x1
                [    6.300012] snd-soc-hifiberry-dac soc:sound: ASoC: registered pcm #0 HiFiBerry DAC HiFi pcm5102a-hifi-0
                """);
        Cli cli = Cli.run("analyze", log.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertFalse(cli.out().contains("No audio activity"), cli.out());
        Cli json = Cli.run("analyze", "--format", "json", log.toString());
        assertFalse(json.out().contains("\"audio\" : 0"), json.out());
    }

    /**
     * A 2.6 or 3.x kernel's HDA controller printed under its PCI driver's name, which has a space
     * ("HDA Intel 0000:00:1b.0: "): its lines are an audio driver's, in every format a log comes in.
     */
    @Test
    void anOldKernelsHdaControllerUnderItsSpacedNameIsAudio() throws Exception {
        String lines = """
                [    0.000000] Linux version 3.2.0-4-amd64 (debian-kernel@lists.debian.org) (gcc version 4.6.3) #1 SMP
                [   10.512345] HDA Intel 0000:00:1b.0: PCI INT A -> GSI 22 (level, low) -> IRQ 22
                [   10.512400] HDA Intel 0000:00:1b.0: irq 44 for MSI/MSI-X
                [   10.601234] input: HDA Intel Headphone as /devices/pci0000:00/0000:00:1b.0/sound/card0/input7
                """;
        Path plain = dir.resolve("hda-3.2.log");
        Files.writeString(plain, lines);
        Path syslog = dir.resolve("hda-3.2.syslog");
        Files.writeString(syslog, lines.lines().map(l -> "Jan 12 10:00:01 laptop kernel: " + l + "\n")
                .reduce("", String::concat));
        for (Path log : new Path[] {plain, syslog}) {
            Cli cli = Cli.run("analyze", log.toString());
            assertEquals(0, cli.exit(), cli.err());
            assertTrue(cli.out().contains("No failure found."), cli.out());
            Cli json = Cli.run("analyze", "--format", "json", log.toString());
            assertTrue(json.out().contains("\"audio\" : 2"), json.out());
        }
    }

    @Test
    void aHealthyAudioBootIsNoFailure() {
        Cli cli = Cli.run("analyze", SampleExpectationsTest.samples().resolve("healthy/x86-sof-tgl.log").toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("No failure found."), cli.out());
        assertFalse(cli.out().contains("No audio activity"), cli.out());
    }
}
