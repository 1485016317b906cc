package io.xrunlens.render.triage;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.boot.FoldedIncidents;
import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.analyzer.triage.Bucket;
import io.xrunlens.analyzer.triage.TriageReport;
import io.xrunlens.analyzer.triage.TriageResult;
import io.xrunlens.record.TimeStyle;
import java.io.IOException;
import java.io.Writer;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained page: inline CSS, timeline pictures embedded as data URIs, no scripts,
 * no network fetches. Every piece of text from a log is escaped: field logs are untrusted.
 */
public final class TriageHtmlRenderer implements TriageRenderer {
    private static final String STYLE = "body{font:14px/1.4 sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
            + "vertical-align:top;text-align:left}th{background:#f3f3f3}.problem{color:#b00}"
            + "pre{background:#f7f7f7;padding:6px;overflow-x:auto;font-size:12px}img{max-width:100%;"
            + "border:1px solid #ddd}code{font-size:12px}";

    private final Map<String, byte[]> timelines;

    /** @param timelines PNG bytes by input name, for the inputs that have a picture */
    public TriageHtmlRenderer(Map<String, byte[]> timelines) {
        this.timelines = timelines;
    }

    @Override
    public void render(TriageReport report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>xrunlens triage</title><style>").append(STYLE).append("</style></head><body>\n");
        b.append("<h1>xrunlens triage</h1>\n<p class=\"totals\">").append(esc(report.totals())).append("</p>\n");
        b.append("<h2>Buckets</h2>\n<table><tr><th>bucket</th><th>files</th><th>problem</th><th>first</th>"
                + "<th>last</th></tr>\n");
        for (Bucket k : report.buckets()) {
            b.append("<tr><td><a href=\"#b").append(esc(k.id())).append("\"><code>").append(esc(k.id()))
                    .append("</code></a></td><td>").append(k.count()).append("</td><td")
                    .append(k.isProblem() ? " class=\"problem\"" : "").append('>').append(esc(k.title()))
                    .append("</td><td>").append(esc(k.files().get(0))).append("</td><td>")
                    .append(esc(k.files().get(k.count() - 1))).append("</td></tr>\n");
        }
        b.append("</table>\n");
        if (!report.failed().isEmpty()) {
            b.append("<h2>Unreadable or incomplete inputs</h2>\n<ul>\n");
            for (TriageResult r : report.failed()) {
                r.errors().forEach(e -> b.append("<li>").append(esc(e)).append("</li>\n"));
            }
            b.append("</ul>\n");
        }
        if (!report.skipped().isEmpty()) {
            b.append("<h2>Skipped by content</h2>\n<ul>\n");
            for (TriageResult r : report.skipped()) {
                b.append("<li>").append(esc(r.name() + ": " + r.skipped() + ", not a log")).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        for (Bucket k : report.buckets()) {
            bucket(b, report, k);
        }
        b.append("</body></html>\n");
        out.write(b.toString());
    }

    /**
     * A bucket: its verdict and fix once (from its first file with an incident), then one row per
     * file that opens to that file's own evidence and picture. The files of a bucket share a
     * signature, so repeating each verdict would only bury the differences.
     */
    private void bucket(StringBuilder b, TriageReport report, Bucket k) {
        b.append("<h2 id=\"b").append(esc(k.id())).append("\">").append(esc(k.title())).append(" <code>")
                .append(esc(k.id())).append("</code></h2>\n");
        if (k.example().isPresent()) {
            Incident example = k.example().get();
            b.append("<p>").append(esc(example.verdict())).append("</p>\n<p>Fix: ").append(esc(example.fix()))
                    .append("</p>\n");
        }
        b.append("<p>").append(k.count()).append(k.count() == 1 ? " file" : " files").append("</p>\n");
        for (TriageResult r : report.results()) {
            if (report.bucketOf(r).equals(k.id())) {
                b.append("<details><summary>").append(esc(r.name()));
                String verdict = TriageRenderer.verdict(r);
                if (k.example().isEmpty() || !verdict.equals(k.example().get().verdict())) {
                    b.append(": ").append(esc(verdict));
                }
                b.append("</summary>\n");
                input(b, r);
                b.append("</details>\n");
            }
        }
    }

    private void input(StringBuilder b, TriageResult r) {
        TimeStyle times = r.report().orElseThrow().summary().clock();
        for (Incident i : r.report().orElseThrow().incidents()) {
            b.append("<pre>");
            for (Evidence e : i.chain()) {
                b.append(esc(String.format("%-12s line %-6d %-10s %s", times.format(e.micros()), e.line(),
                        e.role(), e.text()))).append('\n');
            }
            b.append("</pre>\n");
        }
        InputReport report = r.report().orElseThrow();
        for (FoldedIncidents f : report.folded()) {
            b.append("<p>").append(esc(String.format(Locale.ROOT, "%,d more %s incidents like incident %d, in %s"
                    + " (counted, not listed)", f.count(), f.like().cause().id(), report.incidentNumber(f.like()),
                    f.boots()))).append("</p>\n");
        }
        byte[] png = timelines.get(r.name());
        if (png != null) {
            b.append("<img alt=\"timeline of ").append(esc(r.name())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(png)).append("\">\n");
        }
    }

    /** HTML-escapes text for element content and quoted attributes. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
