package io.xrunlens.render.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class TimelineRenderTest {
    private static final int W = 1600;
    private static final int H = 900;

    @Test
    void pngHasTheSizeAndTheShadedWindowWhereTheRaceIs() throws Exception {
        assertEquals("true", System.getProperty("java.awt.headless"));
        TimelineModel m = TimelineFixture.model("report/imx6-report-flattened.log");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        TimelineWriter.PNG.write(m, W, H, png);
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertEquals(W, drawn.getWidth());
        assertEquals(H, drawn.getHeight());

        // The same drawing again, to learn where it put the plot.
        BufferedImage again = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        JFreeChart chart = TimelineDrawing.draw(m, again.createGraphics(), W, H).chart();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics(), new java.awt.Rectangle(W, H),
                info);
        Rectangle2D area = info.getPlotInfo().getSubplotInfo(0).getDataArea();
        XYPlot race = ((CombinedRangeXYPlot) chart.getXYPlot()).getSubplots().get(0);
        TimelineModel.Shade w = m.window().orElseThrow();
        double x0 = race.getDomainAxis().valueToJava2D(TimelineChart.ms(m, w.startMicros()), area, RectangleEdge.BOTTOM);
        double x1 = race.getDomainAxis().valueToJava2D(TimelineChart.ms(m, w.endMicros()), area, RectangleEdge.BOTTOM);
        assertTrue(columnHasShade(drawn, (int) ((x0 + x1) / 2), area), "window colour inside the race window");
        assertFalse(columnHasShade(drawn, (int) area.getMinX() + 3, area), "no window colour before the terminate");
    }

    /** The window colour blended over the white plot background. */
    private static boolean columnHasShade(BufferedImage image, int x, Rectangle2D area) {
        Color c = TimelineChart.WINDOW;
        double a = c.getAlpha() / 255.0;
        int r = (int) Math.round(c.getRed() * a + 255 * (1 - a));
        int g = (int) Math.round(c.getGreen() * a + 255 * (1 - a));
        int b = (int) Math.round(c.getBlue() * a + 255 * (1 - a));
        for (int y = (int) area.getMinY() + 2; y < area.getMaxY() - 2; y++) {
            Color p = new Color(image.getRGB(x, y));
            if (Math.abs(p.getRed() - r) <= 3 && Math.abs(p.getGreen() - g) <= 3 && Math.abs(p.getBlue() - b) <= 3) {
                return true;
            }
        }
        return false;
    }

    @Test
    void svgIsWellFormedNamesTheDescriptorsAndIsDeterministic() throws Exception {
        byte[] first = svg();
        byte[] second = svg();
        assertArrayEquals(first, second, "same input, byte-identical SVG");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // The SVG names the W3C DTD; tests take no network, so the parser must not fetch it.
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        xml.newDocumentBuilder().parse(new ByteArrayInputStream(first));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.contains("0a262722") && text.contains("19499aa8"));
        assertTrue(text.contains("misapplied"));
    }

    private static byte[] svg() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineWriter.SVG.write(TimelineFixture.model("report/imx6-report-flattened.log"), W, H, out);
        return out.toByteArray();
    }
}
