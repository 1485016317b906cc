package io.xrunlens.analyzer;

import io.xrunlens.event.Event;
import java.util.function.Consumer;

/**
 * Hands events on in the order of the log's clock, falling back to log order for equal times.
 * printk takes the time on the printing CPU before the record is stored, so a record stored
 * later can carry an earlier time: by the clock, that event happened first, and a worker's free
 * printed a few microseconds "late" must not look like it came after a prep. Records without a
 * time keep their place (they take the time of the record before them).
 *
 * <p>Bounded: an event waits at most {@link #WINDOW_MICROS} of log time or until
 * {@link #MAX_HELD} events are held.
 */
final class ClockOrder {
    /** Cross-CPU timestamp skew is microseconds; this leaves a wide margin. */
    static final long WINDOW_MICROS = 5_000;
    static final int MAX_HELD = 4096;

    /**
     * The events held, sorted by time and then arrival, in a ring: nearly every event comes in
     * clock order and is appended at the tail; one stamped earlier is moved back past the few
     * later ones (a priority queue would pay its logarithm on every event).
     */
    private Event[] events = new Event[64];
    private long[] times = new long[64];
    private int head;
    private int size;
    private final Consumer<Event> next;
    private long lastMicros = Long.MIN_VALUE;
    private long maxMicros = Long.MIN_VALUE;

    ClockOrder(Consumer<Event> next) {
        this.next = next;
    }

    void accept(Event event) {
        long t = event.record().hasTime() ? event.micros() : lastMicros;
        if (event.record().hasTime()) {
            lastMicros = t;
            maxMicros = Math.max(maxMicros, t);
        }
        add(t, event);
        while (size > 0) {
            long first = times[head];
            // Untimed records before any clock sort first and wait for nothing.
            boolean due = size > MAX_HELD || first == Long.MIN_VALUE || maxMicros - first > WINDOW_MICROS;
            if (!due) {
                break;
            }
            next.accept(poll());
        }
    }

    /** Hands on everything held and keeps the clock (a live input went quiet: nothing is coming to reorder). */
    void drain() {
        while (size > 0) {
            next.accept(poll());
        }
    }

    /** Hands on everything held (end of a boot or of the input). */
    void flush() {
        drain();
        lastMicros = Long.MIN_VALUE;
        maxMicros = Long.MIN_VALUE;
    }

    /** Inserts after every held event of the same or an earlier time: equal times keep arrival order. */
    private void add(long t, Event event) {
        if (size == events.length) {
            grow();
        }
        int mask = events.length - 1;
        int at = size;
        while (at > 0 && times[(head + at - 1) & mask] > t) {
            int from = (head + at - 1) & mask;
            int to = (head + at) & mask;
            times[to] = times[from];
            events[to] = events[from];
            at--;
        }
        int slot = (head + at) & mask;
        times[slot] = t;
        events[slot] = event;
        size++;
    }

    private Event poll() {
        Event e = events[head];
        events[head] = null;
        head = (head + 1) & (events.length - 1);
        size--;
        return e;
    }

    private void grow() {
        Event[] e = new Event[events.length * 2];
        long[] t = new long[events.length * 2];
        for (int i = 0; i < size; i++) {
            e[i] = events[(head + i) & (events.length - 1)];
            t[i] = times[(head + i) & (events.length - 1)];
        }
        events = e;
        times = t;
        head = 0;
    }
}
