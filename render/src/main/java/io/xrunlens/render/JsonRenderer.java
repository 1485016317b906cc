package io.xrunlens.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.boot.FoldedIncidents;
import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.parser.InputSummary;
import io.xrunlens.record.Record;
import io.xrunlens.record.TimeStyle;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;

/**
 * The machine-readable report: a contract ("inputs", per input the
 * counts, "findings" and "incidents"). Fields may be added, never renamed. Field order is fixed
 * and times are written as exact decimals, so the same input gives byte-identical output.
 */
public final class JsonRenderer implements Renderer {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void render(List<InputReport> reports, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("tool", "xrunlens");
            g.writeArrayFieldStart("inputs");
            for (InputReport r : reports) {
                input(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void input(JsonGenerator g, InputReport r) throws IOException {
        g.writeStartObject();
        inputFields(g, r);
        g.writeEndObject();
    }

    /** The fields of one input object (without its braces), shared with the triage report. */
    public static void inputFields(JsonGenerator g, InputReport r) throws IOException {
        InputSummary s = r.summary();
        g.writeStringField("file", s.file());
        g.writeStringField("format", s.format());
        g.writeStringField("compression", s.compression());
        g.writeStringField("clock", s.clock().name());
        g.writeNumberField("lines", s.lines());
        g.writeNumberField("records", s.records());
        g.writeNumberField("parsed", s.parsed());
        g.writeNumberField("audio", s.audio());
        g.writeNumberField("unknown", s.unknown());
        g.writeNumberField("joined", s.joined());
        g.writeNumberField("boots", s.boots());
        g.writeNumberField("truncated", s.truncated());
        g.writeArrayFieldStart("errors");
        for (String e : s.errors()) {
            g.writeString(e);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (String n : s.notes()) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            finding(g, f, s.clock(), r.hostOf(f.boot()));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("incidents");
        for (Incident i : r.incidents()) {
            incident(g, i, s.clock(), r.hostOf(i.boot()));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("folded");
        for (FoldedIncidents f : r.folded()) {
            folded(g, f, r.incidentNumber(f.like()));
        }
        g.writeEndArray();
    }

    private static void host(JsonGenerator g, String host) throws IOException {
        if (!host.isEmpty()) {
            g.writeStringField("host", host);
        }
    }

    /** Incidents that repeated an earlier kind across boots, counted: the kind, how many, where. */
    private static void folded(JsonGenerator g, FoldedIncidents f, int like) throws IOException {
        Incident i = f.like();
        g.writeStartObject();
        g.writeStringField("cause", i.cause().id());
        g.writeStringField("device", i.device());
        g.writeStringField("driver", i.driver());
        channel(g, i.channel());
        stream(g, i.stream());
        g.writeNumberField("like", like);
        g.writeNumberField("incidents", f.count());
        g.writeNumberField("errors", f.errors());
        g.writeNumberField("findings", f.findings());
        g.writeNumberField("first_boot", f.firstBoot());
        g.writeNumberField("last_boot", f.lastBoot());
        g.writeNumberField("first_line", f.firstLine());
        g.writeNumberField("last_line", f.lastLine());
        g.writeEndObject();
    }

    /** One finding object, shared with xrunlens watch's JSON Lines. */
    public static void finding(JsonGenerator g, Finding f, TimeStyle times) throws IOException {
        finding(g, f, times, "");
    }

    /** The same, with the host whose boot it is in a log of several ("" for none: no field). */
    public static void finding(JsonGenerator g, Finding f, TimeStyle times, String host) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().label());
        g.writeNumberField("boot", f.boot());
        host(g, host);
        g.writeStringField("device", f.device());
        g.writeStringField("driver", f.driver());
        g.writeStringField("transfer", f.transfer());
        channel(g, f.channel());
        stream(g, f.stream());
        time(g, "time", f.micros(), times);
        g.writeArrayFieldStart("descriptors");
        for (String d : f.descriptors()) {
            g.writeString(d);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("lines");
        for (long l : f.lines()) {
            g.writeNumber(l);
        }
        g.writeEndArray();
        g.writeStringField("message", f.message());
        g.writeStringField("confidence", f.confidence());
        g.writeStringField("form", f.form());
        g.writeNumberField("repeats", f.repeats());
        evidence(g, f.evidence(), times);
        g.writeEndObject();
    }

    /** One incident object, shared with the triage report's bucket examples. */
    public static void incident(JsonGenerator g, Incident i, TimeStyle times) throws IOException {
        incident(g, i, times, "");
    }

    /** The same, with the host whose boot it is in a log of several ("" for none: no field). */
    public static void incident(JsonGenerator g, Incident i, TimeStyle times, String host) throws IOException {
        g.writeStartObject();
        g.writeStringField("verdict", i.verdict());
        g.writeStringField("cause", i.cause().id());
        g.writeStringField("confidence", i.confidence().id());
        channel(g, i.channel());
        g.writeNumberField("boot", i.boot());
        host(g, host);
        g.writeStringField("device", i.device());
        g.writeStringField("driver", i.driver());
        g.writeStringField("transfer", i.transfer());
        stream(g, i.stream());
        time(g, "start", i.startMicros(), times);
        time(g, "end", i.endMicros(), times);
        g.writeArrayFieldStart("findings");
        for (String rule : i.ruleIds()) {
            g.writeString(rule);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("descriptors");
        for (String d : i.descriptors()) {
            g.writeString(d);
        }
        g.writeEndArray();
        if (i.kernel().isPresent()) {
            g.writeStringField("kernel", i.kernel().get().text());
        } else {
            g.writeNullField("kernel");
        }
        g.writeStringField("fix", i.fix());
        g.writeStringField("next", i.next());
        evidence(g, i.chain(), times);
        g.writeEndObject();
    }

    private static void evidence(JsonGenerator g, List<Evidence> evidence, TimeStyle times) throws IOException {
        g.writeArrayFieldStart("evidence");
        for (Evidence e : evidence) {
            g.writeStartObject();
            g.writeStringField("role", e.role());
            g.writeNumberField("line", e.line());
            time(g, "time", e.micros(), times);
            g.writeStringField("text", e.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void channel(JsonGenerator g, OptionalInt channel) throws IOException {
        if (channel.isPresent()) {
            g.writeNumberField("channel", channel.getAsInt());
        } else {
            g.writeNullField("channel");
        }
    }

    private static void stream(JsonGenerator g, PcmDirection d) throws IOException {
        if (d == PcmDirection.UNKNOWN) {
            g.writeNullField("stream");
        } else {
            g.writeStringField("stream", d.label());
        }
    }

    /**
     * Seconds with six decimals on the analysis clock (null without a clock), and beside it, as
     * {@code FIELD_printed}, the time as the log prints it (a date for dmesg -T and syslog).
     */
    private static void time(JsonGenerator g, String field, long micros, TimeStyle times) throws IOException {
        if (micros == Record.NO_TIME) {
            g.writeNullField(field);
            g.writeNullField(field + "_printed");
        } else {
            g.writeFieldName(field);
            g.writeNumber(BigDecimal.valueOf(micros, 6));
            g.writeStringField(field + "_printed", times.format(micros));
        }
    }
}
