package io.xrunlens.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The counts of the fleet report, made in the same pass over the rows as nothing else: inputs,
 * unreadable inputs and the buckets. Tallied per partition on the executors and merged, so the
 * driver receives one small object per bucket, never a row.
 */
final class FleetTally implements Serializable {
    private static final long serialVersionUID = 1L;

    long inputs;
    long unreadable;
    final TreeMap<String, FleetBucket> buckets = new TreeMap<>();

    FleetTally add(FleetRow r) {
        inputs++;
        if (r.bucket().isEmpty()) {
            if (!r.skipped()) {
                unreadable++;
            }
        } else {
            buckets.computeIfAbsent(r.bucket(), id -> new FleetBucket()).add(r);
        }
        return this;
    }

    FleetTally merge(FleetTally o) {
        inputs += o.inputs;
        unreadable += o.unreadable;
        o.buckets.forEach((id, b) -> buckets.merge(id, b, FleetBucket::merge));
        return this;
    }

    /** The buckets in the order of {@code xrunlens triage}: problems first, then by count, then by id. */
    List<FleetBucket> ordered() {
        List<FleetBucket> out = new ArrayList<>(buckets.values());
        out.sort(Comparator.comparing((FleetBucket b) -> !b.problem).thenComparing(b -> -b.count)
                .thenComparing(b -> b.id));
        return out;
    }
}
