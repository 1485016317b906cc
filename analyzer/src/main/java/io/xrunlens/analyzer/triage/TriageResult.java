package io.xrunlens.analyzer.triage;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.input.ControlChars;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One input of a triage run: a file, or an archive member named {@code archive!member}.
 *
 * @param report  the analysis, empty when the input could not be read at all
 * @param errors  why the input could not be read (fully); empty when it could
 * @param file    the plain file on disk, empty for archive members (no second pass possible)
 * @param skipped why the input was not analysed at all ("binary"); empty when it was looked at
 */
public record TriageResult(String name, Optional<InputReport> report, List<String> errors, Optional<Path> file,
                           String skipped) {

    /** The name and each error are one line wherever they are printed ({@link ControlChars#oneLine}). */
    public TriageResult {
        name = ControlChars.oneLine(name);
        errors = errors.stream().map(ControlChars::oneLine).toList();
    }

    public TriageResult(String name, Optional<InputReport> report, List<String> errors, Optional<Path> file) {
        this(name, report, errors, file, "");
    }

    /** A file that is no log by its content (a .class, an image): counted and named, not analysed. */
    public static TriageResult skipped(String name, String why) {
        return new TriageResult(name, Optional.empty(), List.of(), Optional.empty(), why);
    }

    public boolean isSkipped() {
        return !skipped.isEmpty();
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    public boolean hasProblems() {
        return report.map(InputReport::hasProblems).orElse(false);
    }
}
