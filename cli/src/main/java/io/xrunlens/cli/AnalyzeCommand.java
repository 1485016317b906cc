package io.xrunlens.cli;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.LogAnalysis;
import io.xrunlens.format.FormatRegistry;
import io.xrunlens.format.LogFormat;
import io.xrunlens.input.InputException;
import io.xrunlens.parser.LogReader;
import io.xrunlens.render.JsonRenderer;
import io.xrunlens.render.Renderer;
import io.xrunlens.render.TextRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xrunlens analyze}: one or more logs, one report. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Find the imx-sdma race, misapplied frees, XRUNs and DMA stalls in kernel logs.",
            "Chains them into incidents, each with a verdict, its evidence and the fix."},
        footer = ExitCode.HELP)
final class AnalyzeCommand implements Callable<Integer> {
    /** Output formats of the report. */
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Kernel log(s); - reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: ${COMPLETION-CANDIDATES}"
            + " (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here, not to stdout.")
    Path output;

    @Option(names = "--input-format", paramLabel = "NAME",
            description = "Skip detection and read inputs as this format (see: xrunlens formats).")
    String inputFormat;

    @Option(names = "--max-line", paramLabel = "BYTES",
            description = "Cut lines longer than this (default: ${DEFAULT-VALUE}).")
    int maxLine = LogReader.Options.DEFAULT_MAX_LINE;

    @CommandLine.Mixin
    YearOption year = new YearOption();

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        if (debug) {
            System.setProperty("xrunlens.debug", "true");
        }
        PrintWriter err = spec.commandLine().getErr();
        Optional<LogFormat> forced = Optional.empty();
        if (inputFormat != null) {
            forced = FormatRegistry.byName(inputFormat);
            if (forced.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "unknown input format '" + inputFormat + "' (see: xrunlens formats)");
            }
        }
        if (maxLine < 64) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-line must be at least 64");
        }
        LogAnalysis analysis = new LogAnalysis(year.apply(new LogReader.Options(maxLine, forced)));
        List<InputReport> reports = new ArrayList<>();
        boolean inputError = false;
        for (String file : files) {
            try {
                InputReport r = analysis.analyze(file);
                reports.add(r);
                if (!r.summary().errors().isEmpty()) {
                    inputError = true;
                    r.summary().errors().forEach(e -> err.println("xrunlens: " + e));
                }
                if (r.summary().notes().contains("empty")) {
                    err.println("xrunlens: warning: " + file + ": empty");
                }
                if (r.summary().truncated() > 0) {
                    err.println("xrunlens: warning: " + file + ": " + r.summary().truncated()
                            + " line(s) longer than " + maxLine + " bytes were cut");
                }
            } catch (InputException e) {
                inputError = true;
                err.println("xrunlens: " + e.getMessage());
            }
        }
        Renderer renderer = format == Format.json ? new JsonRenderer() : new TextRenderer();
        try (Writer out = OutputTarget.open(output, spec.commandLine().getOut())) {
            renderer.render(reports, out);
        }
        if (inputError) {
            return ExitCode.ERROR.code();
        }
        return reports.stream().anyMatch(InputReport::hasProblems) ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
    }
}
