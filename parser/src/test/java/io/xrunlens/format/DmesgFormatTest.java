package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.record.Record;
import io.xrunlens.record.RecordSink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DmesgFormatTest {
    private final DmesgFormat format = new DmesgFormat();

    private List<Record> frame(String line) {
        List<Record> out = new ArrayList<>();
        format.frame(line, 7, out::add);
        return out;
    }

    /**
     * A line counts the same records whether it is framed or skimmed (no keyword in it): a lead-in
     * before the first stamp is one record, quote markers alone are none.
     */
    @Test
    void framingAndSkimmingCountTheSameRecords() {
        for (String line : List.of("> [    1.000000] usb 1-1: new device", ">> > [    1.000000] usb 1-1: new device",
                "Failure log: [    1.000000] usb 1-1: x [    2.000000] usb 1-1: y", "[    1.000000] usb 1-1: x")) {
            int[] skipped = new int[1];
            format.skim(line, 7, new RecordSink() {
                @Override
                public void accept(Record r) {
                    skipped[0]++;
                }

                @Override
                public void skipped(long micros, boolean hasOrigin) {
                    skipped[0]++;
                }
            });
            assertEquals(frame(line).size(), skipped[0], line);
        }
        assertEquals(1, frame("> [    1.000000] usb 1-1: new device").size());
    }

    @Test
    void framesTimestampOriginAndText() {
        Record r = frame("[  535.201664] imx-sdma 20ec000.sdma: sdma_disable_channel_async channel: 2").get(0);
        assertEquals(535_201_664L, r.micros());
        assertEquals("imx-sdma", r.driver());
        assertEquals("20ec000.sdma", r.device());
        assertEquals("sdma_disable_channel_async channel: 2", r.text());
        assertEquals(7, r.line());
    }

    /**
     * A paste that lost its newlines goes on after the kernel's last record with the user's
     * shell: its prompt ends that record's text (the records are counted as before).
     */
    @Test
    void aShellPromptEndsTheLastOfJoinedRecords() {
        for (String prompt : List.of("[furuta@usbserv ~]$ cd asound/", "root@board:~# aplay -l", "pi@rpi4:/tmp$")) {
            List<Record> rs = frame("$ dmesg [  2.000000] usb 2-1.5: Product: USB AUDIO [  2.100000] ALSA"
                    + " sound/usb/urb.c:838: cannot submit datapipe for urb 0, error -28: not enough bandwidth " + prompt);
            assertEquals("ALSA sound/usb/urb.c:838: cannot submit datapipe for urb 0, error -28: not enough bandwidth",
                    rs.get(rs.size() - 1).text(), prompt);
        }
        // one record on its line keeps its words: a message may hold an address
        assertEquals("x: mail root@board:~# to", frame("[  1.000000] x: mail root@board:~# to").get(0).text());
    }

    /** dev_printk of a device with no driver prints an empty driver name: "]  <device>: text". */
    @Test
    void aDeviceWithoutADriverIsTakenOffItsText() {
        Record r = frame("[   41.220150]  1c22400.i2s-pcm5102a-hifi: ASoC: error at __soc_pcm_hw_params on x: -22").get(0);
        assertEquals("ASoC: error at __soc_pcm_hw_params on x: -22", r.text());
        assertFalse(r.hasOrigin());
        // a DPCM front end's runtime device, named after its link
        assertEquals("ASoC: no backend DAIs enabled for MultiMedia1",
                frame("[   79.214823]  MultiMedia1: ASoC: no backend DAIs enabled for MultiMedia1").get(0).text());
        for (String kept : List.of("[    1.000000]  00000000: 00 01 02 03", "[    1.000000]   1c22400.i2s-x: three spaces",
                "[    1.000000] 1c22400.i2s-x: one space", "[    1.000000]  0-...!: (1 GPs behind)",
                "[    1.000000]  nodigit-here: text", "[    1.000000]  Memory: 2048K", "[    1.000000]  node1: x")) {
            assertEquals(kept.substring(kept.indexOf(']') + 1).strip(), frame(kept).get(0).text(), kept);
        }
        // a page or a mail that collapsed the two spaces into one: the name is taken before the
        // ASoC core's own words only
        assertEquals("ASoC: error at __soc_pcm_hw_params on x: -22",
                frame("[   41.220150] 1c22400.i2s-pcm5102a-hifi: ASoC: error at __soc_pcm_hw_params on x: -22").get(0).text());
        assertEquals("ASoC: no backend DAIs enabled for MultiMedia1",
                frame("[   79.214823] MultiMedia1: ASoC: no backend DAIs enabled for MultiMedia1").get(0).text());
        assertEquals("node-1: not ASoC", frame("[    1.000000] node-1: not ASoC").get(0).text());
    }

    @Test
    void vendorKernelsCpuAndTaskBeforeTheOriginAreSkipped() {
        for (String task : List.of("[1:  kworker/1:2:  123] ", "(1)[123:kworker/1:2]", "[0:      swapper/0:    0] ")) {
            Record r = frame("[  535.201664] " + task + "imx-sdma 20ec000.sdma: sdma_disable_channel_async channel: 2")
                    .get(0);
            assertEquals("imx-sdma", r.driver(), task);
            assertEquals("sdma_disable_channel_async channel: 2", r.text(), task);
        }
        // MediaTek's Android kernels: a number in angle brackets before the task, the module's tag after it
        Record mtk = frame("<3>[    1.026011] <0> (2)[1:swapper/0]mt-soc-codec mt-soc-codec: ASoC: no source widget found"
                + " for SPEAKER PGA").get(0);
        assertEquals("mt-soc-codec", mtk.driver());
        assertEquals("ASoC: no source widget found for SPEAKER PGA", mtk.text());
        assertEquals("AudDrv_GPIO_probe pinctrl_lookup_state i2s-mclk fail -19", frame("<3>[    1.018868] <0> (2)[1:swapper/0]"
                + "[name:AudDrv_Gpio&]AudDrv_GPIO_probe pinctrl_lookup_state i2s-mclk fail -19").get(0).text());
        assertEquals("<0> not a task", frame("[    1.018868] <0> not a task").get(0).text(), "angle brackets alone stay");
        Record own = frame("[  535.201664] [1: not a task] imx-sdma 20ec000.sdma: x").get(0);
        assertEquals("[1: not a task] imx-sdma 20ec000.sdma: x", own.text(), "a bracket that is no task stays");
    }

    /** journalctl -o short-monotonic's lines appended to dmesg: the host and tag after the stamp are no driver. */
    @Test
    void aJournalsHostAndTagAfterTheStampAreSkipped() {
        Record r = frame("[  535.201598] imx6board kernel: imx-sgtl5000 sound: XRUN: pcmC0D0c:0").get(0);
        assertEquals(535_201_598L, r.micros());
        assertEquals("imx-sgtl5000", r.driver());
        assertEquals("sound", r.device());
        assertEquals("XRUN: pcmC0D0c:0", r.text());
        assertEquals("Freeing unused kernel: memory", frame("[    1.000000] Freeing unused kernel: memory").get(0).text());
        assertEquals("nokernel", frame("[    1.000000] host nokernel: x").get(0).device());
    }

    @Test
    void splitsRecordsFlattenedOntoOneLine() {
        List<Record> records = frame("*Failure Log:* [ 535.201598] imx-sgtl5000 sound: snd_pcm_period_elapsed()"
                + " [ 535.201640] snd_pcm_capture_avail: hw_ptr: 960, appl_ptr: 0 [ 545.766075] imx-sgtl5000 sound:"
                + " capture write error (DMA or IRQ trouble?)");
        assertEquals(4, records.size());
        assertEquals("*Failure Log:*", records.get(0).text());
        assertFalse(records.get(0).hasTime());
        assertEquals("snd_pcm_period_elapsed()", records.get(1).text());
        assertEquals("", records.get(2).driver());
        assertEquals("snd_pcm_capture_avail: hw_ptr: 960, appl_ptr: 0", records.get(2).text());
        assertEquals(545_766_075L, records.get(3).micros());
        records.forEach(r -> assertEquals(7, r.line()));
    }

    /** A serial console: the kernel writes its record where a program's line stands unfinished. */
    @Test
    void printksStampGluedToAProgramsTextOpensARecord() {
        List<Record> records = frame("underrun!!! (at least 0.044 ms lo[   45.123456] fsl-sai 2028000.sai: isr: Transmit underrun detected");
        assertEquals(2, records.size());
        assertEquals("underrun!!! (at least 0.044 ms lo", records.get(0).text());
        assertFalse(records.get(0).hasTime());
        assertEquals(45_123_456L, records.get(1).micros());
        assertEquals("fsl-sai", records.get(1).driver());
        assertEquals("isr: Transmit underrun detected", records.get(1).text());
        assertEquals(2, frame("[   44.000001] foo: bar[   45.123456][  T123] fsl-sai 2028000.sai: x").size());
        // only printk's own form opens a record glued to text: six digits, then a space
        for (String loose : List.of("[    1.000000] foo: x[1.5] y", "[    1.000000] foo: x[ 45.12345] y",
                "[    1.000000] foo: x[ 45.123456]y", "[    1.000000] foo: x[ 45.1234567] y")) {
            assertEquals(1, frame(loose).size(), loose);
        }
    }

    /** dmesg -t's records joined onto one line by a bug tracker: split before each repeat of the device's origin. */
    @Test
    void recordsWithoutStampsJoinedOntoALineSplitAtTheirOrigin() {
        String dev = "sof-audio-pci 0000:00:1f.3: ";
        List<Record> records = frame(dev + "use msi interrupt mode " + dev + "hda codecs found, mask 5 " + dev
                + "ASoC: error at snd_soc_component_probe on 0000:00:1f.3: -2");
        assertEquals(3, records.size(), records.toString());
        assertEquals("hda codecs found, mask 5", records.get(1).text());
        assertEquals("0000:00:1f.3", records.get(2).device());
        assertEquals("ASoC: error at snd_soc_component_probe on 0000:00:1f.3: -2", records.get(2).text());
        // another device, or the origin inside a word, splits nothing
        assertEquals(1, frame(dev + "bound 0000:00:02.0 (ops i915) snd_hda_intel 0000:00:1f.3: x").size());
        assertEquals(1, frame(dev + "x-" + dev + "y").size());
    }

    /** The journal's tag alone, its date and host cut off in a paste, is no part of the record. */
    @Test
    void aBareKernelTagIsSkipped() {
        Record r = frame("kernel: hdaudio hdaudioC0D0: no AFG or MFG node found").get(0);
        assertEquals("hdaudio", r.driver());
        assertEquals("hdaudioC0D0", r.device());
        assertEquals("no AFG or MFG node found", r.text());
        assertEquals("Linux version 6.12.6", frame("kernel: Linux version 6.12.6").get(0).text());
        assertEquals("kernel:", frame("kernel:").get(0).text());
    }

    @Test
    void bracketsInsideAMessageDoNotSplit() {
        List<Record> records = frame("[    1.000000] imx-sdma 20ec000.sdma: vchan 8aa58994: txd 0a262722[8]: submitted");
        assertEquals(1, records.size());
        assertEquals("vchan 8aa58994: txd 0a262722[8]: submitted", records.get(0).text());
    }

    @Test
    void readsLevelPrefixCallerIdAndDynamicDebugDecoration() {
        Record r = frame("<7>[  535.201922][  T123] imx_sdma:sdma_prep_dma_cyclic:1497: imx-sdma 20ec000.sdma:"
                + " sdma_prep_dma_cyclic channel: 2").get(0);
        assertEquals(7, r.level());
        assertEquals(535_201_922L, r.micros());
        assertEquals("imx-sdma", r.driver());
        assertEquals("sdma_prep_dma_cyclic channel: 2", r.text());
    }

    @Test
    void scalesShortFractions() {
        assertEquals(12_300_000L, frame("[   12.3] hello").get(0).micros());
    }

    @Test
    void lineWithoutTimestampIsOneUntimedRecord() {
        List<Record> records = frame("Starting kernel ...");
        assertEquals(1, records.size());
        assertFalse(records.get(0).hasTime());
        assertEquals("Starting kernel ...", records.get(0).text());
    }

    @Test
    void emptyLineIsStillARecord() {
        assertEquals(1, frame("").size());
    }

    @Test
    void originNeedsTwoTokensAndNoSlash() {
        assertEquals("", frame("[1.0] Kernel command line: console=ttymxc0").get(0).driver());
        assertEquals("", frame("[1.0] ALSA sound/core/pcm_lib.c:2156: playback write error").get(0).driver());
        assertEquals("0-000a", frame("[1.0] sgtl5000 0-000a: sgtl5000 revision 0x11").get(0).device());
    }

    /** DT-compatible driver names and DT node names may hold a comma, inside the name only; a driver a '+'. */
    @Test
    void aCommaInsideADriverOrDeviceNameIsPartOfIt() {
        Record r = frame("[1.0] fsl,imx8mp-audio-xcvr 30cc0000.fsl,xcvr: failed to get XCVR reset control").get(0);
        assertEquals("fsl,imx8mp-audio-xcvr", r.driver());
        assertEquals("30cc0000.fsl,xcvr", r.device());
        assertEquals("failed to get XCVR reset control", r.text());
        assertEquals("", frame("[1.0] Found 2 ports, 3 links: all up").get(0).driver());
        assertEquals("cs4232+", frame("[1.0] cs4232+ 00:05: please specify port").get(0).driver()); // an ISA driver's
    }

    @Test
    void scoresDmesgLines() {
        assertTrue(format.score("[    0.000000] Booting Linux on physical CPU 0x0") > 0);
        assertTrue(format.score("<6>[    0.000000] Booting Linux") > 0);
        assertEquals(0, format.score("Nov 24 10:00:00 host kernel: hello"));
    }
}
