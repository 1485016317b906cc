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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * One file of the fleet, on an executor: opened through Hadoop's FileSystem (s3a, gs, hdfs,
 * file), streamed through the same triage code as {@code xrunlens triage} (decompression,
 * archives member by member, binaries skipped), each input turned into a {@link FleetRow}. A
 * file that cannot be read becomes a row with its error: a bad file never fails the task.
 */
final class FleetTask implements FlatMapFunction<String, FleetRow> {
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
    public Iterator<FleetRow> call(String file) {
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        TriageRun run = new TriageRun(LogReader.Options.defaults().withYear(year), 1,
                InputTree.Filter.of(include, exclude));
        List<TriageResult> results;
        Path path = new Path(file);
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            results = run.analyse(file, in, Optional.empty());
        } catch (IOException | RuntimeException e) {
            results = List.of(new TriageResult(file, Optional.empty(), List.of(file + ": " + IoProblems.reason(e)),
                    Optional.empty()));
        }
        List<FleetRow> rows = new ArrayList<>();
        for (TriageResult r : results) {
            rows.add(row(r));
        }
        return rows.iterator();
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
                r.hasProblems(), json.toString());
    }
}
