package io.xrunlens.render.timeline;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.input.InputException;
import io.xrunlens.input.InputOpener;
import io.xrunlens.parser.LogReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One picture of one input: reads the file a second time keeping only the events in view,
 * builds the model and writes it. Shared by {@code timeline} and {@code triage --timelines}.
 */
public final class TimelinePicture {
    /** Pixels taken by the lane names on the left, so the plot width is known before drawing. */
    private static final int LANE_LABELS_PX = 260;

    private TimelinePicture() {
    }

    /**
     * @param options how the log was read for {@code report} (the year of year-less stamps)
     * @param panels the stretches of time to draw; empty draws the whole boot
     * @return true when there were more events in view than are drawn
     */
    public static boolean write(LogReader.Options options, Path file, String displayName, InputReport report, int boot,
                                Optional<Incident> incident, List<TimelineModel.Panel> panels, TimelineWriter writer,
                                int width, int height, OutputStream out) throws IOException, InputException {
        List<long[]> ranges = panels.stream().map(x -> new long[] {x.startMicros(), x.endMicros()}).toList();
        TimelineEvents events = new TimelineEvents(boot, ranges);
        InputOpener.OpenedInput in = InputOpener.open(file.toString());
        try (InputStream stream = in.stream()) {
            new LogReader(options).read(in.name(), in.compression(), stream, events);
        }
        List<TimelineModel.Panel> shown = panels;
        if (shown.isEmpty()) {
            long min = events.events().stream().mapToLong(e -> e.micros()).min().orElse(0);
            long max = events.events().stream().mapToLong(e -> e.micros()).max().orElse(1);
            shown = TimelineModelBuilder.panelOver(min, max);
        }
        String subtitle = incident.map(Incident::verdict).orElse(report.incidents().isEmpty()
                ? "No incident found." : report.incidents().size() + " incident(s); none in this view.");
        TimelineModel model = TimelineModelBuilder.build(displayName + " \u2014 boot " + boot, subtitle, incident,
                events.events(), shown, Math.max(200, width - LANE_LABELS_PX)).withTimes(report.summary().clock());
        writer.write(TimelineChart.chart(model), width, height, out);
        return events.capped();
    }
}
