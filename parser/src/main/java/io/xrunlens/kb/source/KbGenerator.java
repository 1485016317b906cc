package io.xrunlens.kb.source;

import io.xrunlens.kb.AnchorChoice;
import io.xrunlens.kb.AudioSources;
import io.xrunlens.kb.KbFile;
import io.xrunlens.kb.KbIndex;
import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.KernelFormat;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.kb.Prefix;
import io.xrunlens.kb.RateLimitedFunctions;
import io.xrunlens.kb.SoundDrivers;
import io.xrunlens.kb.UnrecognisedError;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the knowledge base from kernel source trees: every printk-family call of the audio and
 * DMA code (sound/, drivers/dma/, and the audio code elsewhere: {@link AudioSources}) and of the few core files whose messages
 * explain audio dropouts (RT throttling, hrtimer, lockups, RCU stalls, spurious interrupts), one
 * row per call, the kernel versions that have it merged into one row. Debug calls are kept for
 * the drivers whose dynamic debug shows the terminate race, and elsewhere where a log without
 * levels would read them as errors ({@link #debugKept}). Rows are written one file per
 * driver directory ("sound-soc-fsl.tsv"), with the index of their anchors ({@value KnowledgeBase#INDEX}).
 */
public final class KbGenerator {
    /** The directories and files read, relative to a tree's root. */
    static final List<String> SCOPE = Stream.of(List.of("sound", "drivers/dma"), AudioSources.OUTSIDE_SOUND,
            List.of("kernel/sched/rt.c", "kernel/time/hrtimer.c", "kernel/watchdog.c", "kernel/hung_task.c",
                    "kernel/rcu/tree_stall.h", "kernel/irq/spurious.c")).flatMap(List::stream).toList();
    /** Files whose dev_dbg lines are kept: with dynamic debug on, they show the terminate race. */
    static final Set<String> DEBUG_KEPT = Set.of("sound/core/pcm_lib.c", "sound/core/pcm_dmaengine.c",
            "sound/core/pcm_native.c", "drivers/dma/imx-sdma.c", "drivers/dma/virt-dma.c", "drivers/dma/virt-dma.h");
    private static final Pattern LOCAL_INCLUDE = Pattern.compile("^\\s*#\\s*include\\s+\"([\\w./-]+\\.h)\"",
            Pattern.MULTILINE);
    private static final Pattern MAKE_VERSION = Pattern.compile("^(VERSION|PATCHLEVEL) = (\\d+)$", Pattern.MULTILINE);

    /** A kernel source tree and its version ("6.12", from its Makefile). */
    public record Tree(String version, Path root) {
        public static Tree of(Path root) throws IOException {
            Path makefile = root.resolve("Makefile");
            if (!Files.isRegularFile(makefile)) {
                throw new IOException(root + " is not a kernel source tree (no Makefile)");
            }
            Matcher m = MAKE_VERSION.matcher(Files.readString(makefile, StandardCharsets.ISO_8859_1));
            Map<String, String> v = new HashMap<>();
            while (m.find()) {
                v.putIfAbsent(m.group(1), m.group(2));
            }
            if (v.size() < 2) {
                throw new IOException(makefile + " names no VERSION and PATCHLEVEL");
            }
            return new Tree(v.get("VERSION") + "." + v.get("PATCHLEVEL"), root);
        }
    }

    /** What a run read and wrote. */
    public record Summary(int files, int calls, int skipped, int rows, int dataFiles) {
    }

    /** One call, without the versions that have it. */
    private record Key(String file, String function, String level, String macro, Prefix prefix, String prFmt,
                       String format) {
    }

    private final Map<Key, Set<String>> versions = new LinkedHashMap<>();
    /** Debug calls outside {@link #DEBUG_KEPT}: the rows keep those {@link #debugKept} chooses. */
    private final Map<Key, Set<String>> debugCalls = new LinkedHashMap<>();
    /** The formats of every warning and error call read, in any file and version. */
    private final Set<String> loudFormats = new HashSet<>();
    private static final Set<String> LOUD = Set.of("emerg", "alert", "crit", "err", "warn");
    private int files;
    private int calls;
    private int skipped;
    /** Driver names and the first file that registers each ({@link DriverNames}). */
    private final Map<String, String> drivers = new TreeMap<>();
    /** The module each file naming its driver KBUILD_MODNAME is built into. */
    private final Map<String, String> moduleNames = new TreeMap<>();
    /** The printing macros of each header read so far (a header is included by many files). */
    private final Map<Path, Map<String, PrintMacro>> headers = new HashMap<>();

    public void read(Tree tree) throws IOException {
        for (String scope : SCOPE) {
            Path start = tree.root().resolve(scope);
            if (!Files.exists(start)) {
                continue;
            }
            List<Path> sources;
            try (Stream<Path> walk = Files.walk(start)) {
                sources = walk.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".c")
                        || p.toString().endsWith(".h"))).sorted().toList();
            }
            for (Path p : sources) {
                String rel = tree.root().relativize(p).toString().replace('\\', '/');
                String source = SourceText.read(p);
                readFile(tree.version(), rel, source, headerMacros(p, source));
                if (DriverNames.namesItsModule(source) && p.toString().endsWith(".c")) {
                    Path makefile = p.resolveSibling("Makefile");
                    String base = p.getFileName().toString().replaceFirst("\\.c$", "");
                    String made = Files.isRegularFile(makefile)
                            ? Files.readString(makefile, StandardCharsets.ISO_8859_1) : "";
                    moduleNames.put(rel, DriverNames.module(made, base));
                }
            }
        }
    }

    /**
     * The printing macros of the headers a source file includes from its own folder ({@code
     * #include "sof-audio.h"}), each header read once: a driver's own wrapper of dev_err there
     * prints as its callers' lines do.
     */
    private Map<String, PrintMacro> headerMacros(Path file, String source) throws IOException {
        Map<String, PrintMacro> macros = new HashMap<>();
        Matcher m = LOCAL_INCLUDE.matcher(source);
        while (m.find()) {
            Path header = file.resolveSibling(m.group(1)).normalize();
            if (Files.isRegularFile(header)) {
                Map<String, PrintMacro> its = headers.get(header);
                if (its == null) {
                    its = PrintkScanner.headerMacros(SourceText.read(header));
                    headers.put(header, its);
                }
                its.forEach(macros::putIfAbsent);
            }
        }
        return macros;
    }

    void readFile(String version, String rel, String source) {
        readFile(version, rel, source, Map.of());
    }

    void readFile(String version, String rel, String source, Map<String, PrintMacro> headerMacros) {
        files++;
        if (!rel.startsWith("kernel/")) { // the core files print under no driver of their own
            for (String name : DriverNames.scan(source)) {
                if (!name.equals(DriverNames.MODULE)) {
                    drivers.putIfAbsent(name, rel);
                }
            }
        }
        PrintkScanner.Result r = PrintkScanner.scan(source, headerMacros);
        skipped += r.skipped();
        for (PrintkScanner.Call c : r.calls()) {
            Prefix prefix = c.macro().prefix();
            Key key = new Key(rel, c.function(), c.level(), c.macro().name(), prefix, c.prFmt(), c.format());
            boolean debug = c.level().equals("dbg") && !DEBUG_KEPT.contains(rel);
            if (!debug) {
                calls++;
                if (LOUD.contains(c.level())) {
                    loudFormats.add(c.format());
                }
            }
            (debug ? debugCalls : versions).computeIfAbsent(key, k -> new TreeSet<>(KbGenerator::compareVersions))
                    .add(version);
        }
    }

    /**
     * Whether a debug call outside {@link #DEBUG_KEPT} is kept as a row: where its format is also
     * printed as a warning or an error (wm8962.c's dev_dbg "No SYSCLK configured", max98090.c's
     * dev_err), where a warning's or an error's row reads what it prints (aw88395_lib.c's debug
     * "%s bin_num = %d, parse_dsp_reg_num = …", read through the "%s" of its error "%s
     * parse_dsp_reg_num = …"), or where it holds words of an error ("HP load measure failed").
     * A log without levels (plain dmesg) then reads the line its driver printed at debug level as
     * that driver's own debug row, not as another driver's error or as an error no row knows; the
     * other debug calls (thousands) read as nothing either way.
     */
    private boolean debugKept(Key k, KnowledgeBase loud) {
        if (loudFormats.contains(k.format()) || UnrecognisedError.holdsErrorWords(k.format())) {
            return true;
        }
        String printed = (k.prefix() == Prefix.PR_FMT && !k.prFmt().isEmpty() ? KernelFormat.parse(k.prFmt()).sample() : "")
                + KernelFormat.parse(k.format()).sample();
        return loud.match(printed).map(m -> LOUD.contains(m.row().level())).orElse(false);
    }

    /** The rows, sorted by file, function and format, each with a unique id. */
    public List<KbRow> rows() {
        Map<Key, Set<String>> kept = new LinkedHashMap<>(versions);
        if (!debugCalls.isEmpty()) {
            KnowledgeBase loud = KnowledgeBase.ofRows(rowsOf(versions).stream()
                    .filter(r -> LOUD.contains(r.level())).toList());
            debugCalls.forEach((k, v) -> {
                if (debugKept(k, loud)) {
                    kept.put(k, v);
                }
            });
        }
        return rowsOf(kept);
    }

    /** The rows of these calls, sorted by file, function and format, each with a unique id and its anchor. */
    private static List<KbRow> rowsOf(Map<Key, Set<String>> calls) {
        List<Map.Entry<Key, Set<String>>> entries = new ArrayList<>(calls.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<Key, Set<String>> e) -> e.getKey().file())
                .thenComparing(e -> e.getKey().function()).thenComparing(e -> e.getKey().format())
                .thenComparing(e -> e.getKey().level()).thenComparing(e -> e.getKey().macro()));
        Set<String> ids = new HashSet<>();
        List<KbRow> rows = new ArrayList<>(entries.size());
        for (Map.Entry<Key, Set<String>> e : entries) {
            Key k = e.getKey();
            String id = uniqueId(ids, k);
            rows.add(new KbRow(id, FamilyGuess.of(k.file(), k.function(), k.level(), k.format()), k.level(),
                    k.macro(), k.prefix(), k.prFmt(), k.file(), k.function().isEmpty() ? "-" : k.function(),
                    List.copyOf(e.getValue()), "", k.format()));
        }
        Map<String, String> anchors = AnchorChoice.choose(rows);
        rows.replaceAll(r -> r.withAnchor(anchors.get(r.id())));
        return rows;
    }

    /** Writes the data files and their index into {@code dir}. */
    public Summary write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, List<KbRow>> byGroup = new TreeMap<>();
        List<KbRow> rows = rows();
        for (KbRow r : rows) {
            byGroup.computeIfAbsent(group(r.file()), g -> new ArrayList<>()).add(r);
        }
        Set<String> kernels = new TreeSet<>(KbGenerator::compareVersions);
        rows.forEach(r -> kernels.addAll(r.versions()));
        List<String> comments = List.of("xrunlens knowledge base: printk-family calls read from the Linux kernel source ("
                        + String.join(", ", kernels) + ") by 'xrunlens kb import'.",
                "Generated: correct families in overrides.tsv rather than here. The formats are the kernel's (GPL-2.0).");
        for (Map.Entry<String, List<KbRow>> g : byGroup.entrySet()) {
            try (Writer w = Files.newBufferedWriter(dir.resolve(g.getKey() + ".tsv"), StandardCharsets.UTF_8)) {
                KbFile.write(w, comments, g.getValue());
            }
        }
        Map<String, List<KbRow>> byFile = new LinkedHashMap<>();
        byGroup.forEach((g, list) -> byFile.put(g + ".tsv", list));
        try (Writer w = Files.newBufferedWriter(dir.resolve(KnowledgeBase.INDEX), StandardCharsets.UTF_8)) {
            KbIndex.write(w, byFile);
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(SoundDrivers.FILE), StandardCharsets.UTF_8)) {
            SoundDrivers.write(w, drivers());
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(RateLimitedFunctions.FILE), StandardCharsets.UTF_8)) {
            RateLimitedFunctions.write(w, RateLimitedFunctions.of(rows));
        }
        return new Summary(files, calls, skipped, rows.size(), byFile.size());
    }

    /** The driver names read, each with the file that registers it (modules' names included). */
    public Map<String, String> drivers() {
        Map<String, String> all = new TreeMap<>(drivers);
        moduleNames.forEach((file, module) -> all.putIfAbsent(module, file));
        return all;
    }

    /** "sound/soc/fsl/fsl_sai.c" -> "sound-soc-fsl": a driver directory, at most three levels deep. */
    static String group(String file) {
        String[] parts = file.split("/");
        int dirs = Math.min(parts.length - 1, 3);
        return String.join("-", List.of(parts).subList(0, Math.max(dirs, 1)));
    }

    private static String uniqueId(Set<String> ids, Key k) {
        String name = k.file().substring(k.file().lastIndexOf('/') + 1);
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        int h = (k.format() + "\0" + k.level() + "\0" + k.macro()).hashCode();
        String base = stem + "." + (k.function().isEmpty() ? "-" : k.function()) + "."
                + String.format(Locale.ROOT, "%04x", (h ^ (h >>> 16)) & 0xffff);
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "." + n;
        }
        return id;
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** {@code KbGenerator OUT_DIR TREE...}: what {@code xrunlens kb import} runs, for builds without the CLI. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: KbGenerator OUT_DIR KERNEL_TREE...");
            System.exit(2);
        }
        KbGenerator g = new KbGenerator();
        for (int i = 1; i < args.length; i++) {
            g.read(Tree.of(Path.of(args[i])));
        }
        Summary s = g.write(Path.of(args[0]));
        System.out.println(s);
    }
}
