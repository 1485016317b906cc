package io.xrunlens.analyzer.rule;

import io.xrunlens.analyzer.finding.RuleTable;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.catalog.MessageFamily;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A rule that is a row of {@code rules.tsv}: every catalogued message of its families becomes a
 * finding of the row's severity for that family (a FIFO underrun, a DMA channel that will not
 * stop, RT throttling, a driver's error). What a finding of it means for an incident is decided
 * later, from the chain it is part of.
 */
@StateScope(StateScope.Scope.BOOT)
public final class FamilyRule extends CataloguedRule {
    public FamilyRule(RuleTable.Row row) {
        this(row, Map.copyOf(row.families()));
    }

    private FamilyRule(RuleTable.Row row, Map<MessageFamily, Severity> severities) {
        super(row.rule().id(), row.role(), severities);
    }

    /**
     * A new rule of the row for each boot. The row's families are copied once here: a log of
     * a hundred thousand short boots copied them for every rule of every boot.
     */
    static Supplier<Rule> maker(RuleTable.Row row) {
        Map<MessageFamily, Severity> severities = Map.copyOf(row.families()); // kept, not copied again
        return () -> new FamilyRule(row, severities);
    }
}
