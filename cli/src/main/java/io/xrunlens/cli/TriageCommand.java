package io.xrunlens.cli;

import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.analyzer.triage.InputTree;
import io.xrunlens.analyzer.triage.TriageReport;
import io.xrunlens.analyzer.triage.TriageResult;
import io.xrunlens.analyzer.triage.TriageRun;
import io.xrunlens.input.InputException;
import io.xrunlens.parser.LogReader;
import io.xrunlens.render.timeline.TimelineModelBuilder;
import io.xrunlens.render.timeline.TimelinePicture;
import io.xrunlens.render.timeline.TimelineWriter;
import io.xrunlens.render.triage.TriageCsvRenderer;
import io.xrunlens.render.triage.TriageHtmlRenderer;
import io.xrunlens.render.triage.TriageJsonRenderer;
import io.xrunlens.render.triage.TriageRenderer;
import io.xrunlens.render.triage.TriageTextRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
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
            + "  2  usage error, or at least one input could not be (fully) read (the others are reported)%n")
final class TriageCommand implements Callable<Integer> {
    /** Report formats. */
    enum Format { text, json, csv, html }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Log files, folders or archives.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: "
            + "${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here, not to stdout.")
    Path output;

    @CommandLine.Mixin
    YearOption year = new YearOption();

    @Option(names = "--jobs", paramLabel = "N", description = "Parallel analyses (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timelines", paramLabel = "DIR",
            description = "Write the timeline PNG of each file with an incident here (embedded in --format html).")
    Path timelines;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only files matching (name or path below the"
            + " folder); repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files matching; repeatable.")
    List<String> exclude = new ArrayList<>();

    /** Pictures, documents, scripts and xrunlens's own expectation sidecars are not logs. */
    static final List<String> DEFAULT_EXCLUDES = List.of("*.expected.json", "*.png", "*.jpg", "*.jpeg", "*.gif",
            "*.svg", "*.pdf", "*.html", "*.md", "*.py", "*.sh");

    @Option(names = "--no-default-excludes", description = "Also read " + "*.expected.json, *.png, *.jpg, *.jpeg,"
            + " *.gif, *.svg, *.pdf, *.html, *.md, *.py, *.sh (skipped by default).")
    boolean noDefaultExcludes;

    /** How inputs are read: once for the report and again for the timelines. */
    private LogReader.Options options;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (jobs < 1 || jobs > 256) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs takes 1 to 256");
        }
        options = year.apply(LogReader.Options.defaults());
        PrintWriter err = spec.commandLine().getErr();
        List<String> skip = new ArrayList<>(exclude);
        if (!noDefaultExcludes) {
            skip.addAll(DEFAULT_EXCLUDES);
        }
        List<InputTree.Candidate> candidates = InputTree.collect(paths, include, skip);
        boolean terminal = System.console() != null;
        TriageReport report = new TriageRun(options, jobs).run(candidates, done -> {
            if (terminal) {
                synchronized (err) {
                    err.print("\rxrunlens triage: " + done + "/" + candidates.size() + " files");
                    err.flush();
                }
            }
        });
        if (terminal) {
            err.println();
        }
        Map<String, byte[]> pictures = timelines == null ? Map.of() : writeTimelines(report, err);
        TriageRenderer renderer = switch (format) {
            case json -> new TriageJsonRenderer();
            case csv -> new TriageCsvRenderer();
            case html -> new TriageHtmlRenderer(pictures);
            case text -> new TriageTextRenderer();
        };
        try (Writer out = OutputTarget.open(output, spec.commandLine().getOut())) {
            renderer.render(report, out);
        }
        if (!report.failed().isEmpty()) {
            return ExitCode.ERROR.code();
        }
        return report.results().stream().anyMatch(TriageResult::hasProblems) ? ExitCode.FINDINGS.code()
                : ExitCode.CLEAN.code();
    }

    /** One PNG per plain file with an incident (archive members cannot be read a second time). */
    private Map<String, byte[]> writeTimelines(TriageReport report, PrintWriter err) throws IOException {
        Files.createDirectories(timelines);
        Map<String, byte[]> pictures = new TreeMap<>();
        for (TriageResult r : report.results()) {
            if (r.report().isEmpty() || r.file().isEmpty() || r.report().get().incidents().isEmpty()) {
                continue;
            }
            Incident first = r.report().get().incidents().stream()
                    .filter(i -> i.startMicros() != io.xrunlens.record.Record.NO_TIME).findFirst().orElse(null);
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
                Files.write(timelines.resolve(safe), png.toByteArray());
                pictures.put(r.name(), png.toByteArray());
            } catch (InputException e) {
                err.println("xrunlens: " + e.getMessage());
            }
        }
        return pictures;
    }
}
