package io.xrunlens.analyzer;

import io.xrunlens.input.InputException;
import io.xrunlens.input.InputOpener;
import io.xrunlens.parser.InputSummary;
import io.xrunlens.parser.LogReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.IntPredicate;

/** One input from bytes to report: open, read, analyse. Used by every command. */
public final class LogAnalysis {
    private final LogReader.Options options;
    private final IntPredicate keepWhole;

    public LogAnalysis(LogReader.Options options) {
        this(options, b -> false);
    }

    /** @param keepWhole boots reported whole even where they repeat an earlier boot ({@link Analyzer}) */
    public LogAnalysis(LogReader.Options options, IntPredicate keepWhole) {
        this.options = options;
        this.keepWhole = keepWhole;
    }

    /** Opens and analyses a named input ("-" for stdin). */
    public InputReport analyze(String name) throws InputException {
        InputOpener.OpenedInput input = InputOpener.open(name, options.maxUnpacked());
        try (InputStream in = input.stream()) {
            return analyze(input.name(), input.compression(), in);
        } catch (IOException e) {
            throw new InputException(name + ": " + e.getMessage());
        }
    }

    /** How inputs are read. */
    public LogReader.Options options() {
        return options;
    }

    /** Analyses an already open stream. */
    public InputReport analyze(String name, String compression, InputStream in) {
        HostAnalyses analyses = new HostAnalyses(keepWhole);
        InputSummary summary = new LogReader(options).read(name, compression, in, analyses);
        Analyzer.Result result = analyses.finish();
        return new InputReport(summary.withNotes(result.notes()), result.findings(), result.incidents(), result.kernels(),
                result.folded(), result.bootHosts());
    }
}
