package io.xrunlens.spark;

import java.io.FileNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
@Command(name = "FleetTriage", mixinStandardHelpOptions = true,
        description = {"Triage every log under INPUT (s3a://, gs://, hdfs://, file:) on Spark, as xrunlens triage does.",
            "Writes OUTPUT/results (a JSON line per input) and OUTPUT/buckets (a JSON line per bucket)."})
public final class FleetTriage implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "Folder (or file) of logs and archives.")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "Folder for results/ and buckets/ (replaced).")
    String output;

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
        SparkSession spark = SparkSession.builder().appName("xrunlens fleet triage").getOrCreate();
        try {
            FleetJob.Summary s = FleetJob.run(spark, input, output, new FleetJob.Options(include, exclude,
                    !noDefaultExcludes, year, parquet));
            System.out.println("xrunlens fleet triage: " + s.inputs() + " inputs, " + s.buckets() + " buckets, "
                    + s.unreadable() + " unreadable; wrote " + output + "/results and " + output + "/buckets");
            return 0;
        } catch (FileNotFoundException e) {
            System.err.println("xrunlens: " + input + ": no such file or directory");
            return 2;
        } finally {
            spark.stop();
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new FleetTriage()).execute(args));
    }
}
