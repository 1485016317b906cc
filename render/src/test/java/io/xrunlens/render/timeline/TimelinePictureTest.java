package io.xrunlens.render.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.LogAnalysis;
import io.xrunlens.analyzer.finding.Cause;
import io.xrunlens.analyzer.finding.Confidence;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.parser.LogReader;
import io.xrunlens.record.TimeStyle;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures drawn together, from one reading per batch of the input, are those drawn one by one. */
class TimelinePictureTest {
    /** The --window an overview offers for an incident: padded, rounded outwards, never before the clock's zero. */
    @Test
    void theWindowOfferedForAnIncidentNeverStartsBeforeZero() {
        assertEquals("0..69.591", TimelinePicture.window(incident(1_000_000L, 66_324_000L), TimeStyle.SECONDS));
        assertEquals("40.655..1229.355", TimelinePicture.window(incident(94_687_000L, 1_175_323_000L),
                TimeStyle.SECONDS));
    }

    private static Incident incident(long start, long end) {
        return new Incident(0, "30010000.sai", "fsl-sai", "", OptionalInt.empty(), PcmDirection.PLAYBACK, start, end,
                "", "", Optional.empty(), List.of(), List.of(), Cause.byId("dai-fifo"), Confidence.OBSERVED, "");
    }

    @Test
    void picturesDrawnFromSharedReadingsEqualThoseDrawnOneByOne(@TempDir Path dir) throws Exception {
        // Eleven boots of the stock race: eleven incidents, more than one reading's batch.
        String boot = Files.readString(TimelineFixture.sample("synthetic/stock-5.4-race.log"));
        Path log = dir.resolve("eleven-boots.log");
        Files.writeString(log, boot.repeat(11));
        LogReader.Options options = LogReader.Options.defaults();
        InputReport report = new LogAnalysis(options).analyze(log.toString());
        List<Incident> incidents = report.incidents();
        assertEquals(11, incidents.size());
        assertTrue(incidents.size() > TimelinePicture.PICTURES_PER_READING);

        List<TimelinePicture.Request> requests = incidents.stream()
                .map(i -> new TimelinePicture.Request(i.boot(), Optional.of(i), TimelineModelBuilder.panels(i))).toList();
        List<ByteArrayOutputStream> together = new ArrayList<>();
        requests.forEach(r -> together.add(new ByteArrayOutputStream()));
        TimelinePicture.writeAll(options, log, "eleven-boots.log", report, requests, TimelineWriter.SVG, 1600, 900,
                together::get);

        for (int n = 0; n < requests.size(); n++) {
            TimelinePicture.Request r = requests.get(n);
            ByteArrayOutputStream alone = new ByteArrayOutputStream();
            TimelinePicture.write(options, log, "eleven-boots.log", report, r.boot(), r.incident(), r.panels(),
                    TimelineWriter.SVG, 1600, 900, alone);
            assertArrayEquals(alone.toByteArray(), together.get(n).toByteArray(), "picture " + n);
            assertTrue(alone.toString().contains("boot " + r.boot()), "picture " + n + " shows its own boot");
        }
    }
}
