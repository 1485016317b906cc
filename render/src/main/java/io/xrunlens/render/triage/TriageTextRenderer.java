package io.xrunlens.render.triage;

import io.xrunlens.analyzer.triage.Bucket;
import io.xrunlens.analyzer.triage.TriageReport;
import io.xrunlens.analyzer.triage.TriageResult;
import io.xrunlens.render.TerminalText;
import io.xrunlens.render.TextWrap;
import java.io.IOException;
import java.io.Writer;

/** The terminal summary, 80 columns: buckets by count, then unreadable inputs, then totals. */
public final class TriageTextRenderer implements TriageRenderer {
    private static final int WIDTH = 80;

    @Override
    public void render(TriageReport report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-10s %5s  %s%n", "BUCKET", "FILES", "PROBLEM"));
        for (Bucket k : report.buckets()) {
            TextWrap.hanging(b, String.format("%-10s %5d  ", k.id(), k.count()), k.title(), WIDTH);
            b.append(String.format("%-10s %5s  first %s%n", "", "", k.files().get(0)));
            if (k.count() > 1) {
                b.append(String.format("%-10s %5s  last  %s%n", "", "", k.files().get(k.count() - 1)));
            }
        }
        if (!report.failed().isEmpty()) {
            b.append("\nUnreadable or incomplete inputs (").append(report.failed().size()).append(")\n");
            for (TriageResult r : report.failed()) {
                r.errors().forEach(e -> TextWrap.hanging(b, "  ", e, WIDTH));
            }
        }
        if (!report.skipped().isEmpty()) {
            b.append("\nSkipped by content (").append(report.skipped().size()).append(")\n");
            for (TriageResult r : report.skipped()) {
                TextWrap.hanging(b, "  ", r.name() + ": " + r.skipped() + ", not a log", WIDTH);
            }
        }
        b.append('\n');
        TextWrap.hanging(b, "Totals: ", report.totals(), WIDTH);
        out.write(TerminalText.escape(b.toString()));
    }
}
