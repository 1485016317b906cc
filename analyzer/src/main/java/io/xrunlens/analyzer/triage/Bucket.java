package io.xrunlens.analyzer.triage;

import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.record.TimeStyle;
import java.util.List;
import java.util.Optional;

/**
 * Inputs with the same signature: one distinct problem, to be looked at once. {@code example} is
 * the first member's first incident, {@code exampleTimes} how that member's log prints times.
 */
public record Bucket(String id, String title, String signature, List<String> files, Optional<Incident> example,
                     TimeStyle exampleTimes) {
    public int count() {
        return files.size();
    }

    /** Buckets with a problem finding (warning or error) come before clean and info-only ones. */
    public boolean isProblem() {
        return isProblem(signature);
    }

    /** Whether a bucket of this signature holds a problem (the fleet job sorts by it too). */
    public static boolean isProblem(String signature) {
        return signature.contains("terminate-after-prep") || signature.contains("misapplied-free")
                || signature.contains("dma-stall");
    }
}
