package io.xrunlens.render.timeline;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.LogAnalysis;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.input.InputOpener;
import io.xrunlens.parser.LogReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Builds the timeline model of a sample's first incident, the way the timeline command does. */
final class TimelineFixture {
    static final int PLOT_PIXELS = 1340;

    private TimelineFixture() {
    }

    static Path sample(String relative) {
        return Path.of(System.getProperty("xrunlens.samples", "../samples")).resolve(relative);
    }

    static TimelineModel model(String relative) throws Exception {
        return model(sample(relative), relative);
    }

    /** The same for any log file, titled {@code title}. */
    static TimelineModel model(Path path, String title) throws Exception {
        String file = path.toString();
        String relative = title;
        InputReport report = new LogAnalysis(LogReader.Options.defaults()).analyze(file);
        Incident incident = report.incidents().get(0);
        List<TimelineModel.Panel> panels = TimelineModelBuilder.panels(incident);
        TimelineEvents events = new TimelineEvents(incident.boot(),
                panels.stream().map(p -> new long[] {p.startMicros(), p.endMicros()}).toList());
        InputOpener.OpenedInput in = InputOpener.open(file);
        try (InputStream s = in.stream()) {
            new LogReader(LogReader.Options.defaults()).read(file, in.compression(), s, events);
        }
        return TimelineModelBuilder.build(relative, incident.verdict(), Optional.of(incident), events.events(), panels,
                PLOT_PIXELS);
    }

    /**
     * Boot 0 of a sample drawn whole: as the overview ({@code overview}), or as a picture of its
     * first incident (if any) that happens to span the whole boot.
     */
    static TimelineModel wholeBoot(String relative, boolean overview) throws Exception {
        String file = sample(relative).toString();
        InputReport report = new LogAnalysis(LogReader.Options.defaults()).analyze(file);
        TimelineEvents events = new TimelineEvents(0, List.of(), true);
        InputOpener.OpenedInput in = InputOpener.open(file);
        try (InputStream s = in.stream()) {
            new LogReader(LogReader.Options.defaults()).read(file, in.compression(), s, events);
        }
        long start = events.events().stream().mapToLong(io.xrunlens.event.Event::micros).min().orElse(0);
        long end = events.events().stream().mapToLong(io.xrunlens.event.Event::micros).max().orElse(1);
        Optional<Incident> first = report.incidents().stream().filter(i -> i.boot() == 0).findFirst();
        return TimelineModelBuilder.build(relative, "", first, events.events(), events.weights(),
                TimelineModelBuilder.panelOver(start, end), PLOT_PIXELS, overview);
    }
}
