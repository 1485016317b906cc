package io.xrunlens.analyzer.rule;

import java.util.List;
import java.util.function.Supplier;

/** The rule set. Rules are made per boot, so the list holds factories. */
public final class Rules {
    private Rules() {
    }

    public static List<Supplier<Rule>> defaults() {
        return List.of(TerminateAfterPrepRule::new, MisappliedFreeRule::new, XrunRule::new, DmaStallRule::new);
    }
}
