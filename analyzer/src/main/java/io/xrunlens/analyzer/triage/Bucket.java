package io.xrunlens.analyzer.triage;

import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.record.TimeStyle;
import java.util.List;
import java.util.Optional;

/**
 * Inputs with the same signature: one distinct problem, to be looked at once. {@code example} is
 * the first member's first incident, {@code exampleTimes} how that member's log prints times.
 * {@code problem} is what the exit code says: a member has a finding of severity warning or
 * error ({@link io.xrunlens.analyzer.InputReport#hasProblems}), whatever its cause.
 */
public record Bucket(String id, String title, String signature, List<String> files, Optional<Incident> example,
                     TimeStyle exampleTimes, boolean problem) {
    public int count() {
        return files.size();
    }

    /** Buckets with a problem finding (warning or error) come before clean and info-only ones. */
    public boolean isProblem() {
        return problem;
    }
}
