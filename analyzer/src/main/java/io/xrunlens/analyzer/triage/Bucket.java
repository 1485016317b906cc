package io.xrunlens.analyzer.triage;

import io.xrunlens.analyzer.finding.Incident;
import java.util.List;
import java.util.Optional;

/** Inputs with the same signature: one distinct problem, to be looked at once. */
public record Bucket(String id, String title, String signature, List<String> files, Optional<Incident> example) {
    public int count() {
        return files.size();
    }

    /** Buckets with a problem finding (warning or error) come before clean and info-only ones. */
    public boolean isProblem() {
        return signature.contains("terminate-after-prep") || signature.contains("misapplied-free")
                || signature.contains("dma-stall");
    }
}
