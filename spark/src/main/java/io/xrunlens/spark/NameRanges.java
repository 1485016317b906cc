package io.xrunlens.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.Partitioner;

/**
 * Sends each result row to an output partition by its name, in name order: partition i holds
 * the names from boundary i-1 (inclusive) to boundary i. The boundaries are taken from the
 * driver's sorted file list, so the sort needs no sampling pass over the data (which would
 * analyse every file a second time). An archive member's name ({@code file!member}) sorts
 * after its file's name and so lands beside it or later, never in an earlier partition.
 */
final class NameRanges extends Partitioner {
    private static final long serialVersionUID = 1L;
    /** About this many rows per output file: thousands of inputs, not thousands of files. */
    static final int ROWS_PER_FILE = 25_000;

    private final String[] bounds;

    private NameRanges(String[] bounds) {
        this.bounds = bounds;
    }

    /** Ranges over {@code sortedNames} with at most {@link #ROWS_PER_FILE} names each. */
    static NameRanges of(List<String> sortedNames) {
        int parts = Math.max(1, (sortedNames.size() + ROWS_PER_FILE - 1) / ROWS_PER_FILE);
        String[] bounds = new String[parts - 1];
        for (int i = 1; i < parts; i++) {
            bounds[i - 1] = sortedNames.get((int) ((long) i * sortedNames.size() / parts));
        }
        return new NameRanges(bounds);
    }

    @Override
    public int numPartitions() {
        return bounds.length + 1;
    }

    @Override
    public int getPartition(Object key) {
        int at = Arrays.binarySearch(bounds, (String) key);
        return at >= 0 ? at + 1 : -at - 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameRanges r && Arrays.equals(bounds, r.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }
}
