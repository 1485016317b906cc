package io.xrunlens.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.xrunlens.analyzer.triage.InputTree;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The fleet triage: list the files under INPUT on the driver (Hadoop's FileSystem, the triage
 * filters) or read them from a list file, cut them into a few partitions per core balanced by
 * estimated work ({@link FleetPlan}), analyse each partition with one triage run on the
 * executors, and write one JSON line per input to OUTPUT/results and one per bucket to
 * OUTPUT/buckets (optionally Parquet beside them). The bucket of an input is computed by the
 * code {@code xrunlens triage} uses, so a bucket id means the same thing on a laptop and in the
 * fleet report.
 *
 * <p>Each file is analysed once: the rows go through one shuffle that sorts them by name into
 * output ranges known in advance ({@link NameRanges}), and both the results and the tally of
 * buckets read that shuffle's output. Nothing is cached in memory.
 */
public final class FleetJob {
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * What the job was given. {@code fromList}: a file of paths (one per line, optionally a tab
     * and the size in bytes) read instead of listing INPUT; {@code partitions}: 0 for a few per
     * core of the cluster.
     */
    public record Options(List<String> include, List<String> exclude, boolean defaultExcludes, int year,
                          boolean parquet, Optional<String> fromList, int partitions) {
        public Options(List<String> include, List<String> exclude, boolean defaultExcludes, int year,
                       boolean parquet) {
            this(include, exclude, defaultExcludes, year, parquet, Optional.empty(), 0);
        }

        List<String> excludes() {
            List<String> all = new ArrayList<>(exclude);
            if (defaultExcludes) {
                all.addAll(InputTree.DEFAULT_EXCLUDES);
            }
            return all;
        }
    }

    /** What was written: inputs, buckets, unreadable inputs, and the partitions the files were cut into. */
    public record Summary(long inputs, long buckets, long unreadable, int partitions) {
    }

    private FleetJob() {
    }

    public static Summary run(SparkSession spark, String input, String output, Options options) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        InputTree.Filter filter = InputTree.Filter.of(options.include(), options.excludes());
        List<FleetFile> files = options.fromList().isPresent()
                ? FleetListing.fromList(new Path(options.fromList().get()), conf, filter)
                : FleetListing.list(new Path(input), conf, filter);
        Map<String, String> hadoop = new HashMap<>();
        conf.forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        int wanted = options.partitions() > 0 ? options.partitions()
                : FleetPlan.partitions(jsc.defaultParallelism(), files.size());
        List<List<String>> groups = FleetPlan.groups(files, wanted);
        NameRanges ranges = NameRanges.of(files.stream().map(FleetFile::path).toList());
        // One group per slice: parallelize cuts a list of n elements into n slices of one.
        JavaPairRDD<String, FleetRow> sorted = jsc.parallelize(groups, Math.max(1, groups.size()))
                .mapPartitions(new FleetTask(hadoop, options.year(), options.include(), options.excludes()))
                .mapToPair(r -> new Tuple2<>(r.name(), r))
                .repartitionAndSortWithinPartitions(ranges);

        Dataset<String> results = spark.createDataset(sorted.map(t -> t._2().json()).rdd(), Encoders.STRING());
        results.write().mode(SaveMode.Overwrite).text(output + "/results");
        // A second job over the same shuffle: Spark skips the stage that analysed the files.
        FleetTally tally = sorted.values().aggregate(new FleetTally(), FleetTally::add, FleetTally::merge);
        List<String> bucketLines = tally.ordered().stream().map(FleetJob::json).toList();
        Dataset<String> bucketSet = spark.createDataset(bucketLines, Encoders.STRING()).coalesce(1);
        bucketSet.write().mode(SaveMode.Overwrite).text(output + "/buckets");
        if (options.parquet()) {
            spark.read().json(results).write().mode(SaveMode.Overwrite).parquet(output + "/parquet/results");
            spark.read().json(bucketSet).write().mode(SaveMode.Overwrite).parquet(output + "/parquet/buckets");
        }
        return new Summary(tally.inputs, tally.buckets.size(), tally.unreadable, groups.size());
    }

    private static String json(FleetBucket b) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("id", b.id);
            g.writeStringField("title", b.title);
            g.writeStringField("signature", b.signature);
            g.writeNumberField("count", b.count);
            g.writeBooleanField("problem", b.problem);
            g.writeArrayFieldStart("examples");
            for (String f : b.examples) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
