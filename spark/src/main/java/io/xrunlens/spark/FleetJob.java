package io.xrunlens.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.xrunlens.analyzer.triage.InputTree;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The fleet triage: list the files under INPUT on the driver (Hadoop's FileSystem, the triage
 * filters), analyse one file per task on the executors, write one JSON line per input to
 * OUTPUT/results and one per bucket to OUTPUT/buckets (optionally Parquet beside them). The
 * bucket of an input is computed by the code {@code xrunlens triage} uses, so a bucket id means
 * the same thing on a laptop and in the fleet report.
 */
public final class FleetJob {
    private static final JsonFactory JSON = new JsonFactory();
    /** At most this many tasks: a partition per file up to it, then files share tasks. */
    private static final int MAX_PARTITIONS = 10_000;

    /** What the job was given. */
    public record Options(List<String> include, List<String> exclude, boolean defaultExcludes, int year,
                          boolean parquet) {
        List<String> excludes() {
            List<String> all = new ArrayList<>(exclude);
            if (defaultExcludes) {
                all.addAll(InputTree.DEFAULT_EXCLUDES);
            }
            return all;
        }
    }

    /** What was written: inputs and buckets. */
    public record Summary(long inputs, long buckets, long unreadable) {
    }

    private FleetJob() {
    }

    public static Summary run(SparkSession spark, String input, String output, Options options) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        InputTree.Filter filter = InputTree.Filter.of(options.include(), options.excludes());
        List<String> files = list(new Path(input), conf, filter);
        Map<String, String> hadoop = new HashMap<>();
        conf.forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        int partitions = Math.max(1, Math.min(files.size(), MAX_PARTITIONS));
        JavaRDD<FleetRow> rows = jsc.parallelize(files, partitions)
                .flatMap(new FleetTask(hadoop, options.year(), options.include(), options.excludes()))
                .cache();
        Dataset<String> results = spark.createDataset(rows.sortBy(FleetRow::name, true, partitions).map(FleetRow::json)
                .rdd(), Encoders.STRING());
        results.write().mode(SaveMode.Overwrite).text(output + "/results");

        List<FleetBucket> buckets = new ArrayList<>(rows.filter(r -> !r.bucket().isEmpty())
                .mapToPair(r -> new Tuple2<>(r.bucket(), r))
                .aggregateByKey(new FleetBucket(), FleetBucket::add, FleetBucket::merge)
                .values().collect());
        // The order of xrunlens triage: problem buckets first, then by count, then by id.
        buckets.sort(Comparator.comparing((FleetBucket b) -> !b.problem).thenComparing(b -> -b.count)
                .thenComparing(b -> b.id));
        List<String> bucketLines = buckets.stream().map(FleetJob::json).toList();
        Dataset<String> bucketSet = spark.createDataset(bucketLines, Encoders.STRING()).coalesce(1);
        bucketSet.write().mode(SaveMode.Overwrite).text(output + "/buckets");
        if (options.parquet()) {
            spark.read().json(results).write().mode(SaveMode.Overwrite).parquet(output + "/parquet/results");
            spark.read().json(bucketSet).write().mode(SaveMode.Overwrite).parquet(output + "/parquet/buckets");
        }
        long unreadable = rows.filter(r -> r.bucket().isEmpty() && !r.json().contains("\"skipped\"")).count();
        long inputs = rows.count();
        rows.unpersist();
        return new Summary(inputs, buckets.size(), unreadable);
    }

    /**
     * Every file below {@code root} (or {@code root} itself) that the filters let through, by
     * its path relative to the root, sorted. A missing root is an error of the job, not a row.
     */
    static List<String> list(Path root, Configuration conf, InputTree.Filter filter) throws IOException {
        FileSystem fs = root.getFileSystem(conf);
        FileStatus top = fs.getFileStatus(root);
        List<String> out = new ArrayList<>();
        if (top.isFile()) {
            out.add(top.getPath().toString());
            return out;
        }
        String prefix = top.getPath().toString();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (!f.isFile()) {
                continue;
            }
            String path = f.getPath().toString();
            String rel = path.startsWith(prefix + "/") ? path.substring(prefix.length() + 1) : f.getPath().getName();
            if (filter.acceptsMember(rel)) {
                out.add(path);
            }
        }
        out.sort(null);
        return out;
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
