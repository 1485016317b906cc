package io.xrunlens.analyzer;

import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.parser.InputSummary;
import java.util.List;

/** Everything known about one input: what was read, what was found, how it chains up. */
public record InputReport(InputSummary summary, List<Finding> findings, List<Incident> incidents) {

    /** True when a finding is a problem (warning or error), which decides the exit code. */
    public boolean hasProblems() {
        return findings.stream().anyMatch(f -> f.severity().isProblem());
    }
}
