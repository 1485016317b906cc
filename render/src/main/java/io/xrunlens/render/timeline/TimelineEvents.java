package io.xrunlens.render.timeline;

import io.xrunlens.event.Event;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.Message;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.parser.EventSink;
import io.xrunlens.record.Record;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the typed events of one boot that fall inside the views of a picture; the timeline
 * reads the input a second time with this sink, so memory is bounded by what is drawn.
 *
 * <p>An incident's views are short and are kept whole, up to {@link #MAX_EVENTS}; past that
 * they are thinned like an overview's. An overview
 * of a whole boot ({@code thin}) may see millions: there, events of the same kind from the same
 * device within one time bucket are kept as one, with a weight, and the bucket doubles whenever
 * more than {@link #MAX_EVENTS} are kept, so the picture covers the whole boot in bounded
 * memory and every merged marker still says how many records it stands for.
 */
public final class TimelineEvents implements EventSink {
    /** More than this many events in the views is not a picture anyone can read. */
    static final int MAX_EVENTS = 20_000;
    private static final long FIRST_BUCKET_MICROS = 100;

    private final int boot;
    private final List<long[]> ranges;
    private boolean thin;
    private final boolean byLine;
    private List<Event> events = new ArrayList<>();
    private List<Integer> weights = new ArrayList<>();
    private Map<String, Integer> slots = new HashMap<>();
    private long bucket = FIRST_BUCKET_MICROS;
    private boolean capped;
    /** The time of the boot's last event with one: where a line without a clock is drawn. */
    private long lastMicros = Record.NO_TIME;
    /** The boot's kernel, once its "Linux version" line is read: a row's line is read as that release prints it. */
    private KernelRelease release;

    /** @param ranges {start, end} pairs in microseconds; empty keeps the whole boot */
    public TimelineEvents(int boot, List<long[]> ranges) {
        this(boot, ranges, false);
    }

    /** @param thin merge same-kind events per time bucket instead of stopping at the cap (overviews) */
    public TimelineEvents(int boot, List<long[]> ranges, boolean thin) {
        this(boot, ranges, thin, false);
    }

    /**
     * @param byLine the log has no clock (dmesg -t, -H), or the incident drawn has none: each
     *               record is placed at its input line, one line a millisecond, so the picture is
     *               in log order
     */
    public TimelineEvents(int boot, List<long[]> ranges, boolean thin, boolean byLine) {
        this.boot = boot;
        this.ranges = List.copyOf(ranges);
        this.thin = thin;
        this.byLine = byLine;
    }

    /** Where a record of a log without a clock is drawn: its line, in milliseconds. */
    public static long lineMicros(long line) {
        return line * 1000;
    }

    @Override
    public boolean wantsUnknown() {
        return false;
    }

    @Override
    public void accept(Event given) {
        Event event = given;
        if (byLine) { // (a record with a time of its own too: the picture is in log order)
            event = new Event(event.record().withMicros(lineMicros(event.record().line())), event.message());
        }
        if (event.record().boot() != boot || event.isUnknown()) {
            return;
        }
        if (event.message() instanceof Message.KernelVersion v) {
            release = v.release();
        }
        event = KnowledgeBase.active().asOfKernel(event, release); // as the analysis read it
        if (!event.record().hasTime()) {
            if (lastMicros == Record.NO_TIME) {
                return;
            }
            // a line with no clock in a log with one (a player's output pasted among the kernel's
            // lines): drawn at the line before it, so the picture keeps the log's order
            event = new Event(event.record().withMicros(lastMicros), event.message());
        }
        lastMicros = event.micros();
        long t = event.micros();
        if (!ranges.isEmpty() && ranges.stream().noneMatch(r -> t >= r[0] && t <= r[1])) {
            return;
        }
        if (thin) {
            keep(event, 1);
            if (events.size() > MAX_EVENTS) {
                coarsen();
            }
            return;
        }
        if (events.size() >= MAX_EVENTS) {
            // A long incident (a burst over minutes): from here on, like an overview, events of
            // one kind close together become one marker with its count, over the whole view.
            capped = true;
            thin = true;
            coarsen();
            keep(event, 1);
            return;
        }
        events.add(event);
        weights.add(1);
    }

    private void keep(Event event, int weight) {
        String key = kind(event) + "@" + Math.floorDiv(event.micros(), bucket);
        Integer slot = slots.get(key);
        if (slot != null) {
            weights.set(slot, weights.get(slot) + weight);
        } else {
            slots.put(key, events.size());
            events.add(event);
            weights.add(weight);
        }
    }

    /** Doubles the bucket and merges what is kept again under it. */
    private void coarsen() {
        List<Event> oldEvents = events;
        List<Integer> oldWeights = weights;
        events = new ArrayList<>();
        weights = new ArrayList<>();
        slots = new HashMap<>();
        bucket *= 2;
        for (int i = 0; i < oldEvents.size(); i++) {
            keep(oldEvents.get(i), oldWeights.get(i));
        }
    }

    /** What makes two events one marker of an overview: their message, device and channel. */
    private static String kind(Event e) {
        Message m = e.message();
        String extra = m instanceof Message.ChannelCall c ? c.channel() + "/" + c.role()
                : m instanceof Message.Catalogued c ? c.form().id() : "";
        return m.getClass().getSimpleName() + "|" + e.record().device() + "|" + extra;
    }

    public List<Event> events() {
        return events;
    }

    /** How many records each kept event stands for (1 unless an overview merged them). */
    public List<Integer> weights() {
        return weights;
    }

    /**
     * True when an incident's views held more events than are drawn one by one, so that markers
     * of one kind close together were merged (never said of an overview, which always merges).
     */
    public boolean capped() {
        return capped;
    }
}
