package io.xrunlens.render.timeline;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;

/**
 * Draws a timeline onto any Graphics2D (a PNG's image, JFreeSVG's SVG) in a few passes: the
 * chart is laid out once off-screen to learn where the plots are; the lane names are shrunk to
 * the lane pitch and each axis gets the label that fits its panel; the labels are placed; if
 * some did not fit, a note saying so is added under the picture and the layout is done again.
 * Then the chart is drawn for real and the labels on top of it.
 */
final class TimelineDrawing {
    private static final int MAX_PASSES = 4;

    private TimelineDrawing() {
    }

    /** What was drawn (tests check it). */
    record Drawn(LabelLayout.Result labels, JFreeChart chart) {
    }

    static Drawn draw(TimelineModel model, Graphics2D g2, int width, int height) {
        Rectangle canvas = new Rectangle(width, height);
        TimelineChart.Look look = TimelineChart.Look.of(width, height);
        Font labelFont = look.font(Font.PLAIN, 14);
        TimelineModel shown = model;
        JFreeChart chart = null;
        LabelLayout.Result labels = null;
        List<Rectangle2D> areas = null;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            chart = TimelineChart.chart(shown, look);
            ChartRenderingInfo info = new ChartRenderingInfo();
            offscreen(chart, canvas, info);
            areas = areas(info, shown.panels().size());
            TimelineChart.Look next = adjusted(look, shown, areas);
            if (next != look) {
                look = next;
                continue;
            }
            labels = new LabelLayout(shown, geometry(shown, chart, areas), labelFont).place();
            TimelineModel noted = withFoldNote(model, labels.folded());
            if (noted.notes().equals(shown.notes())) {
                break;
            }
            shown = noted;
        }
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, canvas, info);
        List<Rectangle2D> drawnAreas = areas(info, shown.panels().size());
        if (!drawnAreas.equals(areas) || labels == null) {
            labels = new LabelLayout(shown, geometry(shown, chart, drawnAreas), labelFont).place();
        }
        LabelLayout.draw(g2, labels.placed());
        return new Drawn(labels, chart);
    }

    /** The chart laid out without painting (a 1×1 image: every pixel outside it is dropped). */
    private static void offscreen(JFreeChart chart, Rectangle canvas, ChartRenderingInfo info) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            chart.draw(g, canvas, info);
        } finally {
            g.dispose();
        }
    }

    private static List<Rectangle2D> areas(ChartRenderingInfo info, int panels) {
        List<Rectangle2D> out = new ArrayList<>();
        for (int i = 0; i < panels; i++) {
            out.add((Rectangle2D) info.getPlotInfo().getSubplotInfo(i).getDataArea().clone());
        }
        return out;
    }

    /** Lane names no taller than a lane; panel widths for the axis labels. Same look: nothing to change. */
    private static TimelineChart.Look adjusted(TimelineChart.Look look, TimelineModel m, List<Rectangle2D> areas) {
        TimelineChart.Look next = look;
        double pitch = areas.get(0).getHeight() / Math.max(1, m.lanes().size());
        float fitting = (float) Math.max(7, Math.min(15 * look.scale(), Math.floor(pitch * 0.72)));
        if (Math.round(fitting) != Math.round(look.laneFont())) {
            next = next.withLaneFont(fitting);
        }
        int[] pixels = areas.stream().mapToInt(a -> (int) a.getWidth()).toArray();
        if (look.panelPixels() == null) {
            next = next.withPanelPixels(pixels);
        }
        return next;
    }

    private static List<LabelLayout.PanelGeometry> geometry(TimelineModel m, JFreeChart chart, List<Rectangle2D> areas) {
        CombinedRangeXYPlot combined = (CombinedRangeXYPlot) chart.getXYPlot();
        List<XYPlot> plots = combined.getSubplots();
        List<LabelLayout.PanelGeometry> out = new ArrayList<>();
        for (int i = 0; i < plots.size(); i++) {
            out.add(new LabelLayout.PanelGeometry(areas.get(i), plots.get(i).getDomainAxis(), combined.getRangeAxis(),
                    TimelineChart.origin(m, i)));
        }
        return out;
    }

    private static TimelineModel withFoldNote(TimelineModel model, int folded) {
        if (folded == 0) {
            return model;
        }
        List<String> notes = new ArrayList<>(model.notes());
        notes.add(folded + (folded == 1 ? " label" : " labels") + " left out for lack of room: zoom in with --window,"
                + " or draw larger with --width/--height.");
        return model.withNotes(notes);
    }
}
