package io.xrunlens.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code spark-submit --class io.xrunlens.spark.FleetTriage xrunlens-spark.jar INPUT OUTPUT}: the
 * triage of {@code xrunlens triage} over a fleet's logs in object storage. Exit 0 when the job
 * ran (bad files are rows with errors, not failures), 2 on a usage error or an INPUT that does
 * not exist.
 */
@Command(name = "FleetTriage", mixinStandardHelpOptions = true, versionProvider = FleetTriage.Version.class,
        description = {"Triage every log under INPUT (s3a://, gs://, hdfs://, file:) on Spark, as xrunlens triage does.",
            "Writes OUTPUT/results (a JSON line per input) and OUTPUT/buckets (a JSON line per bucket)."})
public final class FleetTriage implements Callable<Integer> {
    @Parameters(arity = "1..2", paramLabel = "[INPUT] OUTPUT", hideParamSyntax = true, description = {
        "INPUT: folder (or file) of logs and archives; not given with --from-list.",
        "OUTPUT: folder for results/ and buckets/ (replaced)."})
    List<String> paths = new ArrayList<>();

    @Option(names = "--from-list", paramLabel = "FILE",
            description = "Read the paths to triage from FILE (one per line, optionally a tab and the size in bytes)"
                    + " instead of listing INPUT.")
    String fromList;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Cut the files into N partitions of about equal work (default: 3 per core of the cluster).")
    int partitions;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only files and archive members matching; repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files and members matching; repeatable.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--no-default-excludes", description = "Also read *.expected.json, pictures, documents, scripts.")
    boolean noDefaultExcludes;

    @Option(names = "--year", paramLabel = "YYYY", description = "Year of the first syslog or logcat stamp (1970-9999).")
    int year;

    @Option(names = "--parquet", description = "Also write OUTPUT/parquet/results and OUTPUT/parquet/buckets.")
    boolean parquet;

    @Override
    public Integer call() throws Exception {
        if (year != 0 && (year < 1970 || year > 9999)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--year must be between 1970 and 9999");
        }
        if (partitions < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--partitions must be 1 or more");
        }
        if (paths.size() != (fromList == null ? 2 : 1)) {
            throw new CommandLine.ParameterException(new CommandLine(this), fromList == null
                    ? "give INPUT and OUTPUT" : "with --from-list, give only OUTPUT");
        }
        String input = fromList == null ? paths.get(0) : fromList;
        String output = paths.get(paths.size() - 1);
        SparkSession.Builder builder = SparkSession.builder().appName("xrunlens fleet triage");
        if (!new SparkConf().contains("spark.serializer")) {
            // Kryo shuffles the rows in half the time of Java serialization; a cluster's own choice stands.
            builder.config("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            FleetJob.Summary s = FleetJob.run(spark, input, output, new FleetJob.Options(include, exclude,
                    !noDefaultExcludes, year, parquet, Optional.ofNullable(fromList), partitions));
            System.out.println("xrunlens fleet triage: " + s.inputs() + " inputs, " + s.buckets() + " buckets, "
                    + s.unreadable() + " unreadable, " + s.partitions() + " partitions; wrote " + output + "/results and " + output + "/buckets");
            return 0;
        } catch (FileNotFoundException e) {
            System.err.println("xrunlens: " + input + ": no such file or directory");
            return 2;
        } finally {
            spark.stop();
        }
    }

    /** The version Maven wrote into version.properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = FleetTriage.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"xrunlens fleet triage " + p.getProperty("version", "unknown")};
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new FleetTriage()).execute(args));
    }
}
