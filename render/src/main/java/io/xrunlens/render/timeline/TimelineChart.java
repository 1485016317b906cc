package io.xrunlens.render.timeline;

import io.xrunlens.record.TimeStyle;
import io.xrunlens.render.timeline.TimelineModel.Bar;
import io.xrunlens.render.timeline.TimelineModel.Kind;
import io.xrunlens.render.timeline.TimelineModel.Marker;
import io.xrunlens.render.timeline.TimelineModel.Panel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a {@link TimelineModel} with JFreeChart: lanes on the vertical axis (top = first cause),
 * milliseconds on the horizontal one, one sub-plot per panel sharing the lanes, so a 10 s stall
 * becomes a visible cut between two panels instead of squashing the 2 ms that matter.
 */
public final class TimelineChart {
    /** The race window's fill; tests look for it in the PNG. */
    public static final Color WINDOW = new Color(255, 170, 60, 90);
    static final Color MISAPPLIED = new Color(200, 20, 20);
    static final Color DESCRIPTOR = new Color(70, 110, 170);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Map<Kind, Color> COLOURS = new EnumMap<>(Kind.class);

    static {
        COLOURS.put(Kind.IOCTL, new Color(90, 90, 90));
        COLOURS.put(Kind.PCM, new Color(150, 150, 150));
        COLOURS.put(Kind.XRUN, new Color(230, 120, 0));
        COLOURS.put(Kind.TRIGGER, new Color(120, 60, 170));
        COLOURS.put(Kind.TERMINATE, new Color(200, 20, 20));
        COLOURS.put(Kind.PREP, new Color(20, 100, 210));
        COLOURS.put(Kind.BUFFER, new Color(120, 170, 230));
        COLOURS.put(Kind.SUBMIT, new Color(20, 150, 60));
        COLOURS.put(Kind.CHANNEL, new Color(185, 185, 185));
        COLOURS.put(Kind.WORKER, new Color(140, 20, 20));
        COLOURS.put(Kind.FREE, new Color(0, 0, 0));
        COLOURS.put(Kind.ERROR, new Color(160, 0, 0));
        COLOURS.put(Kind.DRIVER, new Color(0, 130, 140));
    }

    private TimelineChart() {
    }

    public static JFreeChart chart(TimelineModel m) {
        SymbolAxis lanes = new SymbolAxis(null, m.lanes().toArray(new String[0]));
        lanes.setInverted(true);
        lanes.setGridBandsVisible(true);
        lanes.setGridBandPaint(new Color(246, 246, 250));
        lanes.setRange(-0.5, Math.max(0.5, m.lanes().size() - 0.5));
        lanes.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(lanes);
        combined.setGap(14);
        for (int i = 0; i < m.panels().size(); i++) {
            combined.add(panel(m, m.panels().get(i), i), m.panels().get(i).weight());
        }
        combined.setFixedLegendItems(legend());
        JFreeChart chart = new JFreeChart(m.title(), new Font(Font.SANS_SERIF, Font.BOLD, 20), combined, true);
        TextTitle verdict = new TextTitle(m.subtitle(), new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        chart.addSubtitle(verdict);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }

    private static XYPlot panel(TimelineModel m, Panel p, int index) {
        NumberAxis time = new NumberAxis(index == 0 ? "ms since " + origin(m)
                : "ms (after a cut of " + String.format(Locale.ROOT, "%.3f", gapSeconds(m, index)) + " s)");
        time.setRange(ms(m, p.startMicros()), ms(m, p.endMicros()));
        time.setNumberFormatOverride(new DecimalFormat("0.###"));
        time.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        time.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        time.setAutoRangeIncludesZero(false);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        int series = 0;
        for (Kind kind : Kind.values()) {
            XYSeries s = new XYSeries(kind.label(), false, true);
            for (Marker mk : m.markers()) {
                if (mk.kind() == kind && inside(p, mk.micros())) {
                    s.add(ms(m, mk.micros()), mk.lane());
                }
            }
            data.addSeries(s);
            renderer.setSeriesPaint(series, COLOURS.get(kind));
            renderer.setSeriesShape(series, shape(kind));
            series++;
        }
        XYPlot plot = new XYPlot(data, time, null, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        m.window().filter(w -> w.endMicros() >= p.startMicros() && w.startMicros() <= p.endMicros()).ifPresent(w -> {
            IntervalMarker shade = new IntervalMarker(ms(m, w.startMicros()), ms(m, w.endMicros()), WINDOW);
            shade.setAlpha(1.0f); // the colour carries its own transparency
            shade.setLabel(w.label());
            shade.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            shade.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            shade.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            shade.setLabelPaint(new Color(150, 60, 0));
            plot.addDomainMarker(shade, Layer.BACKGROUND);
        });
        for (Bar b : m.bars()) {
            long s = Math.max(b.startMicros(), p.startMicros());
            long e = Math.min(b.endMicros(), p.endMicros());
            if (e < s) {
                continue;
            }
            Paint fill = b.misapplied() ? MISAPPLIED : DESCRIPTOR;
            // The lane axis is inverted (first lane on top): y0 must be the larger value.
            plot.addAnnotation(new XYBoxAnnotation(ms(m, s), b.lane() + 0.18, ms(m, e), b.lane() - 0.18,
                    new BasicStroke(0.5f), Color.DARK_GRAY, fill));
            if (index == 0 || b.startMicros() >= p.startMicros()) {
                String text = b.txd() + (b.submittedBeforeView() ? " (submitted earlier)" : "")
                        + (b.misapplied() ? "  freed by the worker: misapplied" : "")
                        + (b.neverFreed() ? " (not freed in view)" : "");
                label(plot, p, m, text, s, b.lane() - 0.3, b.misapplied() ? MISAPPLIED : Color.BLACK);
            }
        }
        int i = 0;
        for (Marker mk : m.markers()) {
            if (!inside(p, mk.micros()) || !labelled(mk)) {
                continue;
            }
            String text = mk.count() > 1 ? mk.label() + " \u00d7" + mk.count() : mk.label();
            // Labels alternate above and below their lane so neighbours do not overprint.
            double y = mk.lane() + (i++ % 2 == 0 ? -0.3 : 0.38);
            label(plot, p, m, text, mk.micros(), y, COLOURS.get(mk.kind()).darker());
        }
        return plot;
    }

    /**
     * Routine steps (buffer descriptors, config calls, PCM bookkeeping) are left to the legend so
     * the steps of the story keep readable labels; merged markers always say how many they are.
     */
    private static boolean labelled(Marker mk) {
        if (mk.count() > 1) {
            return true;
        }
        return !mk.label().isEmpty() && mk.kind() != Kind.BUFFER && mk.kind() != Kind.CHANNEL
                && mk.kind() != Kind.PCM;
    }

    /** A label that starts at its point, or ends there near the panel's right edge, so it is not cut. */
    private static void label(XYPlot plot, Panel p, TimelineModel m, String text, long micros, double y, Paint paint) {
        XYTextAnnotation a = new XYTextAnnotation(text, ms(m, micros), y);
        a.setFont(LABEL);
        a.setPaint(paint);
        boolean nearRight = micros > p.startMicros() + p.width() * 85 / 100;
        a.setTextAnchor(nearRight ? TextAnchor.BASELINE_RIGHT : TextAnchor.BASELINE_LEFT);
        plot.addAnnotation(a);
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        for (Kind kind : Kind.values()) {
            items.add(new LegendItem(kind.label(), null, null, null, shape(kind), COLOURS.get(kind)));
        }
        Shape box = new Rectangle2D.Double(-6, -3, 12, 6);
        items.add(new LegendItem("descriptor: submit to free", null, null, null, box, DESCRIPTOR));
        items.add(new LegendItem("misapplied free", null, null, null, box, MISAPPLIED));
        items.add(new LegendItem("race window", null, null, null, box, WINDOW));
        return items;
    }

    private static Shape shape(Kind kind) {
        return switch (kind) {
            case TERMINATE, FREE, ERROR -> diamond(5);
            case PREP, SUBMIT -> new Rectangle2D.Double(-4, -4, 8, 8);
            case BUFFER, CHANNEL, PCM -> new Ellipse2D.Double(-2.5, -2.5, 5, 5);
            default -> new Ellipse2D.Double(-4, -4, 8, 8);
        };
    }

    private static Shape diamond(double r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -r);
        d.lineTo(r, 0);
        d.lineTo(0, r);
        d.lineTo(-r, 0);
        d.closePath();
        return d;
    }

    private static boolean inside(Panel p, long micros) {
        return micros >= p.startMicros() && micros <= p.endMicros();
    }

    static double ms(TimelineModel m, long micros) {
        return (micros - m.originMicros()) / 1000.0;
    }

    /** "535.201598 s" on the kernel's clock, else the log's own form ("Nov 24 10:08:55.201598"). */
    private static String origin(TimelineModel m) {
        String at = m.times().format(m.originMicros());
        return m.times() == TimeStyle.SECONDS || !m.times().hasClock() ? at + " s" : at;
    }

    private static double gapSeconds(TimelineModel m, int index) {
        return (m.panels().get(index).startMicros() - m.panels().get(index - 1).endMicros()) / 1e6;
    }
}
