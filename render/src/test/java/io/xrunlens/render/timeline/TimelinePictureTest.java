package io.xrunlens.render.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.LogAnalysis;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.parser.LogReader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures drawn together, from one reading per batch of the input, are those drawn one by one. */
class TimelinePictureTest {
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
