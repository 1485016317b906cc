package io.xrunlens.render.triage;

import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.triage.TriageReport;
import io.xrunlens.analyzer.triage.TriageResult;
import java.io.IOException;
import java.io.Writer;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One row per input, RFC 4180 quoting (log text may hold commas, quotes and newlines). */
public final class TriageCsvRenderer implements TriageRenderer {
    @Override
    public void render(TriageReport report, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader("file", "format", "verdict", "rules", "bucket", "lines", "unknown", "error").build();
        CSVPrinter csv = new CSVPrinter(out, format);
        for (TriageResult r : report.results()) {
            TreeSet<String> rules = new TreeSet<>();
            r.report().ifPresent(x -> x.findings().stream().map(Finding::rule).forEach(rules::add));
            csv.printRecord(cell(r.name()),
                    r.report().map(x -> x.summary().format()).orElse(""),
                    cell(TriageRenderer.verdict(r)),
                    String.join(" ", rules),
                    report.bucketOf(r),
                    r.report().map(x -> String.valueOf(x.summary().lines())).orElse(""),
                    r.report().map(x -> String.valueOf(x.summary().unknown())).orElse(""),
                    cell(String.join("; ", r.errors())));
        }
        csv.flush();
    }

    /**
     * A cell a spreadsheet shows as text: one that starts with {@code = + - @}, a tab or a
     * carriage return would be run as a formula (file names and error text come from the
     * inputs), so it gets a leading apostrophe, as OWASP recommends for CSV injection.
     */
    static String cell(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
