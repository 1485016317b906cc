package io.xrunlens.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.parser.LogReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every plain-text sample, pasted the ways people paste logs (mail quotes, quoted-printable,
 * Markdown, HTML, Windows UTF-16), gives the same findings and incidents as the original, and the
 * report says what was undone. The forms are generated here from the samples.
 */
class PasteFormsTest {
    private record Form(String name, Function<String, byte[]> encode, String note) {
    }

    private static final List<Form> FORMS = List.of(
            new Form("mail quote", t -> utf8(prefixLines(t, "> ")), "mail quotes"),
            new Form("nested quote", t -> utf8(prefixLines(t, ">> ")), "mail quotes"),
            new Form("quoted-printable", t -> utf8(quotedPrintable(t)), ""),
            new Form("markdown fence", t -> utf8("```text\n" + t + (t.endsWith("\n") ? "" : "\n") + "```\n"), "Markdown"),
            new Form("fence glued to the first line", t -> utf8("```" + t + (t.endsWith("\n") ? "" : "\n") + "```\n"),
                    "Markdown"),
            new Form("Markdown indented block", t -> utf8(prefixLines(t, "    ")), "Markdown"),
            new Form("forum HTML", t -> utf8(html(t)), "HTML"),
            new Form("UTF-16LE with BOM", t -> utf16(t, true), "UTF-16LE"),
            new Form("UTF-16LE without BOM", t -> utf16(t, false), "UTF-16LE"),
            new Form("terminal cut at 80 columns", t -> utf8(cut(t, 80)), ""),
            new Form("mail wrapped at 72 (fold -s)", t -> utf8(wordWrap(t, 72, true)), ""),
            new Form("mail wrapped at 72, space dropped", t -> utf8(wordWrap(t, 72, false)), ""),
            new Form("quoted and wrapped at 72", t -> utf8(prefixLines(wordWrap(t, 70, false), "> ")), "mail quotes"),
            new Form("UTF-8 BOM", t -> concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8(t)), "UTF-8"));

    @TestFactory
    Stream<DynamicTest> everyPastedFormGivesTheSameFindings() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(Logs.samples())) {
            samples = files.filter(p -> p.toString().endsWith(".log") && Files.isRegularFile(p)).sorted().toList();
        }
        assertTrue(samples.size() > 40, "samples: " + samples.size());
        return samples.stream().flatMap(p -> FORMS.stream().map(f -> DynamicTest.dynamicTest(
                Logs.samples().relativize(p) + " as " + f.name(), () -> check(p, f))));
    }

    private static void check(Path sample, Form form) throws Exception {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        InputReport original = analyze(text.getBytes(StandardCharsets.UTF_8));
        InputReport pasted = analyze(form.encode().apply(text));
        assertEquals(summary(original), summary(pasted), form.name());
        if (!form.note().isEmpty() && !Arrays.equals(form.encode().apply(text), text.getBytes(StandardCharsets.UTF_8))) {
            assertTrue(pasted.summary().notes().stream().anyMatch(n -> n.startsWith(form.note())),
                    pasted.summary().notes().toString());
        }
        assertFalse(pasted.summary().errors().stream().anyMatch(e -> e.contains("not a kernel log")));
    }

    private static InputReport analyze(byte[] bytes) {
        return new LogAnalysis(LogReader.Options.defaults()).analyze("pasted", "", new ByteArrayInputStream(bytes));
    }

    /** The facts that must survive a paste (line numbers may move: a QP paste has more lines). */
    private static String summary(InputReport r) {
        String findings = r.findings().stream().map(PasteFormsTest::finding).collect(Collectors.joining("\n"));
        String incidents = r.incidents().stream().map(PasteFormsTest::incident).collect(Collectors.joining("\n"));
        return "boots " + r.summary().boots() + "\n" + findings + "\n--\n" + incidents;
    }

    private static String finding(Finding f) {
        return f.rule() + " " + f.severity() + " " + f.boot() + " " + f.channel() + " " + f.stream() + " " + f.micros()
                + " " + f.descriptors() + " " + f.form();
    }

    private static String incident(Incident i) {
        return i.cause() + " " + i.confidence() + " " + i.channel() + " " + i.startMicros() + " " + i.endMicros() + " "
                + i.ruleIds();
    }

    private static String prefixLines(String t, String prefix) {
        return t.lines().map(l -> prefix + l).collect(Collectors.joining("\n", "", "\n"));
    }

    /** A serial console or screen session: every line longer than the width cut at it, mid-word. */
    static String cut(String t, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : t.lines().toList()) {
            int i = 0;
            do {
                out.append(line, i, Math.min(line.length(), i + width)).append('\n');
                i += width;
            } while (i < line.length());
        }
        return out.toString();
    }

    /** A mailer: lines broken at the last space before the width, the space kept or dropped. */
    static String wordWrap(String t, int width, boolean keepSpace) {
        StringBuilder out = new StringBuilder();
        for (String line : t.lines().toList()) {
            String rest = line;
            while (rest.length() > width) {
                int space = rest.lastIndexOf(' ', width);
                if (space <= 0) {
                    break; // one long word: mailers leave it
                }
                out.append(rest, 0, keepSpace ? space + 1 : space).append('\n');
                rest = rest.substring(space + 1);
            }
            out.append(rest).append('\n');
        }
        return out.toString();
    }

    /** RFC 2045 body: "=" and non-ASCII escaped, lines cut at 76 with soft breaks. */
    static String quotedPrintable(String t) {
        StringBuilder out = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            StringBuilder enc = new StringBuilder();
            for (byte b : line.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                enc.append(c == '=' || c > 126 || c < 32 && c != '\t' ? String.format("=%02X", c) : String.valueOf((char) c));
            }
            int col = 0;
            for (int i = 0; i < enc.length(); i++) {
                int width = enc.charAt(i) == '=' ? 3 : 1;
                if (col + width > 75) {
                    out.append("=\n");
                    col = 0;
                }
                out.append(enc, i, i + width);
                i += width - 1;
                col += width;
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A forum post: the log in a pre block, spaces collapsed, markup escaped, a tag glued to each line. */
    private static String html(String t) {
        String escaped = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<div class=\"post\"><pre>" + escaped.lines().map(l -> l.replaceAll(" +", " ") + "<br>")
                .collect(Collectors.joining("\n")) + "</pre></div>\n";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf16(String s, boolean bom) {
        byte[] body = s.getBytes(StandardCharsets.UTF_16LE);
        return bom ? concat(new byte[] {(byte) 0xff, (byte) 0xfe}, body) : body;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
