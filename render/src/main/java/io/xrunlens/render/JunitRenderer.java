package io.xrunlens.render;

import io.xrunlens.analyzer.InputReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code analyze --format junit}: one testcase per input (see {@link JunitXml}). */
public final class JunitRenderer implements Renderer {
    @Override
    public void render(List<InputReport> reports, Writer out) throws IOException {
        int failures = reports.stream().mapToInt(r -> JunitXml.failures(r)).sum();
        int errors = (int) reports.stream().filter(r -> !r.summary().errors().isEmpty()).count();
        try (JunitXml xml = new JunitXml(out, "xrunlens analyze", reports.size(), failures, errors, 0)) {
            for (InputReport r : reports) {
                xml.input(r);
            }
        }
    }
}
