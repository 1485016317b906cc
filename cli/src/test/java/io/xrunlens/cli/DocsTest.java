package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What the README and docs/ show is what the commands print: the output they quote is run and
 * compared, their links lead to files, and the README stays short.
 */
class DocsTest {
    private static final Path ROOT = Path.of(System.getProperty("xrunlens.samples", "../samples"))
            .toAbsolutePath().normalize().getParent();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    /** Where the README and docs/ say how many rows the knowledge base has, they say what it has. */
    @Test
    void theKnowledgeBasesSizeIsTheOneTheDocsGive() throws IOException {
        String rows = String.format(Locale.ROOT, "%,d", KnowledgeBase.builtIn().rows().size());
        List<String> said = new ArrayList<>();
        for (String[] place : new String[][] {{"README.md", "([\\d,]+) printk calls"},
                {"docs/diagnoses.md", "([\\d,]+) printk-family calls"}, {"docs/design.md", "of its ([\\d,]+) rows"},
                {"docs/knowledge-base.md", "became\\s+([\\d,]+) rows"},
                {"docs/knowledge-base.md", "\\| all rows \\| ([\\d,]+) \\|"}}) {
            Matcher m = Pattern.compile(place[1]).matcher(read(place[0]));
            assertTrue(m.find(), place[0] + " no longer says " + place[1]);
            said.add(place[0] + " " + m.group(1));
        }
        for (String s : said) {
            assertTrue(s.endsWith(" " + rows), s + ", but the knowledge base has " + rows + " rows");
        }
    }

    @Test
    void theCataloguesSizeIsTheOneTheDocsGive() throws IOException {
        Matcher m = Pattern.compile("MessageCatalog.java`, (\\d+) rows").matcher(read("docs/knowledge-base.md"));
        assertTrue(m.find(), "docs/knowledge-base.md no longer gives the catalogue's size");
        assertEquals(MessageCatalog.rows().size(), Integer.parseInt(m.group(1)));
    }

    /** "Release" in docs/knowledge-base.md: how many texts a file prints loud in one release and not in another. */
    @Test
    void theTextsWhoseLevelChangedAreAsManyAsTheDocsSay() throws IOException {
        Map<String, Set<String>> loudIn = new HashMap<>();
        Map<String, Set<String>> quietIn = new HashMap<>();
        for (KbRow r : KnowledgeBase.builtIn().rows()) {
            String text = r.file() + "\t" + r.format();
            boolean loud = r.isError() || r.level().equals("warn");
            for (String v : r.versions()) {
                (loud ? loudIn : quietIn).computeIfAbsent(text, t -> new HashSet<>()).add(v);
            }
        }
        Set<String> texts = new HashSet<>(loudIn.keySet());
        texts.addAll(quietIn.keySet());
        long changed = texts.stream().filter(t -> {
            Set<String> releases = new HashSet<>(loudIn.getOrDefault(t, Set.of()));
            releases.addAll(quietIn.getOrDefault(t, Set.of()));
            // loud in one release and not in another that has the text
            return releases.stream().map(v -> loudIn.getOrDefault(t, Set.of()).contains(v)).distinct().count() > 1;
        }).count();
        Matcher m = Pattern.compile("\\((\\d+) texts of the knowledge\\s+base between").matcher(read("docs/knowledge-base.md"));
        assertTrue(m.find(), "docs/knowledge-base.md no longer counts them");
        assertEquals(changed, Long.parseLong(m.group(1)));
    }

    @Test
    void theReadmeIsShort() throws IOException {
        long lines = Files.readAllLines(ROOT.resolve("README.md")).size();
        assertTrue(lines <= 200, "README.md has " + lines + " lines; the reference belongs in docs/");
    }

    @Test
    void theReadmesQuickStartIsWhatAnalyzePrints() throws IOException {
        String sample = "samples/report/imx6-report-flattened.log";
        Cli run = Cli.run("analyze", ROOT.resolve(sample).toString());
        assertEquals(1, run.exit());
        String actual = run.out().replace(ROOT.resolve(sample).toString(), sample);
        List<String> shown = block(read("README.md"), "$ xrunlens analyze " + sample);
        int at = 0;
        for (String line : shown) {
            if (line.contains("…")) {
                continue; // an elision: the README shortens the chain
            }
            int found = actual.indexOf(line + "\n", at);
            assertTrue(found >= 0, "README quick start shows a line analyze does not print (in that order): " + line);
            at = found + line.length();
        }
    }

    @Test
    void theReadmesExplainExampleIsWhatExplainPrints() throws IOException {
        String line = "fsl-sai 30020000.sai: isr: Transmit underrun detected";
        List<String> shown = block(read("README.md"), "$ xrunlens explain '" + line + "'");
        assertEquals(String.join("\n", shown), Cli.run("explain", line).out().stripTrailing());
    }

    /** Every xrunlens command line the README shows is one the command line accepts. */
    @Test
    void everyCommandTheReadmeShowsParses() throws IOException {
        List<String> shown = new ArrayList<>();
        boolean fence = false;
        for (String line : read("README.md").split("\n")) {
            if (line.startsWith("```")) {
                fence = !fence;
                continue;
            }
            String command = line.replaceFirst("\\s+#.*$", "").replaceFirst("^.*?\\|\\s*", "").strip();
            if (fence && command.startsWith("xrunlens ")) {
                shown.add(command);
            }
        }
        assertTrue(shown.size() >= 6, "the README's commands: " + shown);
        for (String command : shown) {
            List<String> words = words(command.substring("xrunlens ".length()));
            CommandLine cl = Main.commandLine(words.toArray(String[]::new));
            try {
                cl.parseArgs(words.toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                throw new AssertionError("README shows '" + command + "': " + e.getMessage(), e);
            }
        }
    }

    /** A shell line's words: spaces split, single quotes group. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(w.toString());
        }
        return words;
    }

    @Test
    void theFormatsReferenceListsWhatFormatsPrints() throws IOException {
        String doc = read("docs/formats.md");
        int from = doc.indexOf("```\n") + 4;
        assertEquals(doc.substring(from, doc.indexOf("```", from)), Cli.run("formats").out());
    }

    @Test
    void everyRelativeLinkOfTheDocsLeadsToAFile() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            Matcher m = LINK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                if (!Files.exists(doc.getParent().resolve(target))) {
                    broken.add(ROOT.relativize(doc) + ": " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** The repository stands alone: no file points to notes or issue numbers a reader does not have. */
    @Test
    void noFileCitesWhatTheRepositoryDoesNotHave() throws IOException {
        // written in pieces, so that this test is not itself a citation a search for them finds
        Pattern outside = Pattern.compile(String.join("|", "\\b" + "shar" + "ed/", "DES" + "IGN\\.md",
                "STY" + "LE\\.md", "\\b[Ii]ss" + "ue #?\\d"));
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path p : (Iterable<Path>) files.filter(DocsTest::isOurText).sorted()::iterator) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                Matcher m = outside.matcher(text);
                if (m.find()) {
                    found.add(ROOT.relativize(p) + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static boolean isOurText(Path p) {
        String rel = ROOT.relativize(p).toString().replace('\\', '/');
        if (rel.startsWith(".git/") || rel.contains("target/") || rel.startsWith("bench/out/")
                || rel.contains("/kb/") || rel.startsWith("samples/") && !rel.endsWith(".md")) {
            return false; // build output, the kernel's own text, and logs
        }
        return Files.isRegularFile(p) && rel.matches(".*\\.(java|g4|md|xml|sh|py|properties|tsv|txt)|.*/run|xrunlens");
    }

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("samples/README.md")));
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        if (Files.exists(ROOT.resolve("CONTRIBUTING.md"))) {
            docs.add(ROOT.resolve("CONTRIBUTING.md"));
        }
        return docs;
    }

    private static String read(String name) throws IOException {
        return Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8);
    }

    /** The lines of the fenced block that starts with {@code command}, without that line. */
    private static List<String> block(String doc, String command) {
        int at = doc.indexOf("```\n" + command + "\n");
        assertTrue(at >= 0, "no example starting with " + command);
        int from = at + 4 + command.length() + 1;
        return List.of(doc.substring(from, doc.indexOf("```", from)).split("\n"));
    }
}
