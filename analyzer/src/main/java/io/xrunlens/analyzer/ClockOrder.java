package io.xrunlens.analyzer;

import io.xrunlens.event.Event;
import java.util.PriorityQueue;
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

    private record Held(long micros, long seq, Event event) {
    }

    private final PriorityQueue<Held> held = new PriorityQueue<>((a, b) -> a.micros != b.micros
            ? Long.compare(a.micros, b.micros) : Long.compare(a.seq, b.seq));
    private final Consumer<Event> next;
    private long seq;
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
        held.add(new Held(t, seq++, event));
        while (!held.isEmpty()) {
            Held first = held.peek();
            // Untimed records before any clock sort first and wait for nothing.
            boolean due = held.size() > MAX_HELD || first.micros() == Long.MIN_VALUE
                    || maxMicros - first.micros() > WINDOW_MICROS;
            if (!due) {
                break;
            }
            next.accept(held.poll().event());
        }
    }

    /** Hands on everything held and keeps the clock (a live input went quiet: nothing is coming to reorder). */
    void drain() {
        while (!held.isEmpty()) {
            next.accept(held.poll().event());
        }
    }

    /** Hands on everything held (end of a boot or of the input). */
    void flush() {
        while (!held.isEmpty()) {
            next.accept(held.poll().event());
        }
        lastMicros = Long.MIN_VALUE;
        maxMicros = Long.MIN_VALUE;
    }
}
