package io.xrunlens.render.timeline;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ChartUtils;
import org.jfree.svg.SVGGraphics2D;

/** Writes a timeline picture as PNG or SVG: the same drawing on two kinds of canvas. */
public enum TimelineWriter {
    PNG("png") {
        @Override
        public void write(TimelineModel model, int width, int height, OutputStream out) throws IOException {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                TimelineDrawing.draw(model, g, width, height);
            } finally {
                g.dispose();
            }
            ChartUtils.writeBufferedImageAsPNG(out, image);
        }
    },
    SVG("svg") {
        @Override
        public void write(TimelineModel model, int width, int height, OutputStream out) throws IOException {
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            // JFreeSVG seeds its defs ids from the clock by default; a fixed prefix keeps the
            // same input's SVG byte-identical.
            g.setDefsKeyPrefix("xrunlens");
            TimelineDrawing.draw(model, g, width, height);
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

    public abstract void write(TimelineModel model, int width, int height, OutputStream out) throws IOException;
}
