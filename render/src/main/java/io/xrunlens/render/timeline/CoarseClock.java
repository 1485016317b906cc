package io.xrunlens.render.timeline;

import io.xrunlens.event.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongBinaryOperator;

/**
 * For pictures only: a log whose clock ticks in whole seconds (dmesg -T, syslog) or
 * milliseconds (logcat) stamps the whole race with one time, and drawn as it is every marker
 * sits at x = 0. The records that share a tick are spread evenly across it in log order, which
 * is the order the kernel printed them; the analysis never sees these times.
 */
final class CoarseClock {
    private CoarseClock() {
    }

    /** Display times by input line: the i-th of n records stamped t is drawn at t + (i+1)·tick/(n+1). */
    static LongBinaryOperator spread(List<Event> events, long tick) {
        Map<Long, List<Event>> byStamp = new LinkedHashMap<>();
        for (Event e : events) {
            byStamp.computeIfAbsent(e.micros(), k -> new ArrayList<>()).add(e);
        }
        Map<Long, Long> byLine = new HashMap<>();
        for (Map.Entry<Long, List<Event>> g : byStamp.entrySet()) {
            List<Event> same = g.getValue();
            for (int i = 0; i < same.size(); i++) {
                byLine.putIfAbsent(same.get(i).record().line(), g.getKey() + (i + 1) * tick / (same.size() + 1));
            }
        }
        return (line, micros) -> byLine.getOrDefault(line, micros);
    }

    /** The events at their display times. */
    static List<Event> apply(List<Event> events, LongBinaryOperator to) {
        return events.stream().map(e -> new Event(e.record().withMicros(to.applyAsLong(e.record().line(), e.micros())),
                e.message())).toList();
    }

    /** A range widened to whole ticks, so every record sharing a tick with its ends is read. */
    static long[] widen(long[] range, long tick) {
        return new long[] {Math.floorDiv(range[0], tick) * tick, Math.floorDiv(range[1], tick) * tick + tick - 1};
    }
}
