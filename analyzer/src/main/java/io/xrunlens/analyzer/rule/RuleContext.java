package io.xrunlens.analyzer.rule;

import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.state.DmaState;
import java.util.ArrayList;
import java.util.List;

/** What a rule can see of the boot (shared state) and where it reports. */
public final class RuleContext {
    private final int boot;
    private final DmaState dma;
    private final List<Finding> findings = new ArrayList<>();

    public RuleContext(int boot, DmaState dma) {
        this.boot = boot;
        this.dma = dma;
    }

    public int boot() {
        return boot;
    }

    public DmaState dma() {
        return dma;
    }

    public void report(Finding finding) {
        findings.add(finding);
    }

    public List<Finding> findings() {
        return findings;
    }
}
