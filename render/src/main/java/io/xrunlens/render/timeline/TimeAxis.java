package io.xrunlens.render.timeline;

import io.xrunlens.record.TimeStyle;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * The time axis of one panel, in the unit that suits its span: milliseconds for a race, seconds
 * for a minute, minutes beyond, and the log's own time of day for wall-clock logs (dmesg -T,
 * syslog) once a panel spans seconds. Values are milliseconds since the panel's own origin.
 *
 * <p>JFreeChart picks the tick spacing from an estimate of the widest tick label, made from
 * the range's two ends; "-0.1" is narrower than "-0.08", so ticks ran together. Here the
 * estimate measures every tick label the spacing would draw, plus a gap.
 */
final class TimeAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    /** Space between two tick labels, in pixels. */
    private static final int GAP_PX = 14;

    /** How a panel's values are written. */
    enum Unit {
        MS("ms", 1), S("s", 1000), MIN("min:s", 60_000), CLOCK("", 1000), LINE("input line", 1);

        final String label;
        final double perUnit;

        Unit(String label, double perUnit) {
            this.label = label;
            this.perUnit = perUnit;
        }

        /** The unit for a panel this many milliseconds wide. */
        static Unit forSpan(double spanMs, boolean wallClock) {
            if (spanMs < 2_000) {
                return MS;
            }
            if (wallClock) {
                return CLOCK;
            }
            return spanMs < 180_000 ? S : MIN;
        }
    }

    TimeAxis(String label, Unit unit, long originMicros, TimeStyle times) {
        super(label);
        setStandardTickUnits(units(unit, originMicros, times));
        setAutoRangeIncludesZero(false);
    }

    @Override
    protected double estimateMaximumTickLabelWidth(Graphics2D g2, TickUnit unit) {
        FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
        Range r = getRange();
        double size = unit.getSize();
        double widest = Math.max(fm.stringWidth(unit.valueToString(r.getLowerBound())),
                fm.stringWidth(unit.valueToString(r.getUpperBound())));
        double first = Math.ceil(r.getLowerBound() / size) * size;
        for (int i = 0; i < 400 && first + i * size <= r.getUpperBound(); i++) {
            widest = Math.max(widest, fm.stringWidth(unit.valueToString(first + i * size)));
        }
        return widest + GAP_PX + getTickLabelInsets().getLeft() + getTickLabelInsets().getRight();
    }

    /**
     * A tick label that would reach past its panel's plot area loses its text (the tick stays):
     * it would run into the next panel's labels or off the picture's edge.
     */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        List ticks = super.refreshTicksHorizontal(g2, dataArea, edge);
        FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
        List out = new ArrayList();
        for (Object o : ticks) {
            NumberTick t = (NumberTick) o;
            double x = valueToJava2D(t.getValue(), dataArea, edge);
            double half = Math.max(fm.stringWidth(t.getText()), TextBoxes.width(t.getText(), getTickLabelFont())) / 2.0;
            boolean fits = x - half >= dataArea.getMinX() - 1 && x + half <= dataArea.getMaxX() + 1;
            out.add(fits ? t : new NumberTick(t.getTickType(), t.getValue(), "", t.getTextAnchor(), t.getRotationAnchor(),
                    t.getAngle()));
        }
        return out;
    }

    /** Tick spacings of 1, 2 and 5 (seconds-friendly ones for clocks), each with its own format. */
    private static TickUnits units(Unit unit, long originMicros, TimeStyle times) {
        TickUnits units = new TickUnits();
        double[] seconds = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200,
            86400};
        if (unit == Unit.CLOCK) {
            for (double s : seconds) {
                units.add(new NumberTickUnit(s * 1000, new Format(v -> timeOfDay(times, originMicros, v))));
            }
            return units;
        }
        if (unit == Unit.MIN) {
            for (double s : seconds) {
                units.add(new NumberTickUnit(s * 1000, new Format(TimeAxis::minutes)));
            }
            return units;
        }
        for (int exp = unit == Unit.LINE ? 0 : -4; exp <= 9; exp++) {
            for (int m : new int[] {1, 2, 5}) {
                double sizeMs = m * Math.pow(10, exp);
                double inUnit = sizeMs / unit.perUnit;
                int decimals = (int) Math.max(0, Math.ceil(-Math.log10(inUnit) - 1e-9));
                units.add(new NumberTickUnit(sizeMs, new Format(v -> String.format(Locale.ROOT, "%." + decimals + "f",
                        clean(v / unit.perUnit, decimals)))));
            }
        }
        return units;
    }

    /** "8:57" (minutes and seconds), "-0:05" before the origin. */
    private static String minutes(double ms) {
        long s = Math.round(ms / 1000);
        return (s < 0 ? "-" : "") + Math.abs(s) / 60 + ":" + String.format(Locale.ROOT, "%02d", Math.abs(s) % 60);
    }

    /** No "-0" where a tick sits on zero. */
    private static double clean(double v, int decimals) {
        double r = Math.round(v * Math.pow(10, decimals)) / Math.pow(10, decimals);
        return r == 0 ? 0 : r;
    }

    /** "10:08:55" of the log's own clock, without the date the axis label already names. */
    private static String timeOfDay(TimeStyle times, long originMicros, double ms) {
        String s = times.format(originMicros + Math.round(ms * 1000));
        int space = s.lastIndexOf(' ');
        String t = space >= 0 ? s.substring(space + 1) : s;
        int dot = t.indexOf('.');
        return dot > 0 ? t.substring(0, dot) : t;
    }

    /** A NumberFormat from a function, as JFreeChart's tick units want one. */
    private static final class Format extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final transient DoubleFunction<String> f;

        Format(DoubleFunction<String> f) {
            this.f = f;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(f.apply(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(f.apply(number));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("tick labels are only written");
        }
    }
}
