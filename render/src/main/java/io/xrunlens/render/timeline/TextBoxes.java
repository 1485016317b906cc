package io.xrunlens.render.timeline;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;

/**
 * The size of a text as it will be drawn. PNG (Java2D, anti-aliased) and SVG (JFreeSVG,
 * fractional metrics) measure a string slightly differently; the larger of the two is used, so
 * a label that fits here fits in both.
 */
final class TextBoxes {
    private static final FontRenderContext WHOLE = new FontRenderContext(null, true, false);
    private static final FontRenderContext FRACTIONAL = new FontRenderContext(null, true, true);

    private TextBoxes() {
    }

    static double width(String text, Font font) {
        if (text.isEmpty()) {
            return 0;
        }
        return Math.ceil(Math.max(font.getStringBounds(text, WHOLE).getWidth(),
                font.getStringBounds(text, FRACTIONAL).getWidth())) + 1;
    }

    static double ascent(Font font) {
        return Math.ceil(metrics(font).getAscent());
    }

    static double descent(Font font) {
        return Math.ceil(metrics(font).getDescent());
    }

    /** The box of {@code text} drawn with its baseline starting at (x, baseline). */
    static Rectangle2D box(String text, Font font, double x, double baseline) {
        double a = ascent(font);
        return new Rectangle2D.Double(x, baseline - a, width(text, font), a + descent(font));
    }

    private static LineMetrics metrics(Font font) {
        return font.getLineMetrics("Xg", WHOLE);
    }
}
