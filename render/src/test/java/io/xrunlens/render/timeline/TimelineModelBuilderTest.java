package io.xrunlens.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.LogAnalysis;
import io.xrunlens.parser.LogReader;
import io.xrunlens.render.timeline.TimelineModel.Bar;
import io.xrunlens.render.timeline.TimelineModel.Kind;
import io.xrunlens.render.timeline.TimelineModel.Marker;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineModelBuilderTest {

    private static Bar bar(TimelineModel m, String txd) {
        return m.bars().stream().filter(b -> b.txd().equals(txd)).findFirst().orElseThrow();
    }

    private static List<Marker> markers(TimelineModel m, Kind kind) {
        return m.markers().stream().filter(x -> x.kind() == kind).toList();
    }

    @Test
    void reportShowsBothFreesAfterTheNewPrep() throws Exception {
        TimelineModel m = TimelineFixture.model("report/imx6-report-flattened.log");
        List<String> lanes = m.lanes();
        assertTrue(lanes.indexOf("user space: PCM ioctls") < lanes.indexOf("ALSA PCM core"));
        assertTrue(lanes.indexOf("dmaengine trigger") < lanes.indexOf("20ec000.sdma ch 2"));
        assertTrue(lanes.indexOf("20ec000.sdma ch 2") < lanes.indexOf("terminate worker"));
        assertTrue(lanes.indexOf("terminate worker") < lanes.indexOf("txd 19499aa8"));
        assertTrue(lanes.indexOf("txd 19499aa8") < lanes.indexOf("txd 0a262722"), "older descriptor first");

        long prep = markers(m, Kind.PREP).stream().mapToLong(Marker::micros).min().orElseThrow();
        assertEquals(535_201_922L, prep);
        List<Marker> frees = markers(m, Kind.FREE);
        assertEquals(List.of("free 19499aa8", "free 0a262722"), frees.stream().map(Marker::label).toList());
        frees.forEach(f -> assertTrue(f.micros() > prep, "free after the prep: " + f));

        Bar old = bar(m, "19499aa8");
        assertTrue(old.submittedBeforeView());
        assertFalse(old.misapplied());
        assertEquals(535_203_182L, old.endMicros());
        Bar fresh = bar(m, "0a262722");
        assertTrue(fresh.misapplied());
        assertEquals(535_202_135L, fresh.startMicros());
        assertEquals(535_203_207L, fresh.endMicros());

        TimelineModel.Shade w = m.window().orElseThrow();
        assertEquals(535_201_664L, w.startMicros());
        assertEquals(535_203_207L, w.endMicros());
    }

    @Test
    void tenSecondStallIsCutIntoItsOwnPanel() throws Exception {
        TimelineModel m = TimelineFixture.model("report/imx6-report-flattened.log");
        assertEquals(2, m.panels().size());
        TimelineModel.Panel race = m.panels().get(0);
        TimelineModel.Panel stall = m.panels().get(1);
        assertTrue(race.endMicros() < 535_210_000L, "the race panel is milliseconds wide: " + race);
        assertTrue(stall.startMicros() <= 545_766_059L && stall.endMicros() >= 545_766_075L, stall.toString());
        assertTrue(race.weight() > stall.weight());
        assertEquals(2, markers(m, Kind.ERROR).size(), "timeout and I/O error in the stall panel");
    }

    /**
     * A soak's burst: XRUNs every 100 ms for 200 s. The steady pace is never cut apart, the
     * long middle the report leaves out is, and no panel's margin reaches into the next.
     */
    @Test
    void aSteadyBurstIsCutOnlyWhereItsEventsArePausedAndCutsArePositive() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            log.append(String.format(Locale.ROOT, "[%12.6f] XRUN: pcmC0D0c:0%n", 200 + i * 0.1));
        }
        InputReport r = new LogAnalysis(LogReader.Options.defaults()).analyze("soak.log", "",
                new ByteArrayInputStream(log.toString().getBytes(StandardCharsets.UTF_8)));
        List<TimelineModel.Panel> panels = TimelineModelBuilder.panels(r.incidents().get(0));
        assertTrue(panels.size() <= 2, panels.toString());
        for (int i = 1; i < panels.size(); i++) {
            assertTrue(panels.get(i).startMicros() > panels.get(i - 1).endMicros(), "a positive cut: " + panels);
        }
    }

    /**
     * A burst of recovered XRUNs over five minutes, a period interrupt every 10 ms: more events
     * than an incident's picture keeps one by one. They are merged with their counts across the
     * whole view (not cut off part way), and the recoveries' descriptors, none of them the
     * incident's, get no lanes.
     */
    @Test
    void aLongBurstIsDrawnToItsEndWithoutALanePerDescriptor(@TempDir Path dir) throws Exception {
        StringBuilder log = new StringBuilder();
        for (int ms = 0; ms < 300_000; ms += 10) {
            double t = 100 + ms / 1000.0;
            log.append(String.format(Locale.ROOT, "[%12.6f] imx-sgtl5000 sound: snd_pcm_period_elapsed()%n", t));
            if (ms % 1000 == 0) {
                int txd = 0x10000000 + ms / 1000;
                log.append(String.format(Locale.ROOT, "[%12.6f] imx-sgtl5000 sound: XRUN: pcmC0D0c:0%n", t + 0.0001));
                log.append(String.format(Locale.ROOT, "[%12.6f] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2%n",
                        t + 0.0002));
                log.append(String.format(Locale.ROOT, "[%12.6f] imx-sdma 20ec000.sdma: vchan 5e7e2c7a: txd %08x[5]:"
                        + " submitted%n", t + 0.0003, txd));
                log.append(String.format(Locale.ROOT, "[%12.6f] imx-sdma 20ec000.sdma: txd %08x: freeing%n", t + 0.9,
                        txd));
            }
        }
        Path file = Files.writeString(dir.resolve("soak.log"), log);
        TimelineModel m = TimelineFixture.model(file, "soak.log");
        assertTrue(m.lanes().stream().noneMatch(l -> l.startsWith("txd ")), m.lanes().toString());
        long last = m.markers().stream().mapToLong(Marker::micros).max().orElseThrow();
        assertTrue(last > 390_000_000L, "drawn to the burst's end, not cut off: " + last);
        assertTrue(m.markers().stream().anyMatch(x -> x.count() > 1), "merged markers say how many");
    }

    @Test
    void stockRaceHasAnInferredWindowFromThePrep() throws Exception {
        TimelineModel m = TimelineFixture.model("synthetic/stock-5.4-race.log");
        assertEquals(535_201_922L, m.window().orElseThrow().startMicros());
        assertTrue(bar(m, "7c1d3e55").misapplied());
        assertFalse(m.lanes().contains("dmaengine trigger"), "no empty lanes: " + m.lanes());
    }

    @Test
    void markersCloserThanAPixelAreCounted() {
        List<Marker> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(new Marker(0, 1_000_000L + i, "BD", Kind.BUFFER, 1));
        }
        many.add(new Marker(0, 1_500_000L, "BD", Kind.BUFFER, 1));
        List<Marker> merged = TimelineModelBuilder.merge(many,
                List.of(new TimelineModel.Panel(0, 2_000_000L, 1)), 1000);
        assertEquals(2, merged.size());
        assertEquals(50, merged.get(0).count());
        assertEquals(1, merged.get(1).count());
    }

    @Test
    void aCauseWithoutDmaDebugStillDrawsItsEvidence() throws Exception {
        TimelineModel m = TimelineFixture.model("causes/rpi-codec-master-no-clock.log");
        assertTrue(m.lanes().contains("bcm2835-dma 3f007000.dma"), m.lanes().toString());
        assertTrue(m.lanes().contains("user space: aplay/arecord"), m.lanes().toString());
        assertTrue(m.markers().stream().anyMatch(x -> x.kind() == TimelineModel.Kind.DRIVER
                && x.label().equals("not-terminated")), m.markers().toString());
    }

    /** The ASoC core's echo of an error is labelled by the call that returned it and the error, not its row's id. */
    @Test
    void anAsocEchoIsLabelledByItsCallAndError() throws Exception {
        TimelineModel m = TimelineFixture.model("causes/rpi4-hdmi-no-display.log");
        assertTrue(m.markers().stream().anyMatch(x -> x.label().equals("dai_startup -19")), m.markers().toString());
        assertTrue(m.markers().stream().noneMatch(x -> x.label().equals("error-at")), m.markers().toString());
    }

    /**
     * A driver that starts its lines with its own name has its own lane, one lane however it
     * spells its name ("hda-intel: ", "hda_intel: "); a kernel driver is never drawn as user space.
     */
    @Test
    void aDriversOwnNameIsItsLaneInEitherSpelling() throws Exception {
        TimelineModel m = TimelineFixture.model("causes/x86-3.2-hda-single-cmd.log");
        assertEquals(List.of("hda-intel"), m.lanes());
        TimelineModel i2sbus = TimelineFixture.model("causes/powerbook-i2sbus-dma-stop.log");
        assertEquals(List.of("i2sbus", "kernel"), i2sbus.lanes());
    }

    /** An IOMMU's fault names its device by PCI address, and is drawn in that device's lane, not the kernel's. */
    @Test
    void anIommuFaultIsDrawnInTheLaneOfTheDeviceItNames() throws Exception {
        TimelineModel m = TimelineFixture.model("causes/x86-hda-dmar-fault.log");
        assertTrue(m.lanes().contains("0000:00:1f.3"), m.lanes().toString());
        assertFalse(m.lanes().contains("kernel"), m.lanes().toString());
    }

    /** A program's catalogued line (a player's open error, PipeWire's) is drawn in its program's lane, not the kernel's. */
    @Test
    void aPlayersOpenErrorIsDrawnInTheProgramsLane(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("no-device.log");
        Files.writeString(log, "[   61.200000] aplay: main:831: audio open error: No such file or directory\n"
                + "[   61.300000] ALSA lib pcm_hw.c:1829:(_snd_pcm_hw_open) Invalid value for card\n");
        TimelineModel m = TimelineFixture.model(log, "no-device.log");
        assertTrue(m.lanes().contains("user space: aplay/arecord"), m.lanes().toString());
        assertTrue(m.lanes().contains("user space: alsa-lib"), m.lanes().toString());
        assertFalse(m.lanes().contains("kernel"), m.lanes().toString());
    }

    /**
     * A player's line with no clock pasted after the kernel's lines of a log with one is drawn at
     * the line before it, in its program's lane: the log's order, not left out.
     */
    @Test
    void aLineWithoutAClockIsDrawnAtTheLineBeforeIt(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("pasted.log");
        Files.writeString(log, "[    5.100000] sun6i-dma 1c02000.dma-controller: No memory for descriptors dma pool\n"
                + "[    5.200000] sun4i-i2s 1c22000.i2s: ASoC: error at snd_soc_pcm_component_hw_params on 1c22000.i2s: -12\n"
                + "aplay: set_params:1416: Unable to install hw params:\n");
        TimelineModel m = TimelineFixture.model(log, "pasted.log");
        int lane = m.lanes().indexOf("user space: aplay/arecord");
        assertTrue(lane >= 0, m.lanes().toString());
        assertTrue(m.markers().stream().anyMatch(x -> x.lane() == lane && x.micros() == 5_200_000L), m.markers().toString());
    }

    @Test
    void twoDescriptorsFreesAreNeverMergedIntoOneCount() {
        List<Marker> frees = List.of(new Marker(0, 1_000_000L, "free 2d9a2f8f", Kind.FREE, 1),
                new Marker(0, 1_000_001L, "free 7c1d3e55", Kind.FREE, 1),
                new Marker(0, 1_000_002L, "free 2d9a2f8f", Kind.FREE, 1));
        List<Marker> merged = TimelineModelBuilder.merge(frees, List.of(new TimelineModel.Panel(0, 2_000_000L, 1)),
                1000);
        assertEquals(2, merged.size(), merged.toString());
        assertEquals(2, merged.get(0).count());
        assertEquals("free 7c1d3e55", merged.get(1).label());
    }

    @Test
    void theWindowSaysWhatShowsTheRace() throws Exception {
        assertEquals("race window: the worker frees after the new prep",
                TimelineFixture.model("report/imx6-report-flattened.log").window().orElseThrow().label());
        assertEquals("race window: the worker starts after the new prep",
                TimelineFixture.model("synthetic/v5.8-worker-after-prep.log").window().orElseThrow().label());
    }

    @Test
    void idleStretchesAreCutOutOfTheAxisButAShortStoryIsNot() throws Exception {
        io.xrunlens.analyzer.finding.Incident report = new io.xrunlens.analyzer.LogAnalysis(
                io.xrunlens.parser.LogReader.Options.defaults()).analyze(TimelineFixture.sample(
                "report/imx6-report-lines.log").toString()).incidents().get(0);
        List<TimelineModel.Panel> panels = TimelineModelBuilder.panels(report);
        assertEquals(2, panels.size(), "the race, then the stall's end 10 s later");
        assertTrue(panels.get(0).width() < 5_000, "the 1.6 ms race keeps its own panel: " + panels.get(0));
        assertTrue(panels.get(0).weight() > panels.get(1).weight());
        assertEquals(1, TimelineModelBuilder.panels(report, 20_000_000L).size(),
                "a clock ticking every 20 s cuts nothing shorter than two ticks");
    }

    @Test
    void anOverviewDrawsTheAudioLinesThatTellOfNoTroubleAndAnIncidentsPictureDoesNot() throws Exception {
        TimelineModel healthy = TimelineFixture.wholeBoot("healthy/x86-hda-realtek.log", true);
        assertFalse(markers(healthy, Kind.NOTE).isEmpty(), "a healthy boot's overview is not an empty chart");
        assertTrue(healthy.lanes().contains("snd_hda_codec_realtek hdaudioC0D0"), healthy.lanes().toString());
        assertEquals(healthy.markers().size(), markers(healthy, Kind.NOTE).size(), "nothing in it reads as trouble");

        TimelineModel overview = TimelineFixture.wholeBoot("causes/x86-sof-ipc-timeout.log", true);
        assertFalse(markers(overview, Kind.NOTE).isEmpty(), "the failing boot's overview shows its notes too");
        assertFalse(markers(overview, Kind.DRIVER).isEmpty(), overview.markers().toString());
        TimelineModel incident = TimelineFixture.wholeBoot("causes/x86-sof-ipc-timeout.log", false);
        assertTrue(markers(incident, Kind.NOTE).isEmpty(), "an incident's picture keeps to the failure: "
                + incident.markers());
        assertEquals(markers(overview, Kind.DRIVER).size(), markers(incident, Kind.DRIVER).size());
    }

    @Test
    void anOverviewKeepsTheWholeBootInBoundedMemoryAndCountsWhatItMerged() {
        TimelineEvents events = new TimelineEvents(0, List.of(), true);
        int n = TimelineEvents.MAX_EVENTS * 5;
        for (int i = 0; i < n; i++) {
            io.xrunlens.record.Record r = new io.xrunlens.record.Record(i + 1, 0, i * 1000L, 6, "imx-sdma",
                    "20ec000.sdma", "txd " + i + ": freeing");
            events.accept(new io.xrunlens.event.Event(r, new io.xrunlens.event.Message.DescriptorFreed(
                    Integer.toHexString(i))));
        }
        assertTrue(events.events().size() <= TimelineEvents.MAX_EVENTS, "kept: " + events.events().size());
        assertEquals(n, events.weights().stream().mapToInt(Integer::intValue).sum(), "every record counted");
        long last = events.events().stream().mapToLong(io.xrunlens.event.Event::micros).max().orElse(0);
        assertTrue(last > (n - 1) * 1000L * 95 / 100, "the end of the boot is still there: " + last);
        assertFalse(events.capped(), "an overview is thinned, not cut");
    }
}
