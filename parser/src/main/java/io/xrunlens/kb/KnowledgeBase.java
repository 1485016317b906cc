package io.xrunlens.kb;

import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.catalog.MessageForm;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every message the kernel's audio and DMA code prints, read from the data files that
 * {@link io.xrunlens.kb.source.KbGenerator} made from the kernel source, plus the user's own
 * folders. A text is matched through an index: each row is filed under its rarest anchor (a
 * pair of adjacent whole words of its literal text, such as "TX underrun", or a word no other
 * row prints), so a text is compared only with the rows filed under its own anchors, and the row
 * with the most literal text that matches it wins. Pairs keep the line filter selective: single
 * words such as "device" or "sound" are in most lines of a busy log. Rows are checked on load: each must parse
 * as a format, and its sample must be recognised as itself or an equally specific row.
 */
public final class KnowledgeBase {
    private static final String RESOURCES = "/io/xrunlens/kb/";
    private static final Pattern TX = Pattern.compile("\\b(?:TX|Tx|tx|playback|Playback|PLAYBACK)\\b");
    private static final Pattern RX = Pattern.compile("\\b(?:RX|Rx|rx|capture|Capture|CAPTURE)\\b");
    private static volatile KnowledgeBase builtIn;
    /** The knowledge base the parser matches with: the built-in one unless a command installed another. */
    private static volatile KnowledgeBase active;

    /**
     * A row, its format's pattern and the form findings carry; both are made on first use, as
     * most rows never meet a line (loading stays a fraction of a second).
     */
    private static final class Entry {
        final KbRow row;
        private volatile Parsed parsed;
        private MessageForm form;
        Pattern pattern;
        boolean indexed;

        Entry(KbRow row) {
            this.row = row;
        }

        /** The row's format read, on first use (most rows never meet a line). */
        Parsed parsed() {
            Parsed p = parsed;
            if (p == null) {
                p = new Parsed(KernelFormat.parse(row.format()));
                parsed = p; // racing threads make equal values
            }
            return p;
        }

        synchronized MessageForm form() {
            if (form == null) {
                form = new MessageForm(row.id(), row.family(), row.format(), direction(row.format()), List.of(), false,
                        row.source(), sample());
            }
            return form;
        }

        synchronized Pattern pattern() {
            if (pattern == null) {
                String prefix = switch (row.prefix()) {
                    case DEV_ERR_PROBE -> "(?:error \\S+: )?";
                    case PR_FMT -> row.prFmt().isEmpty() ? "" : "(?:" + KernelFormat.parse(row.prFmt()).regex() + ")?";
                    default -> "";
                };
                // the framer takes a line's leading blanks off ("  No soundcards found."); the format keeps them
                String body = row.format().stripLeading();
                pattern = Pattern.compile(prefix + " *" + KernelFormat.parse(body).regex(), Pattern.DOTALL);
            }
            return pattern;
        }

        /** What the kernel prints after the device prefix. */
        String sample() {
            return switch (row.prefix()) {
                case DEV_ERR_PROBE -> "error -EINVAL: " + parsed().format().sample();
                case PR_FMT -> KernelFormat.parse(row.prFmt()).sample() + parsed().format().sample();
                default -> parsed().format().sample();
            };
        }

        /** The printed values: the prefix's groups are left out. */
        List<String> values(Matcher m) {
            int skip = m.groupCount() - parsed().format().regexGroups();
            List<String> values = new ArrayList<>(m.groupCount() - skip);
            for (int g = skip + 1; g <= m.groupCount(); g++) {
                values.add(m.group(g) == null ? "" : m.group(g));
            }
            return values;
        }
    }

    /** What a row's format says once read: its parts, its longest literal run, how specific it is, its runs. */
    private record Parsed(KernelFormat format, String literal, int specificity, String[] runs) {
        Parsed(KernelFormat f) {
            this(f, f.longestLiteral(), f.literalLength(), f.literalRuns().toArray(String[]::new));
        }
    }

    /** A text recognised as a row, with its printed values. */
    public record Match(KbRow row, Message.Catalogued message) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byId;
    private final Map<Long, Entry[]> byAnchor;
    private final AnchorFilter filter;
    private final int unindexed;

    private KnowledgeBase(List<KbRow> rows) {
        Map<String, Entry> ids = new LinkedHashMap<>();
        for (KbRow r : rows) {
            ids.put(r.id(), new Entry(r)); // a later row of the same id (a user's) replaces the earlier
        }
        this.entries = List.copyOf(ids.values());
        this.byId = ids;
        // the data files carry each generated row's anchor; a user's rows are chosen for here
        boolean unchosen = entries.stream().anyMatch(e -> e.row.anchor().isEmpty());
        Map<String, String> chosen = unchosen ? AnchorChoice.choose(entries.stream().map(e -> e.row).toList()) : Map.of();
        Map<Long, List<Entry>> anchored = new HashMap<>();
        Map<Long, Integer> signatures = new HashMap<>();
        int none = 0;
        for (int i = 0; i < entries.size(); i++) {
            KbRow row = entries.get(i).row;
            String best = row.anchor().isEmpty() ? chosen.get(row.id()) : row.anchor();
            if (best.equals(AnchorChoice.NONE)) {
                none++;
                continue;
            }
            long key = Words.anchor(best);
            anchored.computeIfAbsent(key, k -> new ArrayList<>()).add(entries.get(i));
            signatures.putIfAbsent(key, Words.lastWordSignature(best));
            entries.get(i).indexed = true;
        }
        Map<Long, Entry[]> index = new HashMap<>();
        anchored.forEach((h, list) -> index.put(h, list.toArray(Entry[]::new)));
        this.byAnchor = index;
        List<AnchorFilter.Anchor> filterAnchors = new ArrayList<>(anchored.size());
        anchored.forEach((h, list) -> {
            List<java.util.function.Supplier<String[]>> runs = new ArrayList<>(list.size());
            for (Entry e : list) {
                runs.add(() -> e.parsed().runs());
            }
            filterAnchors.add(new AnchorFilter.Anchor(h, signatures.get(h), runs));
        });
        this.filter = new AnchorFilter(filterAnchors);
        this.unindexed = none;
    }

    /** The knowledge base lines are matched with: the one {@link #install installed}, else the built-in one. */
    public static KnowledgeBase active() {
        KnowledgeBase kb = active;
        return kb != null ? kb : builtIn();
    }

    /**
     * Makes {@code kb} (the built-in rows and a user's folders) the one every parser of this
     * process matches with; a command does this once, before it reads.
     */
    public static void install(KnowledgeBase kb) {
        active = kb;
    }

    /** The knowledge base shipped in the jar, read once. */
    public static KnowledgeBase builtIn() {
        KnowledgeBase kb = builtIn;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                kb = builtIn;
                if (kb == null) {
                    kb = new KnowledgeBase(builtInOverrides().apply(builtInRows()));
                    builtIn = kb;
                }
            }
        }
        return kb;
    }

    /** The built-in rows followed by those of {@code folders} (every *.tsv in each); a user's row of a built-in id replaces it. */
    public static KnowledgeBase withFolders(List<Path> folders) throws IOException {
        List<KbRow> rows = new ArrayList<>(builtInRows());
        KbOverrides overrides = builtInOverrides();
        for (Path folder : folders) {
            rows.addAll(readFolder(folder));
            Path file = folder.resolve(KbOverrides.FILE);
            if (Files.isRegularFile(file)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    overrides.read(r, file.toString());
                }
            }
        }
        return new KnowledgeBase(overrides.apply(rows));
    }

    private static KbOverrides builtInOverrides() {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCES + KbOverrides.FILE)) {
            KbOverrides o = KbOverrides.none();
            return in == null ? o : o.read(new InputStreamReader(in, StandardCharsets.UTF_8), KbOverrides.FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of every *.tsv file in a folder but its overrides, in name order. */
    public static List<KbRow> readFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("no such folder: " + folder);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".tsv")
                    && !p.getFileName().toString().equals(KbOverrides.FILE)).sorted().toList();
        }
        List<KbRow> rows = new ArrayList<>();
        for (Path f : files) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                rows.addAll(KbFile.read(r, f.toString()));
            }
        }
        return rows;
    }

    /** The rows of the data files index.txt lists, in its order. */
    private static List<KbRow> builtInRows() {
        List<KbRow> rows = new ArrayList<>();
        for (String file : resourceLines("index.txt")) {
            rows.addAll(resourceRows(file));
        }
        return rows;
    }

    private static List<KbRow> resourceRows(String file) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new KbException(file, "listed in index.txt but not in the jar");
            }
            return KbFile.read(new InputStreamReader(in, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts reading the built-in knowledge base on a thread of its own, so that a command's
     * start-up (options, opening the input, detecting its format) overlaps it; the first line
     * that needs it waits for it.
     */
    public static void preload() {
        Thread t = new Thread(KnowledgeBase::builtIn, "xrunlens-kb-load");
        t.setDaemon(true);
        t.start();
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<KbRow> rows() {
        return entries.stream().map(e -> e.row).toList();
    }

    public Optional<KbRow> row(String id) {
        Entry e = byId.get(id);
        return e == null ? Optional.empty() : Optional.of(e.row);
    }

    /** The line a row's message makes after its device prefix, with made-up values. */
    public Optional<String> sample(String id) {
        Entry e = byId.get(id);
        return e == null ? Optional.empty() : Optional.of(e.form().sample());
    }

    /** Rows filed under no word (too little literal text, or no whole literal word), which no text can match. */
    public int unindexed() {
        return unindexed;
    }

    /** Whether a row's own sample is recognised as it (or as an equally specific row), and if not, why. */
    public record Recognition(boolean recognised, String reason) {
    }

    public Recognition recognise(String id) {
        Entry e = byId.get(id);
        if (e == null) {
            return new Recognition(false, "no such row");
        }
        if (!e.indexed) {
            int letters = e.parsed().format().literalLetters();
            return new Recognition(false, letters < AnchorChoice.MIN_LETTERS
                    ? "too little literal text (" + letters + " letters) to tell it from other lines"
                    : "no literal word pair, and no word rare enough, to index it by");
        }
        Optional<Match> m = match(e.form().sample());
        if (m.isEmpty()) {
            return new Recognition(false, "its sample \"" + e.form().sample() + "\" does not match its own pattern");
        }
        Entry winner = byId.get(m.get().row().id());
        if (winner == e || winner.parsed().specificity() == e.parsed().specificity()) {
            return new Recognition(true, "");
        }
        return new Recognition(false, "a more specific row wins: " + winner.row.id());
    }

    /** Whether a line's bytes hold a word some row is filed under. */
    public boolean mayMatch(byte[] line, int from, int to) {
        return filter.anyIn(line, from, to);
    }

    public boolean mayMatch(String text) {
        return filter.anyIn(text);
    }

    /** The most specific row that prints this text (the text after a device prefix), if any. */
    public Optional<Match> match(String text) {
        Entry best = null;
        Matcher bestMatch = null;
        long previous = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Words.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Words.isWordChar(text.charAt(i))) {
                i++;
            }
            long h = Words.hash(text, start, i);
            for (long key : previous == 0 ? new long[] {h} : new long[] {h, Words.pair(previous, h)}) {
                Entry[] candidates = byAnchor.get(key);
                if (candidates == null) {
                    continue;
                }
                for (Entry e : candidates) {
                    Parsed p = e.parsed();
                    if (best != null && p.specificity() <= best.parsed().specificity() || !text.contains(p.literal())) {
                        continue;
                    }
                    Matcher m = e.pattern().matcher(text);
                    if (m.matches()) {
                        best = e;
                        bestMatch = m;
                    }
                }
            }
            previous = h;
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Match(best.row, new Message.Catalogued(best.form(), List.copyOf(best.values(bestMatch)))));
    }

    /** Families whose direction words ("TX", "capture") say the stream; other rows say none. */
    static PcmDirection direction(String format) {
        boolean tx = TX.matcher(format).find();
        boolean rx = RX.matcher(format).find();
        return tx == rx ? PcmDirection.UNKNOWN : tx ? PcmDirection.PLAYBACK : PcmDirection.CAPTURE;
    }

    /** "dai-fifo" for DAI_FIFO, as the data files and explain write a family. */
    public static String familyId(MessageFamily f) {
        return f.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
