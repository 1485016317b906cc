package io.xrunlens.spark;

import java.io.Serializable;
import java.util.TreeSet;

/**
 * A bucket being counted across the fleet: merged on executors, so only one small object per
 * bucket reaches the driver. Keeps the first {@link #EXAMPLES} file names in name order.
 */
final class FleetBucket implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int EXAMPLES = 10;

    String id = "";
    String title = "";
    String signature = "";
    boolean problem;
    long count;
    final TreeSet<String> examples = new TreeSet<>();

    FleetBucket add(FleetRow r) {
        id = r.bucket();
        title = r.title();
        signature = r.signature();
        problem |= r.problem(); // as triage: a bucket is a problem when one of its files is
        count++;
        keep(r.name());
        return this;
    }

    FleetBucket merge(FleetBucket o) {
        if (id.isEmpty()) {
            id = o.id;
            title = o.title;
            signature = o.signature;
        }
        problem |= o.problem;
        count += o.count;
        o.examples.forEach(this::keep);
        return this;
    }

    private void keep(String name) {
        examples.add(name);
        if (examples.size() > EXAMPLES) {
            examples.pollLast();
        }
    }
}
