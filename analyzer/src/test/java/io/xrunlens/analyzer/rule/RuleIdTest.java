package io.xrunlens.analyzer.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xrunlens.analyzer.finding.RuleId;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every rule of the rule set has its typed id, and every id its rule. */
class RuleIdTest {
    @Test
    void theRuleSetAndTheIdsAreTheSame() {
        Set<String> rules = Rules.defaults().stream().map(Supplier::get).map(Rule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> ids = RuleId.all().stream().map(RuleId::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ids, rules);
        for (RuleId r : RuleId.all()) {
            assertEquals(r, RuleId.of(r.id()));
        }
    }
}
