package io.xrunlens.render;

import io.xrunlens.analyzer.InputReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the reports of one run in one output format. */
public interface Renderer {
    void render(List<InputReport> reports, Writer out) throws IOException;
}
