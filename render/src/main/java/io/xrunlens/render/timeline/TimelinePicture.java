package io.xrunlens.render.timeline;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.input.InputException;
import io.xrunlens.input.InputOpener;
import io.xrunlens.event.Event;
import io.xrunlens.parser.LogReader;
import io.xrunlens.record.Record;
import io.xrunlens.record.TimeStyle;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongBinaryOperator;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One picture of one input: reads the file a second time keeping only the events in view,
 * builds the model and writes it. Shared by {@code timeline} and {@code triage --timelines}.
 */
public final class TimelinePicture {
    /** Pictures drawn from one reading of the input: memory is this many views' events at most. */
    static final int PICTURES_PER_READING = 8;
    /** An overview's band is at least this part of its span wide: 4 pixels of a 1,600-pixel picture. */
    private static final long MIN_BAND_PARTS = 300;

    /** Pixels taken by the lane names on the left, so the plot width is known before drawing. */
    private static final int LANE_LABELS_PX = 260;

    private TimelinePicture() {
    }

    /** One picture: the boot, the incident it shows (if any), the stretches of time drawn (none: an overview). */
    public record Request(int boot, Optional<Incident> incident, List<TimelineModel.Panel> panels) {
    }

    /** What became of one picture of a {@link #writeAll}. */
    public enum Drawn {
        /** Drawn with every event in view. */
        WHOLE,
        /** Drawn; there were more events in view than are drawn one by one: close ones are merged. */
        CAPPED,
        /** Not drawn, its target not even opened: nothing of the log is in view (a window outside it). */
        NOTHING_IN_VIEW,
        /**
         * Not drawn, its target not even opened: records are in view, but no audio line and no
         * incident (a boot of a machine that never touched audio): an empty chart says nothing.
         */
        NOTHING_TO_DRAW
    }

    /** Where picture {@code index} of a {@link #writeAll} goes, opened once its events are read. */
    @FunctionalInterface
    public interface Target {
        OutputStream open(int index) throws IOException;
    }

    /**
     * @param options how the log was read for {@code report} (the year of year-less stamps)
     * @param panels the stretches of time to draw; empty draws an overview of the whole boot
     * @return true when there were more events in view than are drawn
     */
    public static boolean write(LogReader.Options options, Path file, String displayName, InputReport report, int boot,
                                Optional<Incident> incident, List<TimelineModel.Panel> panels, TimelineWriter writer,
                                int width, int height, OutputStream out) throws IOException, InputException {
        // the caller's stream stays open: writeAll closes what it opens
        OutputStream kept = new io.xrunlens.render.NoCloseOutputStream(out);
        return writeAll(options, file, displayName, report, List.of(new Request(boot, incident, panels)), writer, width,
                height, index -> kept).get(0) == Drawn.CAPPED;
    }

    /**
     * Several pictures of one input, {@link #PICTURES_PER_READING} from each more reading of it:
     * each keeps only the events in its own view (at most {@link TimelineEvents#MAX_EVENTS}), so a
     * log with a dozen incidents is read twice, not a dozen times, in bounded memory.
     *
     * @return for each picture, what became of it
     */
    public static List<Drawn> writeAll(LogReader.Options options, Path file, String displayName, InputReport report,
                                         List<Request> requests, TimelineWriter writer, int width, int height,
                                         Target targets) throws IOException, InputException {
        List<Drawn> capped = new ArrayList<>();
        for (int from = 0; from < requests.size(); from += PICTURES_PER_READING) {
            int first = from;
            List<Request> batch = requests.subList(from, Math.min(requests.size(), from + PICTURES_PER_READING));
            capped.addAll(writeBatch(options, file, displayName, report, batch, writer, width, height,
                    index -> targets.open(first + index)));
        }
        return capped;
    }

    private static List<Drawn> writeBatch(LogReader.Options options, Path file, String displayName, InputReport report,
                                            List<Request> requests, TimelineWriter writer, int width, int height,
                                            Target targets) throws IOException, InputException {
        Clock inputs = Clock.of(report);
        List<Clock> clocks = requests.stream().map(r -> inputs.forIncident(r.incident())).toList();
        List<TimelineEvents> views = new ArrayList<>();
        for (int n = 0; n < requests.size(); n++) {
            Request r = requests.get(n);
            Clock clock = clocks.get(n);
            // Without a clock the panels are only known once the incident is placed by line: read the boot.
            List<long[]> ranges = clock.byLine() ? List.of() : r.panels().stream()
                    .map(x -> new long[] {x.startMicros(), x.endMicros()})
                    .map(range -> clock.coarse() ? CoarseClock.widen(range, clock.tick()) : range).toList();
            views.add(new TimelineEvents(r.boot(), ranges, r.panels().isEmpty(), clock.byLine()));
        }
        InputOpener.OpenedInput in = InputOpener.open(file.toString(), options.maxUnpacked());
        try (InputStream stream = in.stream()) {
            new LogReader(options).read(in.name(), in.compression(), stream, new AllViews(views));
        }
        List<Drawn> drawn = new ArrayList<>();
        for (int n = 0; n < requests.size(); n++) {
            Request r = requests.get(n);
            if (views.get(n).events().isEmpty() && r.incident().isEmpty()) {
                drawn.add(Drawn.NOTHING_IN_VIEW); // an empty picture would say "wrote" and replace a good one
                continue;
            }
            TimelineModel model = model(displayName, report, clocks.get(n), r.boot(), r.incident(), r.panels(),
                    views.get(n), width);
            if (model.markers().isEmpty() && model.bars().isEmpty() && model.bands().isEmpty()
                    && r.incident().isEmpty()) {
                drawn.add(Drawn.NOTHING_TO_DRAW);
                continue;
            }
            try (OutputStream out = targets.open(n)) {
                writer.write(model, width, height, out);
            }
            drawn.add(views.get(n).capped() ? Drawn.CAPPED : Drawn.WHOLE);
        }
        return drawn;
    }

    /**
     * How the input's times are drawn: its style, its tick, whether the tick is coarse (a
     * one-second clock spreads its records) and whether there is no clock (drawn by line).
     */
    private record Clock(TimeStyle times, long tick, boolean coarse, boolean byLine) {
        static Clock of(InputReport report) {
            TimeStyle times = report.summary().clock();
            long tick = times.resolutionMicros();
            return new Clock(times, tick, times.hasClock() && tick >= 1000, !times.hasClock());
        }

        /**
         * How an incident is drawn: as the input's times go, or in log order when it has no
         * time of its own though the input has a clock (a log of another format appended to the
         * input, whose lines carry no clock of the input's).
         */
        Clock forIncident(Optional<Incident> incident) {
            boolean untimed = incident.isPresent() && incident.get().startMicros() == Record.NO_TIME;
            return untimed && !byLine ? new Clock(TimeStyle.NONE, 1, false, true) : this;
        }
    }

    /** Hands every event to each picture's view; each keeps what it shows. */
    private record AllViews(List<TimelineEvents> views) implements io.xrunlens.parser.EventSink {
        @Override
        public void format(io.xrunlens.format.LogFormat format) {
            views.forEach(v -> v.format(format));
        }

        @Override
        public boolean wantsUnknown() {
            return views.stream().anyMatch(TimelineEvents::wantsUnknown);
        }

        @Override
        public void accept(Event e) {
            for (TimelineEvents v : views) {
                v.accept(e);
            }
        }
    }

    /** The picture of one request, as it will be drawn {@code width} pixels wide. */
    private static TimelineModel model(String displayName, InputReport report, Clock clock, int boot,
                                       Optional<Incident> incident, List<TimelineModel.Panel> panels,
                                       TimelineEvents events, int width) {
        boolean overview = panels.isEmpty();
        // a month the log names in a script the picture's font lacks ("12月") is drawn in English
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        Predicate<String> canDraw = word -> font.canDisplayUpTo(word) < 0;
        TimeStyle times = clock.times().drawable(canDraw);
        long tick = clock.tick();
        boolean coarse = clock.coarse();
        boolean byLine = clock.byLine();
        List<Event> drawn = events.events();
        List<Incident> ofBoot = report.incidents().stream().filter(i -> i.boot() == boot)
                .map(i -> byLine ? i.retimed((line, t) -> TimelineEvents.lineMicros(line)) : i)
                .filter(i -> i.startMicros() != Record.NO_TIME).toList();
        List<TimelineModel.Panel> shown = panels;
        if (byLine && incident.isPresent()) {
            // A log without a clock is drawn in log order: the incident's lines are its times.
            incident = incident.map(i -> i.retimed((line, t) -> TimelineEvents.lineMicros(line)));
            shown = overview ? panels : TimelineModelBuilder.panels(incident.get(), 1000);
        }
        if (coarse && !overview) {
            LongBinaryOperator display = CoarseClock.spread(drawn, tick);
            drawn = CoarseClock.apply(drawn, display);
            boolean incidentView = incident.isPresent() && panels.equals(TimelineModelBuilder.panels(incident.get()));
            incident = incident.map(i -> i.retimed(display));
            if (incidentView) {
                shown = TimelineModelBuilder.panels(incident.get(), tick);
            } else {
                // A window narrower than the clock's tick shows whole ticks: that is where its records are drawn.
                shown = panels.stream().map(p -> {
                    long[] r = CoarseClock.widen(new long[] {p.startMicros(), p.endMicros()}, tick);
                    return new TimelineModel.Panel(r[0], r[1], p.weight());
                }).toList();
            }
        }
        String subtitle = incident.map(i -> clock.times().drawable(i.verdict(), canDraw)).orElse(report.incidents().isEmpty()
                ? "No incident found." : report.incidents().size() + " incident(s); none in this view.");
        if (overview) {
            long min = events.events().stream().mapToLong(e -> e.micros()).min().orElse(0);
            long max = events.events().stream().mapToLong(e -> e.micros()).max().orElse(1);
            for (Incident i : ofBoot) {
                min = Math.min(min, i.startMicros());
                max = Math.max(max, i.endMicros());
            }
            shown = TimelineModelBuilder.panelOver(min, max);
            subtitle = ofBoot.isEmpty() ? "No incident in this boot."
                    : ofBoot.size() + (ofBoot.size() == 1 ? " incident" : " incidents") + " in this boot, shaded: "
                    + ofBoot.stream().map(i -> i.cause().id()).distinct().collect(Collectors.joining(", ")) + ".";
        }
        String host = report.hostOf(boot); // a log of several hosts: whose boot this is
        TimelineModel model = TimelineModelBuilder.build(displayName + " \u2014 boot " + boot
                + (host.isEmpty() ? "" : " (" + host + ")"), subtitle,
                overview ? Optional.empty() : incident, drawn, events.weights(), shown,
                Math.max(200, width - LANE_LABELS_PX), overview).withTimes(times);
        if (coarse && !overview) {
            model = model.spreadInLogOrder();
        }
        if (overview) {
            List<TimelineModel.Shade> bands = new ArrayList<>();
            List<String> zoom = new ArrayList<>();
            // an incident of an instant (one error line) is still a band one can see: a few pixels wide
            long span = shown.get(0).endMicros() - shown.get(0).startMicros();
            long least = span / MIN_BAND_PARTS;
            for (int n = 0; n < ofBoot.size(); n++) {
                Incident i = ofBoot.get(n);
                long widen = Math.max(0, least - (i.endMicros() - i.startMicros())) / 2;
                bands.add(new TimelineModel.Shade(i.startMicros() - widen, i.endMicros() + widen,
                        (n + 1) + ": " + i.cause().id()));
                zoom.add((n + 1) + " " + i.cause().id() + ": --window " + window(i, times));
            }
            model = model.withBands(bands);
            if (byLine && !zoom.isEmpty()) {
                // --window needs a clock; without one, each incident's own picture is the zoom
                model = model.withNotes(List.of("To zoom in: leave out --all, and each incident gets a picture"
                        + " of its own."));
            } else if (!zoom.isEmpty()) {
                model = model.withNotes(List.of("To zoom in: " + String.join("; ", zoom)));
            }
        }
        return model;
    }

    /**
     * The --window that shows an incident, in the log's own clock (quoted when it has spaces),
     * rounded outwards to milliseconds (or the clock's tick) so it is short enough to type.
     */
    static String window(Incident i, TimeStyle times) {
        long pad = Math.max(100, (i.endMicros() - i.startMicros()) / 20);
        long step = Math.max(1000, times.resolutionMicros());
        // never before the clock's zero: a boot's first second padded would read "--window -2.84..69.6"
        long start = Math.floorDiv(i.startMicros() >= 0 ? Math.max(0, i.startMicros() - pad) : i.startMicros() - pad, step)
                * step;
        long end = Math.floorDiv(i.endMicros() + pad + step - 1, step) * step;
        String w = trim(times.format(start)) + ".." + trim(times.format(end));
        return w.contains(" ") ? "'" + w + "'" : w;
    }

    /** "534.673000" → "534.673": the zeros rounding left. */
    private static String trim(String time) {
        return time.matches(".*\\.\\d*0") ? time.replaceAll("0+$", "").replaceAll("\\.$", "") : time;
    }
}
