package io.xrunlens.analyzer.rule.stream;

import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.rule.CataloguedRule;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import java.util.Optional;
import java.util.Set;

/**
 * hw-pointer: the ALSA core's checks of the position the driver reports: "Unexpected hw_ptr",
 * "hw_ptr skipping", "Lost interrupts?", "invalid position"/"BUG: ..., pos = ...". They point at a
 * driver's pointer callback or at interrupts that came late (pops and clicks rather than silence).
 * "snd_pcm_update_hw_ptr0: N callbacks suppressed" says more of them were rate-limited: a note.
 */
@StateScope(StateScope.Scope.BOOT)
public final class HwPointerRule extends CataloguedRule {
    public static final String ID = "hw-pointer";

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected String role() {
        return "pointer";
    }

    @Override
    protected Set<MessageFamily> families() {
        return Set.of(MessageFamily.HW_POINTER, MessageFamily.HW_POINTER_NOTE);
    }

    @Override
    protected Optional<Severity> severity(Message.Catalogued message, Event event) {
        return Optional.of(message.form().family() == MessageFamily.HW_POINTER_NOTE ? Severity.INFO
                : Severity.WARNING);
    }
}
