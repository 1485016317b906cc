package io.xrunlens.analyzer.finding;

import io.xrunlens.record.Record;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The findings of one kind in a boot, their places ordered by time and by start, so that a link
 * with a window is asked only about the findings the window can hold. A soak log's boot can hold
 * thousands of incidents of one channel; asking every link about every finding of its kind for
 * each incident made such a boot take time in the square of its findings.
 *
 * <p>A finding without a clock stands by line order, which no window bounds, so it is always
 * among those returned. What is returned keeps the list's order, and the link's own tests still
 * decide each finding: the index only leaves out findings whose time no test could accept.
 */
final class TimeIndex {
    /** Below this many findings, a list is scanned whole: sorting it would cost more. */
    static final int MIN_INDEXED = 32;

    private final List<Finding> all;
    private final Sorted byMicros;
    private final Sorted byStart;
    /** The places of the findings with no clock, in list order. */
    private final int[] untimed;

    TimeIndex(List<Finding> all) {
        this.all = all;
        this.byMicros = new Sorted(all, Finding::micros);
        this.byStart = new Sorted(all, Finding::startMicros);
        int n = 0;
        int[] places = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).micros() == Record.NO_TIME) {
                places[n++] = i;
            }
        }
        this.untimed = Arrays.copyOf(places, n);
    }

    /** The findings whose time is in {@code [from, to]}, and those with no clock, in list order. */
    List<Finding> timedBetween(long from, long to) {
        return select(byMicros, from, to);
    }

    /** The findings whose start is in {@code [from, to]}, and those with no clock, in list order. */
    List<Finding> startingBetween(long from, long to) {
        return select(byStart, from, to);
    }

    /** The findings with no clock alone, in list order. */
    List<Finding> untimed() {
        List<Finding> out = new ArrayList<>(untimed.length);
        for (int p : untimed) {
            out.add(all.get(p));
        }
        return out;
    }

    private List<Finding> select(Sorted sorted, long from, long to) {
        int lo = sorted.firstAtOrAfter(from);
        int hi = sorted.firstAtOrAfter(to == Long.MAX_VALUE ? to : to + 1);
        if (lo == 0 && hi == sorted.keys.length && untimed.length + hi == all.size()) {
            return all;
        }
        int[] places = new int[hi - lo + untimed.length];
        System.arraycopy(sorted.places, lo, places, 0, hi - lo);
        System.arraycopy(untimed, 0, places, hi - lo, untimed.length);
        Arrays.sort(places);
        List<Finding> out = new ArrayList<>(places.length);
        for (int p : places) {
            out.add(all.get(p));
        }
        return out;
    }

    /** The places of the findings with a clock, ordered by one of their times. */
    private static final class Sorted {
        final long[] keys;
        final int[] places;

        Sorted(List<Finding> all, ToLongFunction<Finding> time) {
            // each finding's time worked out once: a start scans the evidence, and sorting asks n log n times
            long[] timeOf = new long[all.size()];
            List<Integer> timed = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).micros() != Record.NO_TIME) {
                    timeOf[i] = time.applyAsLong(all.get(i));
                    timed.add(i);
                }
            }
            timed.sort(Comparator.comparingLong(i -> timeOf[i]));
            keys = new long[timed.size()];
            places = new int[timed.size()];
            for (int i = 0; i < places.length; i++) {
                places[i] = timed.get(i);
                keys[i] = timeOf[places[i]];
            }
        }

        /** The first position whose key is at least {@code t}, or the length. */
        int firstAtOrAfter(long t) {
            int lo = 0;
            int hi = keys.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (keys[mid] < t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
