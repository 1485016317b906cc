package io.xrunlens.analyzer.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Rule cases as data, in the manner of syzkaller's testdata and PMD's rule test XML: each file of
 * {@code analyzer/src/test/resources/cases/RULE/} holds a header of what its log must give, a
 * line {@code ---}, then the raw log. Header keys:
 * <ul>
 *   <li>{@code rule} (required): the rule whose findings are checked;</li>
 *   <li>{@code count} (required): how many findings of that rule;</li>
 *   <li>{@code lines}: each finding's line, comma-separated, in report order;</li>
 *   <li>{@code severity}, {@code stream}, {@code device}, {@code driver}, {@code channel}: of every
 *       finding of the rule;</li>
 *   <li>{@code message}: words the first finding's sentence contains;</li>
 *   <li>{@code cause}: the first incident's cause, or {@code none} for no incident;</li>
 *   <li>{@code why}: what the case is about, for the reader.</li>
 * </ul>
 */
class RuleCasesTest {
    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final Set<String> KEYS = Set.of("rule", "count", "lines", "severity", "stream", "device",
            "driver", "channel", "message", "cause", "why");

    @TestFactory
    Stream<DynamicTest> everyCaseGivesWhatItsHeaderSays() throws IOException {
        return files().stream().map(f -> DynamicTest.dynamicTest(CASES.relativize(f).toString(), () -> check(f)));
    }

    @Test
    void everyRuleHasCases() throws IOException {
        Set<String> rules = Rules.defaults().stream().map(Supplier::get).map(Rule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = new TreeSet<>();
        for (Path f : files()) {
            covered.add(header(f).get("rule"));
        }
        rules.removeAll(covered);
        assertEquals(Set.of(), rules, "rules without a case file under " + CASES);
    }

    private static void check(Path file) throws IOException {
        Map<String, String> h = header(file);
        String rule = h.get("rule");
        assertEquals(file.getParent().getFileName().toString(), rule, "a case lives in the folder of its rule");
        InputReport report = Logs.analyze(log(file));
        List<Finding> found = Logs.findings(report, rule);
        assertEquals(Integer.parseInt(h.get("count")), found.size(), "findings of " + rule + ": " + found);
        if (h.containsKey("lines")) {
            assertEquals(h.get("lines"), found.stream().map(f -> Long.toString(f.line()))
                    .collect(Collectors.joining(", ")), "lines");
        }
        for (Finding f : found) {
            expect(h, "severity", f.severity().name().toLowerCase(Locale.ROOT));
            expect(h, "stream", f.stream().name().toLowerCase(Locale.ROOT));
            expect(h, "device", f.device());
            expect(h, "driver", f.driver());
            expect(h, "channel", f.channel().isPresent() ? Integer.toString(f.channel().getAsInt()) : "none");
        }
        if (h.containsKey("message")) {
            assertTrue(found.get(0).message().contains(h.get("message")), found.get(0).message());
        }
        if (h.containsKey("cause")) {
            String cause = report.incidents().isEmpty() ? "none" : report.incidents().get(0).cause().id();
            assertEquals(h.get("cause"), cause, "cause of the first incident");
        }
    }

    private static void expect(Map<String, String> header, String key, String actual) {
        if (header.containsKey(key)) {
            assertEquals(header.get(key), actual, key);
        }
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(CASES)) {
            return s.filter(p -> p.toString().endsWith(".case")).sorted().toList();
        }
    }

    private static Map<String, String> header(Path file) throws IOException {
        Map<String, String> h = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size() && !lines.get(i).equals("---"); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            String key = colon < 0 ? l : l.substring(0, colon).trim();
            assertTrue(colon > 0 && KEYS.contains(key), file + ":" + (i + 1) + ": unknown header line: " + l);
            h.put(key, l.substring(colon + 1).trim());
        }
        assertTrue(h.containsKey("rule") && h.containsKey("count"), file + ": needs rule and count");
        return h;
    }

    private static String log(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int sep = text.indexOf("\n---\n");
        assertTrue(sep >= 0, file + ": no --- line between header and log");
        return text.substring(sep + 5);
    }
}
