package io.xrunlens.render.timeline;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a timeline chart as PNG or SVG. */
public enum TimelineWriter {
    PNG("png") {
        @Override
        public void write(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        }
    },
    SVG("svg") {
        @Override
        public void write(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            // JFreeSVG seeds its defs ids from the clock by default; a fixed prefix keeps the
            // same input's SVG byte-identical.
            g.setDefsKeyPrefix("xrunlens");
            chart.draw(g, new Rectangle(width, height));
            out.write(g.getSVGDocument().getBytes(StandardCharsets.UTF_8));
        }
    };

    private final String extension;

    TimelineWriter(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public abstract void write(JFreeChart chart, int width, int height, OutputStream out) throws IOException;
}
