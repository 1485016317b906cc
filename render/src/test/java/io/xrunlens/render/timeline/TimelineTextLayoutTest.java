package io.xrunlens.render.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.LogAnalysis;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.parser.LogReader;
import io.xrunlens.record.Record;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The drawn picture, not the model: every sample's timeline is rendered as SVG at the default
 * size, at 800×500 and 640×400, zoomed into its race and as an overview of its boot; every text
 * the SVG holds (titles, lane names, ticks, legend, labels, notes) is measured with the font it
 * names, and no two may overlap and none may leave the canvas.
 */
class TimelineTextLayoutTest {
    private static final Pattern TEXT = Pattern.compile(
            "<text x='([-0-9.]+)' y='([-0-9.]+)' style='([^']*)'[^>]*>([^<]*)</text>");
    private static final Pattern SIZE = Pattern.compile("font-size: ([0-9.]+)px");
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** Boxes may touch: anti-aliasing and rounding make a pixel of slack. */
    private static final double SLACK = 1.0;

    private record View(String name, int width, int height, boolean zoom, boolean overview) {
    }

    private static final List<View> VIEWS = List.of(
            new View("default", 1600, 900, false, false),
            new View("800x500", 800, 500, false, false),
            new View("640x400", 640, 400, false, false),
            new View("zoomed into the race", 1000, 600, true, false),
            new View("overview of the boot", 1200, 700, false, true));

    @TestFactory
    Stream<DynamicTest> noTextOverlapsAnotherOrLeavesThePicture() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(TimelineFixture.sample(""))) {
            samples = files.filter(p -> p.toString().endsWith(".log") && Files.isRegularFile(p)).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : samples) {
            InputReport report = new LogAnalysis(LogReader.Options.defaults()).analyze(sample.toString());
            boolean clock = report.summary().clock().hasClock();
            Optional<Incident> first = report.incidents().stream()
                    .filter(i -> !clock || i.startMicros() != Record.NO_TIME).findFirst();
            if (first.isEmpty()) {
                continue; // no incident, no picture
            }
            for (View v : VIEWS) {
                if (v.zoom() && !clock) {
                    continue; // --window needs a clock (the command says so)
                }
                tests.add(DynamicTest.dynamicTest(sample.getFileName() + " " + v.name(), () -> check(sample, report,
                        first.get(), v)));
            }
        }
        assertTrue(tests.size() >= 5 * 20, "pictures: " + tests.size());
        return tests.stream();
    }

    private static void check(Path sample, InputReport report, Incident incident, View v) throws Exception {
        List<TimelineModel.Panel> panels;
        if (v.overview()) {
            panels = List.of();
        } else if (v.zoom()) {
            long span = Math.max(2000, TimelineModelBuilder.panels(incident).get(0).width() / 3);
            panels = TimelineModelBuilder.panelOver(incident.startMicros(), incident.startMicros() + span);
        } else {
            panels = TimelineModelBuilder.panels(incident);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelinePicture.write(LogReader.Options.defaults(), sample, sample.getFileName().toString(), report,
                incident.boot(), Optional.of(incident), panels, TimelineWriter.SVG, v.width(), v.height(), out);
        String svg = out.toString(StandardCharsets.UTF_8);
        assertFalse(svg.contains("<text") && Pattern.compile("<text[^>]*transform").matcher(svg).find(),
                "no rotated text");
        List<Box> boxes = boxes(svg);
        // the texts were read from the picture: a one-finding incident's holds about ten (title,
        // verdict, its lane, the axis and its ticks, the legend)
        assertTrue(boxes.size() >= 8, "texts: " + boxes.size());
        Rectangle2D canvas = new Rectangle2D.Double(-SLACK, -SLACK, v.width() + 2 * SLACK, v.height() + 2 * SLACK);
        for (Box b : boxes) {
            assertTrue(canvas.contains(b.rect()), "'" + b.text() + "' leaves the " + v.width() + "x" + v.height()
                    + " canvas: " + b.rect());
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Rectangle2D a = shrink(boxes.get(i).rect());
                Rectangle2D b = shrink(boxes.get(j).rect());
                assertFalse(a.intersects(b), "'" + boxes.get(i).text() + "' " + boxes.get(i).rect() + " overlaps '"
                        + boxes.get(j).text() + "' " + boxes.get(j).rect());
            }
        }
    }

    private record Box(String text, Rectangle2D rect) {
    }

    private static List<Box> boxes(String svg) {
        List<Box> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            String text = unescape(m.group(4));
            if (text.isBlank()) {
                continue;
            }
            String style = m.group(3);
            Matcher size = SIZE.matcher(style);
            assertTrue(size.find(), style);
            Font font = new Font(Font.SANS_SERIF, style.contains("bold") ? Font.BOLD : Font.PLAIN,
                    (int) Math.round(Double.parseDouble(size.group(1))));
            double x = Double.parseDouble(m.group(1));
            double y = Double.parseDouble(m.group(2));
            LineMetrics lm = font.getLineMetrics(text, FRC);
            double w = font.getStringBounds(text, FRC).getWidth();
            out.add(new Box(text, new Rectangle2D.Double(x, y - lm.getAscent(), w, lm.getAscent() + lm.getDescent())));
        }
        return out;
    }

    private static Rectangle2D shrink(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + SLACK, r.getY() + SLACK, Math.max(0, r.getWidth() - 2 * SLACK),
                Math.max(0, r.getHeight() - 2 * SLACK));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
