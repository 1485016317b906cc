package io.xrunlens.render.timeline;

import io.xrunlens.event.Event;
import io.xrunlens.parser.EventSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the typed events of one boot that fall inside the views of a picture; the timeline
 * reads the input a second time with this sink, so memory is bounded by what is drawn.
 */
public final class TimelineEvents implements EventSink {
    /** More than this many events in the views is not a picture anyone can read; stop there. */
    static final int MAX_EVENTS = 20_000;

    private final int boot;
    private final List<long[]> ranges;
    private final List<Event> events = new ArrayList<>();
    private boolean capped;

    /** @param ranges {start, end} pairs in microseconds; empty keeps the whole boot */
    public TimelineEvents(int boot, List<long[]> ranges) {
        this.boot = boot;
        this.ranges = List.copyOf(ranges);
    }

    @Override
    public boolean wantsUnknown() {
        return false;
    }

    @Override
    public void accept(Event event) {
        if (event.record().boot() != boot || event.isUnknown() || !event.record().hasTime()) {
            return;
        }
        if (!ranges.isEmpty() && ranges.stream().noneMatch(r -> event.micros() >= r[0] && event.micros() <= r[1])) {
            return;
        }
        if (events.size() >= MAX_EVENTS) {
            capped = true;
            return;
        }
        events.add(event);
    }

    public List<Event> events() {
        return events;
    }

    /** True when the views held more events than are drawn. */
    public boolean capped() {
        return capped;
    }
}
