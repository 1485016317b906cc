package io.xrunlens.render.triage;

import io.xrunlens.analyzer.triage.Bucket;
import io.xrunlens.analyzer.triage.TriageReport;
import io.xrunlens.analyzer.triage.TriageResult;
import java.io.IOException;
import java.io.Writer;

/** The terminal summary: buckets by count, then unreadable inputs, then totals. */
public final class TriageTextRenderer implements TriageRenderer {
    @Override
    public void render(TriageReport report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-10s %5s  %s%n", "BUCKET", "FILES", "PROBLEM"));
        for (Bucket k : report.buckets()) {
            b.append(String.format("%-10s %5d  %s%n", k.id(), k.count(), k.title()));
            b.append(String.format("%-10s %5s  first %s%n", "", "", k.files().get(0)));
            if (k.count() > 1) {
                b.append(String.format("%-10s %5s  last  %s%n", "", "", k.files().get(k.count() - 1)));
            }
        }
        if (!report.failed().isEmpty()) {
            b.append("\nUnreadable or incomplete inputs (").append(report.failed().size()).append(")\n");
            for (TriageResult r : report.failed()) {
                r.errors().forEach(e -> b.append("  ").append(e).append('\n'));
            }
        }
        long problems = report.results().stream().filter(TriageResult::hasProblems).count();
        long analysed = report.results().stream().filter(r -> r.report().isPresent()).count();
        b.append(String.format("%nTotals: %d inputs, %d analysed, %d with problems, %d unreadable or incomplete,"
                + " %d buckets%n", report.results().size(), analysed, problems, report.failed().size(),
                report.buckets().size()));
        out.write(b.toString());
    }
}
