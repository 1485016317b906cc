package io.xrunlens.analyzer.rule;

import io.xrunlens.analyzer.finding.RuleTable;

/**
 * A rule that is a row of {@code rules.tsv}: every catalogued message of its families becomes a
 * finding of the row's severity for that family (a FIFO underrun, a DMA channel that will not
 * stop, RT throttling, a driver's error). What a finding of it means for an incident is decided
 * later, from the chain it is part of.
 */
@StateScope(StateScope.Scope.BOOT)
public final class FamilyRule extends CataloguedRule {
    public FamilyRule(RuleTable.Row row) {
        super(row.rule().id(), row.role(), row.families());
    }
}
