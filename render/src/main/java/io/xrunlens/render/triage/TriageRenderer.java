package io.xrunlens.render.triage;

import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.triage.TriageReport;
import io.xrunlens.analyzer.triage.TriageResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a triage report in one format. Accumulating: it needs the whole run. */
public interface TriageRenderer {
    void render(TriageReport report, Writer out) throws IOException;

    /** One-line outcome of an input: its first verdict, "clean", or why it could not be read. */
    static String verdict(TriageResult r) {
        if (r.isSkipped()) {
            return "skipped: " + r.skipped() + ", not a log";
        }
        if (r.report().isEmpty()) {
            return "unreadable";
        }
        var report = r.report().get();
        if (!report.incidents().isEmpty()) {
            return report.incidents().get(0).verdict();
        }
        if (report.hasProblems()) {
            return "findings without a failure chain";
        }
        // what analyze says of it: no kernel line, no line, or no audio line is not "clean"
        if (report.summary().lines() == 0) {
            return "empty";
        }
        if (!report.summary().kernelLog()) {
            return "not a kernel log";
        }
        if (report.summary().audio() == 0) {
            return "no audio activity";
        }
        if (report.findings().isEmpty()) {
            return "clean";
        }
        return report.findings().stream().anyMatch(f -> RuleId.XRUN.of(f)) ? "clean (recovered XRUN)"
                : "clean (notes only)";
    }
}
