package io.xrunlens.render.triage;

import io.xrunlens.analyzer.triage.TriageReport;
import io.xrunlens.analyzer.triage.TriageResult;
import io.xrunlens.render.JunitXml;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code triage --format junit}: one testcase per input, archive members included. */
public final class TriageJunitRenderer implements TriageRenderer {
    @Override
    public void render(TriageReport report, Writer out) throws IOException {
        List<TriageResult> results = new ArrayList<>(report.results());
        results.addAll(report.skipped());
        results.sort(Comparator.comparing(TriageResult::name));
        int failures = results.stream().filter(r -> r.report().isPresent())
                .mapToInt(r -> JunitXml.failures(r.report().get()))
                .sum();
        int errors = (int) results.stream().filter(TriageResult::failed).count();
        int skipped = (int) results.stream().filter(TriageResult::isSkipped).count();
        try (JunitXml xml = new JunitXml(out, "xrunlens triage", results.size(), failures, errors, skipped)) {
            for (TriageResult r : results) {
                if (r.report().isPresent()) {
                    xml.input(r.report().get());
                } else {
                    xml.notAnalysed(r.name(), String.join("; ", r.errors()), r.skipped());
                }
            }
        }
    }
}
