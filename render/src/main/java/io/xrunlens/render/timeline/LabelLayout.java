package io.xrunlens.render.timeline;

import io.xrunlens.render.timeline.TimelineModel.Bar;
import io.xrunlens.render.timeline.TimelineModel.Kind;
import io.xrunlens.render.timeline.TimelineModel.Marker;
import io.xrunlens.render.timeline.TimelineModel.Panel;
import io.xrunlens.render.timeline.TimelineModel.Shade;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Places the text labels of a timeline where they fit: each label, most important first, takes
 * the first of its candidate places (beside its marker above or below, left or right, then a
 * row further away with a leader line) whose box, measured with the font it is drawn with, lies
 * inside its panel's plot area and meets no other label, marker or descriptor bar. A label with
 * no such place is left out and counted, for a note under the picture.
 */
final class LabelLayout {
    private static final int GAP = 4;
    private static final int GLYPH = 6;
    private static final Color LEADER = new Color(150, 150, 150);

    /** A label drawn: text, font and colour, where its baseline starts, and its leader line if any. */
    record Placed(String text, Font font, Color colour, double x, double baseline, Line2D leader) {
        Rectangle2D box() {
            return TextBoxes.box(text, font, x, baseline);
        }
    }

    /** What the layout drew and how many labels it left out. */
    record Result(List<Placed> placed, int folded) {
    }

    /** Where a panel is drawn and how to map its values to pixels. */
    record PanelGeometry(Rectangle2D area, ValueAxis time, ValueAxis lanes, long origin) {
        double x(long micros) {
            return time.valueToJava2D(TimelineChart.ms(origin, micros), area, RectangleEdge.BOTTOM);
        }

        double y(double lane) {
            return lanes.valueToJava2D(lane, area, RectangleEdge.LEFT);
        }

        double pitch() {
            return Math.abs(y(1) - y(0));
        }
    }

    /** A label to place: its text forms (longest first), anchor, importance. */
    private record Wanted(int panel, List<String> forms, Color colour, int priority, long micros, double lane,
                          Anchor anchor, long endMicros) {
    }

    private enum Anchor { POINT, BAR, BAND }

    private final TimelineModel m;
    private final List<PanelGeometry> panels;
    private final Font font;
    private final List<Rectangle2D> taken = new ArrayList<>();

    LabelLayout(TimelineModel m, List<PanelGeometry> panels, Font font) {
        this.m = m;
        this.panels = panels;
        this.font = font;
    }

    Result place() {
        obstacles();
        List<Wanted> wanted = wanted();
        wanted.sort(Comparator.comparingInt(Wanted::priority).thenComparingLong(Wanted::micros)
                .thenComparingDouble(Wanted::lane));
        List<Placed> placed = new ArrayList<>();
        int folded = 0;
        for (Wanted w : wanted) {
            Placed p = fit(w);
            if (p == null) {
                folded++;
            } else {
                placed.add(p);
                taken.add(grow(p.box(), 1));
            }
        }
        return new Result(placed, folded);
    }

    /** Draws the placed labels on top of the chart. */
    static void draw(Graphics2D g2, List<Placed> placed) {
        for (Placed p : placed) {
            if (p.leader() != null) {
                g2.setPaint(LEADER);
                g2.setStroke(new BasicStroke(0.8f));
                g2.draw(p.leader());
            }
            g2.setFont(p.font());
            g2.setPaint(p.colour());
            g2.drawString(p.text(), (float) p.x(), (float) p.baseline());
        }
    }

    /** Markers and bars are not to be written over. */
    private void obstacles() {
        for (int i = 0; i < panels.size(); i++) {
            PanelGeometry g = panels.get(i);
            Panel p = m.panels().get(i);
            for (Marker mk : m.markers()) {
                if (TimelineChart.inside(p, mk.micros())) {
                    double x = g.x(mk.micros());
                    double y = g.y(mk.lane());
                    taken.add(new Rectangle2D.Double(x - GLYPH, y - GLYPH, 2 * GLYPH, 2 * GLYPH));
                }
            }
            for (Bar b : m.bars()) {
                long s = Math.max(b.startMicros(), p.startMicros());
                long e = Math.min(b.endMicros(), p.endMicros());
                if (e >= s) {
                    double y0 = g.y(b.lane() - 0.18);
                    double y1 = g.y(b.lane() + 0.18);
                    taken.add(new Rectangle2D.Double(g.x(s), Math.min(y0, y1), Math.max(1, g.x(e) - g.x(s)),
                            Math.abs(y1 - y0)));
                }
            }
        }
    }

    private List<Wanted> wanted() {
        List<Wanted> out = new ArrayList<>();
        // Hundreds of markers (a burst over minutes) make a forest of labels nobody reads: then
        // only errors and the incident's own descriptors are named; the legend names the rest.
        boolean dense = m.markers().stream().filter(LabelLayout::labelled).count() > DENSE_MARKERS;
        for (int i = 0; i < m.panels().size(); i++) {
            Panel p = m.panels().get(i);
            for (Marker mk : m.markers()) {
                if (!m.overview() && TimelineChart.inside(p, mk.micros()) && labelled(mk)
                        && (!dense || mk.kind() == Kind.ERROR || ownDescriptor(mk))) {
                    String text = mk.count() > 1 ? mk.label() + " \u00d7" + mk.count() : mk.label();
                    out.add(new Wanted(i, List.of(text), TimelineChart.COLOURS.get(mk.kind()).darker(),
                            priority(mk.kind()), mk.micros(), mk.lane(), Anchor.POINT, mk.micros()));
                }
            }
            for (Bar b : m.bars()) {
                long s = Math.max(b.startMicros(), p.startMicros());
                long e = Math.min(b.endMicros(), p.endMicros());
                boolean startsHere = TimelineChart.inside(p, b.startMicros()) || i == 0 && b.startMicros() < p.startMicros();
                if (e < s || !startsHere) {
                    continue;
                }
                String full = b.txd() + (b.submittedBeforeView() ? " (submitted earlier)" : "")
                        + (b.misapplied() ? "  freed by the worker: misapplied" : "")
                        + (b.neverFreed() ? " (not freed in view)" : "");
                List<String> forms = b.misapplied() ? List.of(full, b.txd() + " misapplied", b.txd()) : List.of(full,
                        b.txd());
                out.add(new Wanted(i, forms, b.misapplied() ? TimelineChart.MISAPPLIED : Color.BLACK,
                        b.misapplied() ? 1 : 5, s, b.lane(), Anchor.BAR, e));
            }
            for (Shade sh : TimelineChart.shades(m)) {
                long s = Math.max(sh.startMicros(), p.startMicros());
                long e = Math.min(sh.endMicros(), p.endMicros());
                if (e < s || !TimelineChart.inside(p, s)) {
                    continue;
                }
                String shortForm = sh.label().contains(":") ? sh.label().substring(0, sh.label().indexOf(':'))
                        : sh.label();
                out.add(new Wanted(i, List.of(sh.label(), shortForm), new Color(150, 60, 0), 0, s, -1, Anchor.BAND, e));
            }
        }
        return out;
    }

    /** More labelled markers than this in a picture name only what matters ({@link #wanted}). */
    static final int DENSE_MARKERS = 200;

    /** A submit or free of one of the incident's descriptors (only those are named with their id). */
    private static boolean ownDescriptor(Marker mk) {
        return (mk.kind() == Kind.SUBMIT || mk.kind() == Kind.FREE) && mk.label().contains(" ");
    }

    /**
     * Routine steps (buffer descriptors, config calls, PCM bookkeeping) are left to the legend so
     * the steps of the story keep readable labels; a merged marker of the story says how many
     * records it stands for.
     */
    static boolean labelled(Marker mk) {
        return !mk.label().isEmpty() && mk.kind() != Kind.BUFFER && mk.kind() != Kind.CHANNEL && mk.kind() != Kind.PCM;
    }

    /** The story first: errors and the race's steps, then the routine. */
    private static int priority(Kind k) {
        return switch (k) {
            case ERROR, XRUN -> 2;
            case TERMINATE, FREE, WORKER -> 3;
            case PREP, SUBMIT -> 4;
            case TRIGGER, DRIVER -> 6;
            default -> 7;
        };
    }

    private Placed fit(Wanted w) {
        PanelGeometry g = panels.get(w.panel());
        Rectangle2D area = grow(g.area(), -2);
        double a = TextBoxes.ascent(font);
        double d = TextBoxes.descent(font);
        double row = a + d + 2;
        for (int f = 0; f < w.forms().size(); f++) {
            String text = w.forms().get(f);
            double width = TextBoxes.width(text, font);
            // The race window's long label only inside it; its short form, and an overview's
            // incident names, may stand beside the band.
            boolean insideOnly = w.anchor() == Anchor.BAND && !m.overview() && f < w.forms().size() - 1;
            for (double[] c : candidates(w, g, width, a, d, row, insideOnly)) {
                Placed p = new Placed(text, font, w.colour(), c[0], c[1], c.length > 2
                        ? new Line2D.Double(c[2], c[3], c[4], c[5]) : null);
                Rectangle2D box = p.box();
                if (area.contains(box) && taken.stream().noneMatch(box::intersects)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Candidate places {x, baseline[, leader x1, y1, x2, y2]}, best first. */
    private List<double[]> candidates(Wanted w, PanelGeometry g, double width, double a, double d, double row,
                                      boolean insideOnly) {
        List<double[]> out = new ArrayList<>();
        double x = g.x(w.micros());
        switch (w.anchor()) {
            case BAND -> {
                double x1 = g.x(w.endMicros());
                double top = g.area().getMinY() + 3 + a;
                for (int k = 0; k < 3; k++) {
                    double base = top + k * row;
                    if (width <= x1 - x - 4) {
                        out.add(new double[] {(x + x1 - width) / 2, base}); // inside the band
                    }
                    if (!insideOnly) {
                        out.add(new double[] {x + 3, base});
                        out.add(new double[] {x1 - width - 3, base});
                    }
                }
            }
            case BAR -> {
                double y = g.y(w.lane());
                double half = g.pitch() * 0.18;
                double xe = g.x(w.endMicros());
                for (int k = 0; k < 3; k++) {
                    double above = y - half - 3 - d - k * row;
                    double below = y + half + 3 + a + k * row;
                    out.add(new double[] {x + 2, above});
                    out.add(new double[] {xe - width - 2, above});
                    out.add(new double[] {x + 2, below});
                    out.add(new double[] {xe - width - 2, below});
                }
            }
            case POINT -> {
                double y = g.y(w.lane());
                double above = y - GAP - d;
                double below = y + GAP + a;
                out.add(new double[] {x + GAP, above});
                out.add(new double[] {x + GAP, below});
                out.add(new double[] {x - GAP - width, above});
                out.add(new double[] {x - GAP - width, below});
                out.add(new double[] {x - width / 2, y - GLYPH - 1 - d});
                out.add(new double[] {x - width / 2, y + GLYPH + 1 + a});
                // Further rows, tied to the marker by a leader line, within the lane's reach.
                for (int k = 1; k * row < g.pitch() * 0.9; k++) {
                    for (double left : new double[] {x + GAP, x - GAP - width, x - width / 2}) {
                        double up = above - k * row;
                        double down = below + k * row;
                        double cx = Math.max(left, Math.min(x, left + width));
                        out.add(new double[] {left, up, x, y - GLYPH, cx, up + d});
                        out.add(new double[] {left, down, x, y + GLYPH, cx, down - a});
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return out;
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }
}
