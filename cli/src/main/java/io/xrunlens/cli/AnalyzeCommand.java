package io.xrunlens.cli;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.LogAnalysis;
import io.xrunlens.analyzer.triage.InputTree;
import io.xrunlens.analyzer.triage.TriageResult;
import io.xrunlens.analyzer.triage.TriageRun;
import io.xrunlens.format.LogFormat;
import io.xrunlens.input.InputException;
import io.xrunlens.input.InputOpener;
import io.xrunlens.parser.LogReader;
import io.xrunlens.render.JsonRenderer;
import io.xrunlens.render.JunitRenderer;
import io.xrunlens.render.Renderer;
import io.xrunlens.render.TextRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code xrunlens analyze}: one or more logs, one report. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Find why audio capture or playback died, in kernel logs.",
            "Chains the evidence into incidents, each with a cause, a verdict and the fix.",
            "Zip, tar and tgz archives are read member by member, each member one input."},
        footer = ExitCode.HELP)
final class AnalyzeCommand implements Callable<Integer> {
    /** Output formats of the report. */
    enum Format { text, json, junit }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Kernel log(s) or archives; - or none reads standard"
            + " input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: ${COMPLETION-CANDIDATES}"
            + " (default: ${DEFAULT-VALUE}). junit: JUnit XML, a testcase per input.")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", converter = OutputPath.class, description = "Write the report to this file (replaced"
            + " if it exists), or into this folder; - or no -o: standard output.")
    Path output;

    @Option(names = "--input-format", paramLabel = "NAME", completionCandidates = InputFormats.Names.class,
            description = "Skip detection and read inputs as this format (see: xrunlens formats).")
    String inputFormat;

    @Option(names = "--max-line", paramLabel = "BYTES",
            description = "Cut lines longer than this, 64 or more (default: ${DEFAULT-VALUE}).")
    int maxLine = LogReader.Options.DEFAULT_MAX_LINE;

    @CommandLine.Mixin
    YearOption year = new YearOption();

    @CommandLine.Mixin
    UnpackOption unpack = new UnpackOption();

    @CommandLine.Mixin
    KbOption kb = new KbOption();

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        kb.install(); // before any reading: the parsers match with it
        if (files.isEmpty()) {
            files.add(StandardInput.orUsageError(spec, "FILE"));
        }
        if (debug) {
            System.setProperty("xrunlens.debug", "true");
        }
        PrintWriter err = spec.commandLine().getErr();
        Optional<LogFormat> forced = InputFormats.named(inputFormat, spec);
        if (maxLine < 64) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-line must be at least 64");
        }
        LogReader.Options options = unpack.apply(year.apply(new LogReader.Options(maxLine, forced)));
        Renderer renderer = switch (format) {
            case json -> new JsonRenderer();
            case junit -> new JunitRenderer();
            case text -> new TextRenderer();
        };
        // Opened first: a wrong -o is told before minutes of reading, not after.
        try (Writer out = OutputTarget.open(output, defaultName(), spec.commandLine().getOut())) {
            List<InputReport> reports = new ArrayList<>();
            boolean inputError = false;
            for (String file : onceEach(files)) {
                for (InputReport r : analyze(file, options)) {
                    reports.add(r);
                    inputError |= warn(r, err);
                }
            }
            renderer.render(reports, out);
            if (inputError) {
                return ExitCode.ERROR.code();
            }
            return reports.stream().anyMatch(InputReport::hasProblems) ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
        }
    }

    /** The reports of one argument: a log, or each log inside an archive; an unreadable one says why. */
    private List<InputReport> analyze(String file, LogReader.Options options) {
        if (!file.equals("-") && InputOpener.isArchive(Path.of(file))) {
            List<InputReport> out = new ArrayList<>();
            TriageRun run = new TriageRun(options, 1, InputTree.Filter.of(List.of(), InputTree.DEFAULT_EXCLUDES));
            for (TriageResult r : run.analyse(new InputTree.Candidate(file, Path.of(file), Optional.empty()))) {
                if (r.isSkipped()) {
                    spec.commandLine().getErr().println("xrunlens: warning: " + r.name() + ": skipped (" + r.skipped()
                            + ")");
                } else {
                    out.add(r.report().orElseGet(() -> InputReport.unreadable(r.name(), String.join("; ", r.errors()))));
                }
            }
            return out;
        }
        try {
            return List.of(new LogAnalysis(options).analyze(file));
        } catch (InputException e) {
            return List.of(InputReport.unreadable(file, e.getMessage()));
        }
    }

    /** Prints what went wrong reading an input; true when it is an input error (exit 2). */
    private boolean warn(InputReport r, PrintWriter err) {
        r.summary().errors().forEach(e -> err.println("xrunlens: " + e));
        if (r.summary().notes().contains("empty")) {
            err.println("xrunlens: warning: " + r.summary().file() + ": empty");
        }
        if (r.summary().truncated() > 0) {
            err.println("xrunlens: warning: " + r.summary().file() + ": " + r.summary().truncated()
                    + " line(s) longer than " + maxLine + " bytes were cut");
        }
        return !r.summary().errors().isEmpty();
    }

    /** The report's name inside a folder given as -o: after the first input. */
    private String defaultName() {
        String first = files.get(0).equals("-") ? "stdin" : Path.of(files.get(0)).getFileName().toString();
        return OutputNames.base(first) + ".xrunlens." + switch (format) {
            case json -> "json";
            case junit -> "xml";
            case text -> "txt";
        };
    }

    /** The inputs, a file named twice (also as "x" and "./x", or through a link) read once. */
    private static List<String> onceEach(List<String> files) {
        Set<Object> seen = new HashSet<>();
        List<String> once = new ArrayList<>();
        for (String file : files) {
            Object identity = file;
            if (!file.equals("-")) {
                try {
                    identity = Path.of(file).toRealPath();
                } catch (IOException | InvalidPathException e) {
                    identity = Path.of(file).toAbsolutePath().normalize();
                }
            }
            if (seen.add(identity)) {
                once.add(file);
            }
        }
        return once;
    }
}
