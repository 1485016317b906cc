package io.xrunlens.analyzer;

import io.xrunlens.analyzer.boot.FoldedIncidents;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.parser.InputSummary;
import java.util.List;
import java.util.Optional;

/**
 * Everything known about one input: what was read, what was found, how it chains up, the
 * kernel release of each boot that had events (empty where the log does not say), the
 * incidents that repeated earlier ones across boots, counted instead of kept ({@link FoldedIncidents}),
 * and in a log of several hosts the host of each boot (empty in one machine's log).
 */
public record InputReport(InputSummary summary, List<Finding> findings, List<Incident> incidents,
                          List<Optional<KernelRelease>> kernels, List<FoldedIncidents> folded, List<String> bootHosts) {

    /** What is no kernel log (a CSV, a Markdown document quoting log lines) has no findings. */
    public InputReport {
        if (!summary.kernelLog()) {
            findings = List.of();
            incidents = List.of();
            folded = List.of();
        }
    }

    /** One machine's report: no boot names a host. */
    public InputReport(InputSummary summary, List<Finding> findings, List<Incident> incidents,
                       List<Optional<KernelRelease>> kernels, List<FoldedIncidents> folded) {
        this(summary, findings, incidents, kernels, folded, List.of());
    }

    /** The host whose boot this is, in a log of several hosts; else "". */
    public String hostOf(int boot) {
        return boot >= 0 && boot < bootHosts.size() ? bootHosts.get(boot) : "";
    }

    /** A report with no folded boots. */
    public InputReport(InputSummary summary, List<Finding> findings, List<Incident> incidents,
                       List<Optional<KernelRelease>> kernels) {
        this(summary, findings, incidents, kernels, List.of());
    }

    /** An input that could not be opened: in every report with its error, nothing analysed. */
    public static InputReport unreadable(String file, String error) {
        return new InputReport(InputSummary.unreadable(file, error), List.of(), List.of(), List.of());
    }

    /** The incident's number in the report (1 for the first, in log order), or 0 when it is not one of them. */
    public int incidentNumber(Incident incident) {
        for (int k = 0; k < incidents.size(); k++) {
            if (incidents.get(k) == incident) {
                return k + 1;
            }
        }
        return 0;
    }

    /** True when a finding is a problem (warning or error), which decides the exit code. */
    public boolean hasProblems() {
        return findings.stream().anyMatch(f -> f.severity().isProblem())
                || folded.stream().anyMatch(f -> f.like().severity().isProblem());
    }
}
