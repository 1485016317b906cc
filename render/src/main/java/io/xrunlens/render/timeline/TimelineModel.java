package io.xrunlens.render.timeline;

import io.xrunlens.record.TimeStyle;
import java.util.List;
import java.util.Optional;

/**
 * What a timeline picture shows, before any drawing: lanes top to bottom, markers and
 * descriptor bars on them, the shaded race window, and the panels the time axis is cut into
 * (the race's milliseconds, then the end of a 10 s stall in a narrow panel of its own).
 * Times are microseconds on the log's clock; the picture shows milliseconds from
 * {@link #originMicros()}. An {@code overview} shows a whole boot: its incidents are bands, its
 * markers go unlabelled (there are thousands).
 */
public record TimelineModel(String title, String subtitle, List<String> lanes, List<Marker> markers,
                            List<Bar> bars, Optional<Shade> window, List<Shade> bands, List<Panel> panels,
                            long originMicros, TimeStyle times, List<String> notes, boolean spread,
                            boolean overview) {

    /** The same picture, its times named as the log prints them (a date for dmesg -T, syslog). */
    public TimelineModel withTimes(TimeStyle style) {
        return new TimelineModel(title, subtitle, lanes, markers, bars, window, bands, panels, originMicros, style,
                notes, spread, overview);
    }

    /** The same picture with these incidents shaded as bands (the overview of a boot). */
    public TimelineModel withBands(List<Shade> shaded) {
        return new TimelineModel(title, subtitle, lanes, markers, bars, window, List.copyOf(shaded), panels,
                originMicros, times, notes, spread, overview);
    }

    /** The same picture with lines of text under it (zoom hints, what was left out). */
    public TimelineModel withNotes(List<String> lines) {
        return new TimelineModel(title, subtitle, lanes, markers, bars, window, bands, panels, originMicros, times,
                List.copyOf(lines), spread, overview);
    }

    /**
     * The same picture of a coarse clock whose records were spread across their tick in log
     * order ({@link CoarseClock}): the axis then shows order within a tick, not milliseconds.
     */
    public TimelineModel spreadInLogOrder() {
        return new TimelineModel(title, subtitle, lanes, markers, bars, window, bands, panels, originMicros, times,
                notes, true, overview);
    }

    /** What kind of step a marker is; decides its colour, shape and legend entry. */
    public enum Kind {
        IOCTL("ioctl"), PCM("PCM core"), XRUN("XRUN"), TRIGGER("trigger"), TERMINATE("terminate"),
        PREP("prep"), BUFFER("buffer descriptors"), SUBMIT("submit"), CHANNEL("other channel call"),
        WORKER("terminate worker"), FREE("free"), ERROR("stall / I/O error"),
        DRIVER("driver, codec or system line"),
        /** An audio line that tells of no trouble (a card registered, a codec's clock set): drawn only where no incident is. */
        NOTE("audio line, no trouble");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One step on a lane. {@code count} above 1 means several records closer than a pixel were
     * merged into this marker.
     */
    public record Marker(int lane, long micros, String label, Kind kind, int count) {
    }

    /** A descriptor's life from submit to free; {@code misapplied} when the free was the race. */
    public record Bar(int lane, long startMicros, long endMicros, String txd, boolean misapplied,
                      boolean submittedBeforeView, boolean neverFreed) {
    }

    /** The race window: from the terminate to the worker's last free after the new prep. */
    public record Shade(long startMicros, long endMicros, String label) {
    }

    /** A stretch of the time axis; more than one means the gap between them is cut out. */
    public record Panel(long startMicros, long endMicros, int weight) {
        public long width() {
            return Math.max(1, endMicros - startMicros);
        }
    }
}
