package io.xrunlens.render.triage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.xrunlens.analyzer.triage.Bucket;
import io.xrunlens.analyzer.triage.TriageReport;
import io.xrunlens.analyzer.triage.TriageResult;
import io.xrunlens.render.JsonRenderer;
import java.io.IOException;
import java.io.Writer;

/**
 * {"files", "buckets": [{"id", "title", "signature", "count", "files", "example"}], "results":
 * [per input: the analyze contract plus "verdict" and "bucket"], "errors"}.
 */
public final class TriageJsonRenderer implements TriageRenderer {
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * One input's object: the analyze contract (or its file and errors when it could not be
     * read), its one-line verdict and its bucket id. Shared with the fleet job on Spark, so a row
     * of the fleet's results reads like a result of {@code triage --format json}.
     */
    public static void result(JsonGenerator g, TriageResult r, String bucket) throws IOException {
        g.writeStartObject();
        if (r.report().isPresent()) {
            JsonRenderer.inputFields(g, r.report().get());
        } else {
            g.writeStringField("file", r.name());
            g.writeArrayFieldStart("errors");
            for (String e : r.errors()) {
                g.writeString(e);
            }
            g.writeEndArray();
        }
        if (r.isSkipped()) {
            g.writeStringField("skipped", r.skipped());
        }
        g.writeStringField("verdict", TriageRenderer.verdict(r));
        g.writeStringField("bucket", bucket);
        g.writeEndObject();
    }

    @Override
    public void render(TriageReport report, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("files", report.results().size());
            g.writeArrayFieldStart("buckets");
            for (Bucket b : report.buckets()) {
                g.writeStartObject();
                g.writeStringField("id", b.id());
                g.writeStringField("title", b.title());
                g.writeStringField("signature", b.signature());
                g.writeNumberField("count", b.count());
                g.writeBooleanField("problem", b.isProblem());
                g.writeArrayFieldStart("files");
                for (String f : b.files()) {
                    g.writeString(f);
                }
                g.writeEndArray();
                if (b.example().isPresent()) {
                    g.writeFieldName("example");
                    JsonRenderer.incident(g, b.example().get(), b.exampleTimes());
                } else {
                    g.writeNullField("example");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("results");
            for (TriageResult r : report.results()) {
                result(g, r, report.bucketOf(r));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (TriageResult r : report.failed()) {
                for (String e : r.errors()) {
                    g.writeString(e);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            for (TriageResult r : report.skipped()) {
                g.writeStartObject();
                g.writeStringField("file", r.name());
                g.writeStringField("why", r.skipped());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }
}
