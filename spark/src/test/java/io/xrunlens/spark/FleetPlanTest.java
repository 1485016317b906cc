package io.xrunlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How files are cut into partitions: by work, each once, heavy ones alone. */
class FleetPlanTest {
    private static List<FleetFile> fleet(int n, long seed) {
        Random rnd = new Random(seed);
        List<FleetFile> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long size = 1_000 + rnd.nextInt(60_000);
            files.add(new FleetFile(String.format("file:/logs/board-%05d.log%s", i, i % 7 == 0 ? ".gz" : ""), size));
        }
        return files;
    }

    private static long load(List<String> group, Map<String, FleetFile> byPath, long mean) {
        return group.stream().mapToLong(p -> byPath.get(p).weight(mean)).sum();
    }

    @Test
    void everyFileIsInExactlyOneGroupAndGroupsAreBalanced() {
        List<FleetFile> files = fleet(3_000, 1);
        List<List<String>> groups = FleetPlan.groups(files, 6);
        assertEquals(6, groups.size());
        List<String> all = groups.stream().flatMap(List::stream).sorted().toList();
        assertEquals(files.stream().map(FleetFile::path).sorted().toList(), all);
        Map<String, FleetFile> byPath = files.stream().collect(Collectors.toMap(FleetFile::path, Function.identity()));
        long mean = files.stream().mapToLong(FleetFile::bytes).sum() / files.size();
        long max = groups.stream().mapToLong(g -> load(g, byPath, mean)).max().orElseThrow();
        long min = groups.stream().mapToLong(g -> load(g, byPath, mean)).min().orElseThrow();
        assertTrue(max - min <= 61_000L * FleetFile.COMPRESSION_RATIO + FleetFile.OPEN_COST,
                "loads differ by at most one file: " + min + ".." + max);
        for (List<String> g : groups) {
            assertEquals(g.stream().sorted().toList(), g, "files of a group in name order");
        }
    }

    @Test
    void aFileHeavierThanItsShareGetsAPartitionToItself() {
        List<FleetFile> files = new ArrayList<>(fleet(200, 2));
        files.add(new FleetFile("file:/logs/huge-soak.log", 2_000_000_000L));
        files.add(new FleetFile("file:/logs/bundle.tar.gz", 300_000_000L));
        List<List<String>> groups = FleetPlan.groups(files, 6);
        assertEquals(List.of("file:/logs/huge-soak.log"), groups.get(0));
        assertEquals(List.of("file:/logs/bundle.tar.gz"), groups.get(1), "compressed: weighed as what it unpacks to");
    }

    @Test
    void sizesAListFileDidNotGiveAreWeighedAsTheMean() {
        List<FleetFile> files = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            files.add(new FleetFile("file:/x/" + i, -1));
        }
        List<List<String>> groups = FleetPlan.groups(files, 4);
        assertEquals(List.of(25, 25, 25, 25), groups.stream().map(List::size).toList());
    }

    @Test
    void fewerFilesThanPartitionsMakeNoEmptyGroupAndTheCutIsDeterministic() {
        List<FleetFile> files = fleet(3, 3);
        List<List<String>> groups = FleetPlan.groups(files, 12);
        assertEquals(3, groups.size());
        assertFalse(groups.stream().anyMatch(List::isEmpty));
        assertEquals(FleetPlan.groups(fleet(500, 4), 6), FleetPlan.groups(fleet(500, 4), 6));
        assertEquals(List.of(), FleetPlan.groups(List.of(), 6));
        assertEquals(6, FleetPlan.partitions(2, 3_000));
        assertEquals(3, FleetPlan.partitions(8, 3));
        assertEquals(1, FleetPlan.partitions(2, 0));
    }

    @Test
    void outputRangesKeepNameOrderAndAnArchivesMembersBesideOrAfterIt() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            names.add(String.format("file:/logs/b%06d.zip", i));
        }
        NameRanges ranges = NameRanges.of(names);
        assertEquals(3, ranges.numPartitions(), "25,000 rows per output file");
        int last = 0;
        for (String n : names) {
            int p = ranges.getPartition(n);
            assertTrue(p >= last, n);
            assertTrue(ranges.getPartition(n + "!var/log/kern.log") >= p, n);
            last = p;
        }
        assertEquals(2, last);
        assertEquals(1, NameRanges.of(List.of()).numPartitions());
    }
}
