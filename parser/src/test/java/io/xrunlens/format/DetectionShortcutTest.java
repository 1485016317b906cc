package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts before a wrapper format's pattern (the first character, the words every match
 * holds, a line's bytes read without a copy) must never change what the pattern alone says.
 */
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
                    int expected = w.prefix().matcher(line).lookingAt() ? 3 : w.programEnd(line) >= 0 ? 1 : 0;
                    assertEquals(expected, w.score(line), w.name() + " on: " + line);
                }
            }
        }
        assertTrue(wrappers >= 10, "wrapper formats: " + wrappers);
    }

    @Test
    void aRecordStartReadFromBytesIsWhatThePatternSaysOfTheLineStart() throws IOException {
        int starts = 0;
        for (LogFormat f : FormatRegistry.all()) {
            if (f instanceof WrapperFormat w) {
                for (String line : lines()) {
                    byte[] b = ("x" + line + "y").getBytes(StandardCharsets.ISO_8859_1); // offsets, not 0..length
                    boolean fromBytes = w.startsRecord(b, 1, b.length - 1);
                    var m = w.prefix().matcher(line.substring(0, Math.min(line.length(), 96)));
                    boolean expected = m.lookingAt() && !m.hitEnd()
                            && line.chars().limit(m.end()).allMatch(c -> c >= ' ' && c < 0x7f);
                    assertEquals(expected, fromBytes, w.name() + " on: " + line);
                    starts += fromBytes ? 1 : 0;
                }
            }
        }
        assertTrue(starts > 300, "record starts: " + starts);
    }

    /**
     * A guard may only rule out lines its row's pattern cannot match: tried on every format's
     * sample lines and on each of them with one character of its first 48 dropped or made
     * another (a digit, a space, a colon, a plus, a bracket), where patterns that try many
     * splits of a line are the likeliest to find one a guard did not foresee.
     */
    @Test
    void aGuardPassesEveryLineItsRowsPatternMatches() throws IOException {
        List<String> variants = new ArrayList<>();
        List<String> lines = new ArrayList<>(lines());
        lines.addAll(List.of("kern  :info  : [Tue Nov 24 10:00:00 2026] msg", "kern  :warn  : [Di Dez  1 10:00:00 2026] m",
                "kern  :info  : [Nov24 10:00] msg", "kern  :info  : [  +0.000123] msg", "[Tue Nov 24 10:00:00 2026] msg",
                "[Nov24 10:00] msg", "[  +0,000123] msg", "Dez 01 10:00:00.201598 host kernel: msg",
                "Dec  1 10:00:00 [kernel] msg", "Tue 2026-12-01 10:00:00.201598 CET host kernel: msg",
                "de des. 1 10:00:00 host kernel: msg", "12\u6708  1 10:00:00 host kernel: msg"));
        for (String line : lines) {
            variants.add(line);
            for (int i = 0; i < Math.min(48, line.length()); i++) {
                variants.add(line.substring(0, i) + line.substring(i + 1));
                for (char c : new char[] {'7', ' ', ':', '+', ']', '['}) {
                    variants.add(line.substring(0, i) + c + line.substring(i + 1));
                }
            }
        }
        int guarded = 0;
        for (LogFormat f : FormatRegistry.all()) {
            if (f instanceof WrapperFormat w && w.guard() != null) {
                guarded++;
                int matched = 0;
                int ruledOut = 0;
                for (String line : variants) {
                    boolean passes = w.guard().passes(line);
                    if (w.prefix().matcher(line).lookingAt()) {
                        assertTrue(passes, w.name() + "'s guard rules out a line its pattern matches: " + line);
                        matched++;
                    }
                    ruledOut += passes ? 0 : 1;
                }
                assertTrue(matched > 0 && ruledOut > 1000, w.name() + ": matched " + matched + ", ruled out " + ruledOut);
            }
        }
        assertEquals(7, guarded);
    }

    @Test
    void aRequiredWordMustBeSpelledByThePattern() {
        WrapperFormat syslog = (WrapperFormat) FormatRegistry.byName("syslog-iso").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> syslog.requiring("kern.warn"));
        assertThrows(IllegalArgumentException.class, () -> syslog.requiring(""));
        assertEquals(0, syslog.requiring("kernel: ").score("2026-11-24T10:00:00+01:00 host kernel : msg"));
        assertEquals(3, syslog.requiring("kernel: ").score("2026-11-24T10:00:00+01:00 host kernel: msg"));
    }

    /**
     * Only rows whose pattern may start with a kernel stamp are asked about a line opening with
     * one: every other row's pattern must match no line that opens with any stamp the kernel
     * prints (narrow or wide, a long uptime, a CPU number), whatever follows it.
     */
    @Test
    void aRowThatNoStampOpensMatchesNoLineOpeningWithOne() throws IOException {
        List<String> tails = new ArrayList<>(List.of("", " ", "] ", " msg", " host kernel: msg", " imx6 kern.err kernel: x",
                " <    0.000123>] msg", "] 10:00:00 2026] x", " Nov 24 10:00:00 2026] x", ",123,456,-;x", "-24 10:00:00.201 0 0 I x"));
        for (String line : lines()) {
            tails.add(" " + line);
        }
        List<String> stamps = new ArrayList<>();
        for (int spaces = 0; spaces <= 6; spaces++) {
            for (int whole = 1; whole <= 12; whole++) {
                for (int fraction : new int[] {1, 3, 6, 9}) {
                    String stamp = "[" + " ".repeat(spaces) + "1234567890123".substring(0, whole) + "."
                            + "987654321".substring(0, fraction);
                    stamps.add(stamp + "]");
                    stamps.add(stamp + "@3]");
                }
            }
        }
        int rows = 0;
        int opening = 0;
        for (LogFormat f : FormatRegistry.all()) {
            if (f instanceof WrapperFormat w) {
                rows++;
                if (w.opensStampedLines()) {
                    // a plain dmesg line is then told from these rows by a word, not their patterns
                    assertTrue(w.requiredWords() != null && w.requiredWords().contains("kernel"), w.name());
                    opening++;
                    continue;
                }
                for (String stamp : stamps) {
                    for (String tail : tails) {
                        assertTrue(!w.prefix().matcher(stamp + tail).lookingAt(), w.name() + " on: " + stamp + tail);
                    }
                }
            }
        }
        assertTrue(opening < rows / 3, "rows a stamp may open: " + opening + " of " + rows);
        WrapperFormat monotonic = (WrapperFormat) FormatRegistry.byName("journal-monotonic").orElseThrow();
        assertTrue(monotonic.opensStampedLines());
    }
}
