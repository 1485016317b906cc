package io.xrunlens.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.xrunlens.analyzer.triage.InputTree;
import io.xrunlens.analyzer.triage.Signature;
import io.xrunlens.analyzer.triage.TriageResult;
import io.xrunlens.analyzer.triage.TriageRun;
import io.xrunlens.input.IoProblems;
import io.xrunlens.parser.LogReader;
import io.xrunlens.render.triage.TriageJsonRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * One partition of the fleet, on an executor: its files opened one after the other through
 * Hadoop's FileSystem (s3a, gs, hdfs, file), streamed through the same triage code as
 * {@code xrunlens triage} (decompression, archives member by member, binaries skipped), each
 * input turned into a {@link FleetRow}. One triage run and one Hadoop configuration serve the
 * whole partition, and rows are made as Spark asks for them, so a partition holds one file's
 * rows at a time. A file that cannot be read becomes a row with its error: a bad file never
 * fails the task.
 */
final class FleetTask implements FlatMapFunction<Iterator<List<String>>, FleetRow> {
    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new JsonFactory();

    /** The driver's Hadoop settings (credentials, endpoints), as plain strings. */
    private final Map<String, String> hadoop;
    private final int year;
    private final List<String> include;
    private final List<String> exclude;

    FleetTask(Map<String, String> hadoop, int year, List<String> include, List<String> exclude) {
        this.hadoop = hadoop;
        this.year = year;
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
    }

    @Override
    public Iterator<FleetRow> call(Iterator<List<String>> groups) {
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        TriageRun run = new TriageRun(LogReader.Options.defaults().withYear(year), 1,
                InputTree.Filter.of(include, exclude));
        return new Iterator<>() {
            private final ArrayDeque<FleetRow> ready = new ArrayDeque<>();
            private Iterator<String> files = List.<String>of().iterator();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty()) {
                    if (!files.hasNext()) {
                        if (!groups.hasNext()) {
                            return false;
                        }
                        files = groups.next().iterator();
                        continue;
                    }
                    for (TriageResult r : analyse(run, conf, files.next())) {
                        ready.add(row(r));
                    }
                }
                return true;
            }

            @Override
            public FleetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    private static List<TriageResult> analyse(TriageRun run, Configuration conf, String file) {
        try (InputStream in = open(new Path(file), conf)) {
            return run.analyse(file, in, Optional.empty());
        } catch (IOException | RuntimeException e) {
            return List.of(new TriageResult(file, Optional.empty(), List.of(file + ": " + IoProblems.reason(e)),
                    Optional.empty()));
        }
    }

    /**
     * A file of a cluster's file system through Hadoop; a local one directly. Hadoop's local
     * file system stats each file before opening it and looks for a {@code .crc} file beside it,
     * which field logs never have: a tenth of the task's time on small logs.
     */
    private static InputStream open(Path path, Configuration conf) throws IOException {
        URI uri = path.toUri();
        if ("file".equals(uri.getScheme())) {
            var local = Paths.get(uri);
            if (Files.isDirectory(local)) {
                throw new IOException("is a directory");
            }
            return Files.newInputStream(local);
        }
        return path.getFileSystem(conf).open(path);
    }

    /** The row of one input; the bucket id comes from the code {@code xrunlens triage} uses. */
    static FleetRow row(TriageResult r) {
        Optional<Signature> s = r.report().map(Signature::of);
        String bucket = s.map(Signature::id).orElse("");
        StringWriter json = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(json)) {
            TriageJsonRenderer.result(g, r, bucket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FleetRow(r.name(), bucket, s.map(Signature::title).orElse(""), s.map(Signature::text).orElse(""),
                r.hasProblems(), r.isSkipped(), json.toString());
    }
}
