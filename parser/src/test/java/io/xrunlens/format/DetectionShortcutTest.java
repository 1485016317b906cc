package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The first-character shortcut in detection must never change a wrapper format's score. */
class DetectionShortcutTest {

    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(List.of("", " ", "[", "k", "\t[ 1.0] x", "\uFFFDjunk", "Nov 24 10:00:00"));
        Path formats = Path.of(System.getProperty("xrunlens.samples", "../samples")).resolve("formats");
        try (Stream<Path> files = Files.list(formats)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".log") || p.toString().endsWith(".json")).toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.ISO_8859_1));
            }
        }
        return lines;
    }

    @Test
    void scoreEqualsThePatternAlone() throws IOException {
        List<String> lines = lines();
        assertTrue(lines.size() > 500, "sample lines: " + lines.size());
        int wrappers = 0;
        for (LogFormat f : FormatRegistry.all()) {
            if (f instanceof WrapperFormat w) {
                wrappers++;
                for (String line : lines) {
                    int expected = w.prefix().matcher(line).lookingAt() ? 3 : 0;
                    assertEquals(expected, w.score(line), w.name() + " on: " + line);
                }
            }
        }
        assertTrue(wrappers >= 10, "wrapper formats: " + wrappers);
    }
}
