package io.xrunlens.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * How the fleet's files are cut into Spark partitions: by estimated work, not one task per
 * file. A task's fixed cost (scheduling, a fresh triage run and parser, a cold memo) is paid
 * once per partition, so a few partitions per core are enough to keep the cores busy and to
 * even out the stragglers.
 *
 * <p>The files are placed largest first, each into the lightest partition so far (the LPT rule).
 * A file heavier than a partition's fair share therefore ends up alone: when it is placed, and
 * after, some partition is at most at the mean load, which is below its own.
 */
final class FleetPlan {
    /** Partitions per core of the cluster: enough for the late tasks to be short ones. */
    static final int PARTITIONS_PER_CORE = 3;

    private FleetPlan() {
    }

    /** The partition count for a cluster of {@code cores} cores and {@code files} files. */
    static int partitions(int cores, int files) {
        return Math.max(1, Math.min(files, Math.max(1, cores) * PARTITIONS_PER_CORE));
    }

    /**
     * The files in {@code partitions} groups of about equal work; groups are listed heaviest
     * first, files within a group in name order. No group is empty.
     */
    static List<List<String>> groups(List<FleetFile> files, int partitions) {
        long known = files.stream().filter(f -> f.bytes() >= 0).count();
        long mean = known == 0 ? 0 : files.stream().filter(f -> f.bytes() >= 0).mapToLong(FleetFile::bytes).sum() / known;
        record Weighed(String path, long weight) {
        }
        List<Weighed> byWeight = new ArrayList<>(files.size());
        for (FleetFile f : files) {
            byWeight.add(new Weighed(f.path(), f.weight(mean)));
        }
        byWeight.sort(Comparator.comparingLong((Weighed w) -> -w.weight()).thenComparing(Weighed::path));
        int n = Math.max(1, Math.min(partitions, files.size()));
        PriorityQueue<Bin> bins = new PriorityQueue<>(Comparator.comparingLong((Bin b) -> b.load)
                .thenComparingInt(b -> b.index));
        for (int i = 0; i < n; i++) {
            bins.add(new Bin(i));
        }
        for (Weighed w : byWeight) {
            Bin lightest = bins.poll();
            lightest.paths.add(w.path());
            lightest.load += w.weight();
            bins.add(lightest);
        }
        List<Bin> all = new ArrayList<>(bins);
        all.sort(Comparator.comparingLong((Bin b) -> -b.load).thenComparingInt(b -> b.index));
        List<List<String>> out = new ArrayList<>();
        for (Bin b : all) {
            if (!b.paths.isEmpty()) {
                b.paths.sort(null);
                out.add(b.paths);
            }
        }
        return out;
    }

    private static final class Bin {
        final int index;
        final List<String> paths = new ArrayList<>();
        long load;

        Bin(int index) {
            this.index = index;
        }
    }
}
