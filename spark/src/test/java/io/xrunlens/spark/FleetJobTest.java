package io.xrunlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xrunlens.analyzer.triage.Bucket;
import io.xrunlens.analyzer.triage.InputTree;
import io.xrunlens.analyzer.triage.TriageReport;
import io.xrunlens.analyzer.triage.TriageRun;
import io.xrunlens.parser.LogReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fleet job in Spark's local mode against xrunlens triage on the same files. */
class FleetJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of(System.getProperty("xrunlens.samples", "../samples"));
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        // Loopback only, no web UI: a test talks to nothing but itself.
        spark = SparkSession.builder().master("local[2]").appName("xrunlens-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2")
                // As FleetTriage asks for it: the rows must survive Kryo, which cannot build records.
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static List<JsonNode> lines(Path dir) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path p : parts.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(p)) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }

    private static FleetJob.Options defaults() {
        return new FleetJob.Options(List.of(), List.of(), true, 0, false);
    }

    @Test
    void bucketIdsAndCountsEqualXrunlensTriageOnTheSamples(@TempDir Path out) throws Exception {
        FleetJob.Summary s = FleetJob.run(spark, SAMPLES.toString(), out.toString(), defaults());
        InputTree.Filter filter = InputTree.Filter.of(List.of(), InputTree.DEFAULT_EXCLUDES);
        TriageReport triage = new TriageRun(LogReader.Options.defaults(), 2, filter)
                .run(InputTree.collect(List.of(SAMPLES.toString()), filter), done -> { });
        Map<String, Integer> expected = new TreeMap<>();
        for (Bucket b : triage.buckets()) {
            expected.put(b.id(), b.count());
        }
        Map<String, Integer> actual = new TreeMap<>();
        List<JsonNode> buckets = lines(out.resolve("buckets"));
        for (JsonNode b : buckets) {
            actual.put(b.get("id").asText(), b.get("count").asInt());
        }
        assertEquals(expected, actual);
        assertEquals(triage.buckets().get(0).id(), buckets.get(0).get("id").asText(), "the same order");
        List<JsonNode> results = lines(out.resolve("results"));
        assertEquals(triage.results().size() + triage.skipped().size(), results.size());
        assertEquals(results.size(), s.inputs());
        List<String> names = results.stream().map(r -> r.get("file").asText()).toList();
        assertEquals(names.stream().sorted().toList(), names, "results in name order");
    }

    @Test
    void anUnreadableFileIsARowWithItsErrorAndArchiveMembersAreInputs(@TempDir Path in, @TempDir Path out)
            throws Exception {
        Files.copy(SAMPLES.resolve("report/imx6-report-lines.log"), in.resolve("board1.log"));
        Files.write(in.resolve("board2.log.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("var/log/kern.log"));
            z.write(Files.readAllBytes(SAMPLES.resolve("synthetic/stock-5.4-race.log")));
            z.putNextEntry(new ZipEntry("tool/Main.class"));
            z.write(new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 61, 0, 0});
        }
        Files.write(in.resolve("board3.zip"), zip.toByteArray());
        FleetJob.Summary s = FleetJob.run(spark, in.toString(), out.toString(), defaults());
        List<JsonNode> results = lines(out.resolve("results"));
        assertEquals(4, results.size(), results.toString());
        JsonNode broken = results.stream().filter(r -> r.get("file").asText().endsWith("board2.log.gz")).findFirst()
                .orElseThrow();
        assertFalse(broken.get("errors").isEmpty(), broken.toString());
        assertEquals("", broken.get("bucket").asText());
        JsonNode member = results.stream().filter(r -> r.get("file").asText().endsWith("board3.zip!var/log/kern.log"))
                .findFirst().orElseThrow();
        assertFalse(member.get("bucket").asText().isEmpty());
        assertTrue(member.get("incidents").size() > 0, member.toString());
        assertTrue(results.stream().anyMatch(r -> r.get("file").asText().endsWith("!tool/Main.class")
                && r.get("skipped").asText().equals("binary")));
        assertEquals(1, s.unreadable());
    }

    /** Compares the buckets (ids, counts, order) and result names of a fleet run with triage's. */
    private static void assertSameAsTriage(Path folder, Path out) throws Exception {
        InputTree.Filter filter = InputTree.Filter.of(List.of(), InputTree.DEFAULT_EXCLUDES);
        TriageReport triage = new TriageRun(LogReader.Options.defaults(), 2, filter)
                .run(InputTree.collect(List.of(folder.toString()), filter), done -> { });
        List<String> expected = triage.buckets().stream().map(b -> b.id() + " " + b.count()).toList();
        List<String> actual = lines(out.resolve("buckets")).stream()
                .map(b -> b.get("id").asText() + " " + b.get("count").asInt()).toList();
        assertEquals(expected, actual, "buckets, counts and order");
        List<String> names = lines(out.resolve("results")).stream().map(r -> r.get("file").asText())
                .map(n -> n.substring(n.indexOf(folder.toString()))).toList();
        List<String> triageNames = new ArrayList<>();
        triage.results().forEach(r -> triageNames.add(r.name()));
        triage.skipped().forEach(r -> triageNames.add(r.name()));
        assertEquals(triageNames.stream().sorted().toList(), names);
    }

    @Test
    void aFewThousandFilesGiveTriagesBucketsInFewPartitionsEachFileAnalysedOnce(@TempDir Path in, @TempDir Path out)
            throws Exception {
        List<Path> logs;
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            logs = walk.filter(p -> p.toString().endsWith(".log")).sorted().toList();
        }
        for (int i = 0; i < 2_400; i++) {
            Path dir = Files.createDirectories(in.resolve(String.format("batch-%02d", i / 100)));
            Path log = logs.get(i % logs.size());
            Files.copy(log, dir.resolve(String.format("board-%04d-%s", i, log.getFileName())));
        }
        List<Integer> mapTasks = new ArrayList<>();
        SparkListener listener = new SparkListener() {
            @Override
            public void onStageCompleted(SparkListenerStageCompleted done) {
                if (done.stageInfo().shuffleDepId().isDefined()) {
                    synchronized (mapTasks) {
                        mapTasks.add(done.stageInfo().numTasks());
                    }
                }
            }
        };
        spark.sparkContext().addSparkListener(listener);
        try {
            FleetJob.Summary s = FleetJob.run(spark, in.toString(), out.toString(), defaults());
            spark.sparkContext().listenerBus().waitUntilEmpty();
            assertEquals(6, s.partitions(), "three per core of local[2], not one per file");
            assertEquals(List.of(6), mapTasks, "the files are analysed by one stage of six tasks, once");
            assertEquals(2_400, s.inputs());
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
        assertSameAsTriage(in, out);
    }

    @Test
    void aListFileNamesTheInputsWithOrWithoutSizes(@TempDir Path in, @TempDir Path out) throws Exception {
        Files.copy(SAMPLES.resolve("report/imx6-report-lines.log"), in.resolve("a.log"));
        Files.copy(SAMPLES.resolve("synthetic/stock-5.4-race.log"), in.resolve("b.log"));
        Files.copy(SAMPLES.resolve("healthy").resolve(firstHealthy()), in.resolve("c.log"));
        Path list = in.resolve("index.txt");
        Files.writeString(list, "# boards of the night run\n" + in.resolve("b.log") + "\t4096\n\n" + in.resolve("a.log")
                + "\n" + in.resolve("missing.log") + "\t12\n" + in.resolve("a.log") + "\n");
        FleetJob.Summary s = FleetJob.run(spark, "unused", out.toString(), new FleetJob.Options(List.of(), List.of(),
                true, 0, false, Optional.of(list.toString()), 0));
        List<JsonNode> results = lines(out.resolve("results"));
        List<String> names = results.stream().map(r -> r.get("file").asText()).toList();
        assertEquals(3, names.size(), names.toString());
        assertTrue(names.get(0).endsWith("/a.log") && names.get(1).endsWith("/b.log")
                && names.get(2).endsWith("/missing.log"), names.toString());
        assertFalse(results.get(2).get("errors").isEmpty(), "a listed file that is not there is a row with its error");
        assertEquals(1, s.unreadable());
    }

    private static String firstHealthy() throws IOException {
        try (Stream<Path> l = Files.list(SAMPLES.resolve("healthy"))) {
            return l.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().findFirst()
                    .orElseThrow();
        }
    }

    /** The README's example query, run on the Parquet output as a fleet team would. */
    static final String TOP_BUCKETS_BY_KERNEL = "SELECT b.id, b.title, try_element_at(r.incidents, 1).kernel AS kernel,"
            + " count(*) AS boards FROM parquet.`%1$s/parquet/results` r JOIN parquet.`%1$s/parquet/buckets` b"
            + " ON r.bucket = b.id GROUP BY b.id, b.title, kernel ORDER BY boards DESC, b.id LIMIT 20";

    @Test
    void parquetOutputAnswersTheReadmesQuery(@TempDir Path out) throws Exception {
        FleetJob.run(spark, SAMPLES.resolve("synthetic").toString(), out.toString(),
                new FleetJob.Options(List.of(), List.of(), true, 0, true));
        List<org.apache.spark.sql.Row> rows = spark.sql(String.format(TOP_BUCKETS_BY_KERNEL, out)).collectAsList();
        assertFalse(rows.isEmpty());
        org.apache.spark.sql.Row top = rows.get(0);
        assertTrue(top.getLong(3) >= 2, top.toString());
        assertTrue(rows.stream().anyMatch(r -> r.getString(2) != null && r.getString(2).startsWith("5.4")),
                rows.toString());
    }
}
