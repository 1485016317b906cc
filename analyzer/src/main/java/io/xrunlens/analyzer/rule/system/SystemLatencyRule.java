package io.xrunlens.analyzer.rule.system;

import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.rule.CataloguedRule;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageFamily;
import java.util.Map;

/**
 * system-latency: the system could not run audio in time: RT throttling (a SCHED_FIFO task used
 * 95% of a period and all RT tasks were frozen), a slow hrtimer interrupt, soft lockups, hung
 * tasks, RCU stalls, or an interrupt line disabled after a storm. RT throttling and hrtimer print
 * once per boot, so their time marks only the first occurrence. Not an audio failure by itself:
 * the incident stage lowers it to a note when no audio trouble is near.
 */
@StateScope(StateScope.Scope.BOOT)
public final class SystemLatencyRule extends CataloguedRule {
    public static final String ID = RuleId.SYSTEM_LATENCY.id();

    public SystemLatencyRule() {
        super(ID, "latency", Map.of(MessageFamily.LATENCY, Severity.WARNING, MessageFamily.IRQ_DISABLED, Severity.WARNING));
    }
}
