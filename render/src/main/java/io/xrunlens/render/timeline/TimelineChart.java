package io.xrunlens.render.timeline;

import io.xrunlens.record.TimeStyle;
import io.xrunlens.render.timeline.TimelineModel.Bar;
import io.xrunlens.render.timeline.TimelineModel.Kind;
import io.xrunlens.render.timeline.TimelineModel.Marker;
import io.xrunlens.render.timeline.TimelineModel.Panel;
import io.xrunlens.render.timeline.TimelineModel.Shade;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a {@link TimelineModel} with JFreeChart: lanes on the vertical axis (top = first cause),
 * time on the horizontal one, one sub-plot per panel sharing the lanes, so a 10 s stall becomes
 * a visible cut between two panels instead of squashing the 2 ms that matter.
 *
 * <p>Markers, bars, shades, axes, titles and the legend are JFreeChart's; the text labels of
 * markers and bars are not: {@link LabelLayout} places them afterwards with the font metrics
 * they are drawn with, so that none overlaps another or leaves the plot.
 */
public final class TimelineChart {
    /** The race window's fill; tests look for it in the PNG. */
    public static final Color WINDOW = new Color(255, 170, 60, 90);
    /** An incident's band in an overview. */
    static final Color BAND = new Color(230, 60, 60, 45);
    static final Color MISAPPLIED = new Color(200, 20, 20);
    static final Color DESCRIPTOR = new Color(70, 110, 170);
    static final Map<Kind, Color> COLOURS = new EnumMap<>(Kind.class);

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
        COLOURS.put(Kind.NOTE, new Color(120, 160, 170));
    }

    /**
     * Sizes that depend on the picture: a font scale (1 at 1600×900, smaller below), the lane
     * names' size (no larger than the lane pitch allows), and each panel's plot width in pixels
     * from a previous layout pass (for the axis label that fits), or null before the first.
     */
    record Look(double scale, float laneFont, int[] panelPixels) {
        static Look of(int width, int height) {
            double s = Math.max(0.7, Math.min(1.0, Math.min(width / 1400.0, height / 800.0)));
            return new Look(s, (float) (15 * s), null);
        }

        Font font(int style, double size) {
            return new Font(Font.SANS_SERIF, style, (int) Math.round(size * scale));
        }

        Look withLaneFont(float size) {
            return new Look(scale, size, panelPixels);
        }

        Look withPanelPixels(int[] pixels) {
            return new Look(scale, laneFont, pixels);
        }
    }

    private TimelineChart() {
    }

    /** The chart at the default size (tests). */
    public static JFreeChart chart(TimelineModel m) {
        return chart(m, Look.of(1600, 900));
    }

    static JFreeChart chart(TimelineModel m, Look look) {
        SymbolAxis lanes = new SymbolAxis(null, m.lanes().toArray(new String[0]));
        lanes.setInverted(true);
        lanes.setGridBandsVisible(true);
        lanes.setGridBandPaint(new Color(246, 246, 250));
        lanes.setRange(-0.5, Math.max(0.5, m.lanes().size() - 0.5));
        lanes.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, Math.round(look.laneFont()))));
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(lanes);
        combined.setGap(14 * look.scale() + 6);
        for (int i = 0; i < m.panels().size(); i++) {
            combined.add(panel(m, i, look), m.panels().get(i).weight());
        }
        combined.setFixedLegendItems(legend(m));
        JFreeChart chart = new JFreeChart(m.title(), look.font(Font.BOLD, 20), combined, true);
        TextTitle verdict = new TextTitle(m.subtitle(), look.font(Font.PLAIN, 15));
        verdict.setMaximumLinesToDisplay(look.scale() < 0.9 ? 3 : 4);
        chart.addSubtitle(verdict);
        chart.getLegend().setItemFont(look.font(Font.PLAIN, 13));
        for (String note : m.notes()) {
            TextTitle t = new TextTitle(note, look.font(Font.PLAIN, 13));
            t.setPosition(RectangleEdge.BOTTOM);
            t.setHorizontalAlignment(HorizontalAlignment.LEFT);
            t.setPadding(new RectangleInsets(1, 8, 1, 8));
            chart.addSubtitle(t);
        }
        // Room on the right for half of the last tick label, so it is never cut at the edge.
        chart.setPadding(new RectangleInsets(4, 8, 4, 36 * look.scale()));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static XYPlot panel(TimelineModel m, int index, Look look) {
        Panel p = m.panels().get(index);
        long origin = origin(m, index);
        double spanMs = p.width() / 1000.0;
        boolean wall = m.times().hasClock() && m.times() != TimeStyle.SECONDS;
        TimeAxis.Unit unit = m.times().hasClock() ? TimeAxis.Unit.forSpan(spanMs, wall) : TimeAxis.Unit.LINE;
        TimeAxis time = new TimeAxis(axisLabel(m, index, unit, look), unit, origin, m.times());
        time.setRange(ms(origin, p.startMicros()), ms(origin, p.endMicros()));
        time.setTickLabelFont(look.font(Font.PLAIN, 13));
        time.setTickLabelsVisible(!m.spread()); // spread records: their x is log order, not milliseconds
        time.setLabelFont(look.font(Font.PLAIN, 14));
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        int series = 0;
        for (Kind kind : Kind.values()) {
            XYSeries s = new XYSeries(kind.label(), false, true);
            for (Marker mk : m.markers()) {
                if (mk.kind() == kind && inside(p, mk.micros())) {
                    s.add(ms(origin, mk.micros()), mk.lane());
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
        for (Shade w : shades(m)) {
            if (w.endMicros() >= p.startMicros() && w.startMicros() <= p.endMicros()) {
                // The label is LabelLayout's: JFreeChart would draw it past the band's edge.
                IntervalMarker shade = new IntervalMarker(ms(origin, w.startMicros()), ms(origin, w.endMicros()),
                        m.window().isPresent() ? WINDOW : BAND);
                shade.setAlpha(1.0f); // the colour carries its own transparency
                plot.addDomainMarker(shade, Layer.BACKGROUND);
            }
        }
        for (Bar b : m.bars()) {
            long s = Math.max(b.startMicros(), p.startMicros());
            long e = Math.min(b.endMicros(), p.endMicros());
            if (e < s) {
                continue;
            }
            Paint fill = b.misapplied() ? MISAPPLIED : DESCRIPTOR;
            // The lane axis is inverted (first lane on top): y0 must be the larger value.
            plot.addAnnotation(new XYBoxAnnotation(ms(origin, s), b.lane() + 0.18, ms(origin, e), b.lane() - 0.18,
                    new BasicStroke(0.5f), Color.DARK_GRAY, fill));
        }
        return plot;
    }

    /** The race window of an incident, or the bands of an overview's incidents. */
    static List<Shade> shades(TimelineModel m) {
        return m.window().map(List::of).orElse(m.bands());
    }

    /**
     * The longest axis label that fits under its panel: where the time counts from and, after a
     * cut, how much was cut. A narrow panel gets the short form.
     */
    private static String axisLabel(TimelineModel m, int index, TimeAxis.Unit unit, Look look) {
        String since = m.times().hasClock() ? m.times().format(origin(m, index)) : "";
        if (m.times() == TimeStyle.SECONDS) {
            since += " s";
        }
        String cut = index == 0 ? "" : String.format(Locale.ROOT, "%.3f s", gapSeconds(m, index));
        List<String> forms;
        if (unit == TimeAxis.Unit.LINE) {
            forms = List.of("input line (no clock: log order)", "input line", "");
        } else if (m.spread()) {
            String tick = m.times().resolutionMicros() >= 1_000_000 ? "1 s" : m.times().resolutionMicros() / 1000 + " ms";
            String after = index == 0 ? "" : String.format(Locale.ROOT, ", about %.0f s later", gapSeconds(m, index));
            forms = List.of("records of " + since + " in log order (the clock ticks every " + tick + ")" + after,
                    since + " in log order" + after, index == 0 ? "log order" : after.substring(2), "");
        } else if (unit == TimeAxis.Unit.CLOCK) {
            String date = since.contains(" ") ? since.substring(0, since.lastIndexOf(' ')) : "";
            forms = index == 0 ? List.of("time of day" + (date.isEmpty() ? "" : ", " + date), "time of day")
                    : List.of("time of day, after a cut of " + cut, "cut " + cut, "");
        } else if (index == 0) {
            forms = List.of(unit.label + " since " + since, unit.label);
        } else {
            forms = List.of(unit.label + " since " + since + ", after a cut of " + cut, unit.label + " after a cut of "
                    + cut, "+" + cut, "");
        }
        if (look.panelPixels() == null || index >= look.panelPixels().length) {
            return forms.get(0);
        }
        Font f = look.font(Font.PLAIN, 14);
        for (String form : forms) {
            if (TextBoxes.width(form, f) <= look.panelPixels()[index] - 4) {
                return form;
            }
        }
        return "";
    }

    /** Where panel {@code index}'s values count from: the first event, or the panel's first event. */
    static long origin(TimelineModel m, int index) {
        if (!m.times().hasClock()) {
            return 0; // line numbers count from the top of the input
        }
        if (index == 0) {
            return m.originMicros();
        }
        Panel p = m.panels().get(index);
        return m.markers().stream().mapToLong(Marker::micros).filter(t -> t >= p.startMicros() && t <= p.endMicros())
                .min().orElse(p.startMicros());
    }

    /** The legend lists what the picture shows, no more: a short legend leaves room for lanes. */
    private static LegendItemCollection legend(TimelineModel m) {
        Set<Kind> shown = EnumSet.noneOf(Kind.class);
        m.markers().forEach(mk -> shown.add(mk.kind()));
        LegendItemCollection items = new LegendItemCollection();
        for (Kind kind : Kind.values()) {
            if (shown.contains(kind)) {
                items.add(new LegendItem(kind.label(), null, null, null, shape(kind), COLOURS.get(kind)));
            }
        }
        Shape box = new Rectangle2D.Double(-6, -3, 12, 6);
        if (!m.bars().isEmpty()) {
            items.add(new LegendItem("descriptor: submit to free", null, null, null, box, DESCRIPTOR));
        }
        if (m.bars().stream().anyMatch(Bar::misapplied)) {
            items.add(new LegendItem("misapplied free", null, null, null, box, MISAPPLIED));
        }
        if (m.window().isPresent()) {
            items.add(new LegendItem("race window", null, null, null, box, WINDOW));
        } else if (!m.bands().isEmpty()) {
            items.add(new LegendItem("incident", null, null, null, box, BAND));
        }
        return items;
    }

    static Shape shape(Kind kind) {
        return switch (kind) {
            case TERMINATE, FREE, ERROR -> diamond(5);
            case PREP, SUBMIT -> new Rectangle2D.Double(-4, -4, 8, 8);
            case BUFFER, CHANNEL, PCM -> new Ellipse2D.Double(-2.5, -2.5, 5, 5);
            case NOTE -> triangle(4); // small, and like no step of a failure
            default -> new Ellipse2D.Double(-4, -4, 8, 8);
        };
    }

    private static Shape triangle(double r) {
        Path2D.Double t = new Path2D.Double();
        t.moveTo(-r, -r * 0.8);
        t.lineTo(r, -r * 0.8);
        t.lineTo(0, r);
        t.closePath();
        return t;
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

    static boolean inside(Panel p, long micros) {
        return micros >= p.startMicros() && micros <= p.endMicros();
    }

    /** Milliseconds of panel 0 (tests map the race window to pixels with it). */
    static double ms(TimelineModel m, long micros) {
        return ms(m.originMicros(), micros);
    }

    static double ms(long origin, long micros) {
        return (micros - origin) / 1000.0;
    }

    private static double gapSeconds(TimelineModel m, int index) {
        return (m.panels().get(index).startMicros() - m.panels().get(index - 1).endMicros()) / 1e6;
    }
}
