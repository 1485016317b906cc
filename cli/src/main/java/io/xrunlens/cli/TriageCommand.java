package io.xrunlens.cli;

import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.analyzer.triage.InputTree;
import io.xrunlens.analyzer.triage.TriageReport;
import io.xrunlens.analyzer.triage.TriageResult;
import io.xrunlens.analyzer.triage.TriageRun;
import io.xrunlens.input.InputException;
import io.xrunlens.input.IoProblems;
import io.xrunlens.parser.LogReader;
import io.xrunlens.render.timeline.TimelineModelBuilder;
import io.xrunlens.render.timeline.TimelinePicture;
import io.xrunlens.render.timeline.TimelineWriter;
import io.xrunlens.render.triage.TriageCsvRenderer;
import io.xrunlens.render.triage.TriageHtmlRenderer;
import io.xrunlens.render.triage.TriageJsonRenderer;
import io.xrunlens.render.triage.TriageJunitRenderer;
import io.xrunlens.render.triage.TriageRenderer;
import io.xrunlens.render.triage.TriageTextRenderer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xrunlens triage}: many field logs, grouped into buckets of the same problem. */
@Command(name = "triage", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Analyze many logs in parallel and group them into buckets of the same problem.",
            "PATH: files, folders (walked recursively), .tar/.tar.gz/.tgz/.zip archives."},
        footer = "%nExit codes:%n"
            + "  0  every input read, no finding of severity warning or error%n"
            + "  1  findings in at least one input%n"
            + "  2  usage error, or an input could not be (fully) read (the others are%n"
            + "     still reported)%n")
final class TriageCommand implements Callable<Integer> {
    /** Report formats. */
    enum Format { text, json, csv, html, junit }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Log files, folders or archives; - reads a list"
            + " of paths from standard input, one per line.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: "
            + "${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", converter = OutputPath.class, description = "Write the report to this file (replaced"
            + " if it exists), or into this folder; - or no -o: standard output.")
    Path output;

    @CommandLine.Mixin
    YearOption year = new YearOption();

    @CommandLine.Mixin
    UnpackOption unpack = new UnpackOption();

    @CommandLine.Mixin
    KbOption kb = new KbOption();

    @Option(names = "--jobs", paramLabel = "N", description = "Parallel analyses, 1-256 (default: the number of"
            + " cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timelines", paramLabel = "DIR",
            description = "Write the timeline PNG of each file with an incident here (embedded in --format html).")
    Path timelines;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only files and archive members matching (name,"
            + " or path below the folder or inside the archive); repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files matching; repeatable.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--no-default-excludes", description = "Also read *.expected.json, *.png, *.jpg, *.jpeg,"
            + " *.gif, *.svg, *.pdf, *.html, *.md, *.py, *.sh (skipped by default, in folders and archives).")
    boolean noDefaultExcludes;

    /** How inputs are read: once for the report and again for the timelines. */
    private LogReader.Options options;

    @Override
    public Integer call() throws IOException, InterruptedException {
        kb.install(); // before any reading: the parsers match with it
        if (jobs < 1 || jobs > 256) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs takes 1 to 256");
        }
        options = unpack.apply(year.apply(LogReader.Options.defaults()));
        PrintWriter err = spec.commandLine().getErr();
        List<String> skip = new ArrayList<>(exclude);
        if (!noDefaultExcludes) {
            skip.addAll(InputTree.DEFAULT_EXCLUDES);
        }
        InputTree.Filter filter;
        try {
            filter = InputTree.Filter.of(include, skip);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> named = paths.equals(List.of("-")) ? pathsFromStdin() : paths;
        // Opened first: a wrong -o is told before the run, not after it.
        try (Writer out = OutputTarget.open(output, "triage." + (format == Format.text ? "txt" : format == Format.junit
                ? "xml" : format.name()), spec.commandLine().getOut())) {
            List<InputTree.Candidate> candidates = InputTree.collect(named, filter);
            Progress progress = new Progress(err, "xrunlens triage");
            progress.phase("analysing", candidates.size());
            TriageReport report = new TriageRun(options, jobs, filter).run(candidates, done -> progress.step());
            if (timelines != null) {
                progress.phase("drawing timelines", report.results().size());
            }
            Map<String, byte[]> pictures = timelines == null ? Map.of() : writeTimelines(report, err, progress);
            progress.done();
            TriageRenderer renderer = switch (format) {
                case json -> new TriageJsonRenderer();
                case csv -> new TriageCsvRenderer();
                case html -> new TriageHtmlRenderer(pictures);
                case junit -> new TriageJunitRenderer();
                case text -> new TriageTextRenderer();
            };
            renderer.render(report, out);
            return exit(report);
        }
    }

    private static int exit(TriageReport report) {
        if (!report.failed().isEmpty()) {
            return ExitCode.ERROR.code();
        }
        return report.results().stream().anyMatch(TriageResult::hasProblems) ? ExitCode.FINDINGS.code()
                : ExitCode.CLEAN.code();
    }

    /** {@code triage -}: the paths to read, one per line (as find or ls print them); blank lines skipped. */
    private static List<String> pathsFromStdin() throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** One PNG per plain file with an incident (archive members cannot be read a second time). */
    private Map<String, byte[]> writeTimelines(TriageReport report, PrintWriter err, Progress progress)
            throws IOException {
        try {
            Files.createDirectories(timelines);
        } catch (IOException e) {
            throw new IOException("cannot make folder " + timelines + ": " + IoProblems.reason(e), e);
        }
        Map<String, byte[]> pictures = new TreeMap<>();
        for (TriageResult r : report.results()) {
            progress.step();
            if (r.report().isEmpty() || r.file().isEmpty() || r.report().get().incidents().isEmpty()) {
                continue;
            }
            Incident first = r.report().get().incidents().stream()
                    .filter(i -> !r.report().get().summary().clock().hasClock()
                            || i.startMicros() != io.xrunlens.record.Record.NO_TIME).findFirst().orElse(null);
            if (first == null) {
                continue;
            }
            String safe = r.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".timeline.png";
            // Drawn once into memory: the same bytes go to DIR and into the HTML page.
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                TimelinePicture.write(options, r.file().get(), r.file().get().getFileName().toString(), r.report().get(),
                        first.boot(), Optional.of(first), TimelineModelBuilder.panels(first), TimelineWriter.PNG, 1600,
                        900, png);
                try (var file = OutputTarget.stream(timelines.resolve(safe))) {
                    file.write(png.toByteArray());
                }
                pictures.put(r.name(), png.toByteArray());
            } catch (InputException e) {
                err.println("xrunlens: " + e.getMessage());
            }
        }
        return pictures;
    }
}
