package io.xrunlens.analyzer;

import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.parser.InputSummary;
import java.util.List;
import java.util.Optional;

/**
 * Everything known about one input: what was read, what was found, how it chains up, and the
 * kernel release of each boot that had events (empty where the log does not say).
 */
public record InputReport(InputSummary summary, List<Finding> findings, List<Incident> incidents,
                          List<Optional<KernelRelease>> kernels) {

    /** What is no kernel log (a CSV, a Markdown document quoting log lines) has no findings. */
    public InputReport {
        if (!summary.kernelLog()) {
            findings = List.of();
            incidents = List.of();
        }
    }

    /** An input that could not be opened: in every report with its error, nothing analysed. */
    public static InputReport unreadable(String file, String error) {
        return new InputReport(InputSummary.unreadable(file, error), List.of(), List.of(), List.of());
    }

    /** True when a finding is a problem (warning or error), which decides the exit code. */
    public boolean hasProblems() {
        return findings.stream().anyMatch(f -> f.severity().isProblem());
    }
}
