package io.xrunlens.analyzer.rule.stream;

import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.rule.CataloguedRule;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageFamily;
import java.util.Map;

/**
 * hw-pointer: the ALSA core's checks of the position the driver reports: "Unexpected hw_ptr",
 * "hw_ptr skipping", "Lost interrupts?", "invalid position"/"BUG: ..., pos = ...". They point at a
 * driver's pointer callback or at interrupts that came late (pops and clicks rather than silence).
 * "snd_pcm_update_hw_ptr0: N callbacks suppressed" says more of them were rate-limited: a note.
 */
@StateScope(StateScope.Scope.BOOT)
public final class HwPointerRule extends CataloguedRule {
    public static final String ID = RuleId.HW_POINTER.id();

    public HwPointerRule() {
        super(ID, "pointer", Map.of(MessageFamily.HW_POINTER, Severity.WARNING, MessageFamily.HW_POINTER_NOTE, Severity.INFO));
    }
}
