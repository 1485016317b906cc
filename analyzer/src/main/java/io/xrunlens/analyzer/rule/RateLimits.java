package io.xrunlens.analyzer.rule;

import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.KnowledgeBase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A boot's counts of the kernel's rate limit not yet claimed ("retire_capture_urb: 35 callbacks
 * suppressed"), by the function whose messages it dropped: the next finding of a line that
 * function printed claims them, once, whichever rule it is. At most {@value #KEPT} functions (the
 * oldest goes: its line never came).
 */
public final class RateLimits {
    private static final int KEPT = 64;
    private final Map<String, Long> suppressed = new LinkedHashMap<>();

    /** Notes an event that is a rate limit's count; any other is not one. */
    void note(Event event) {
        if (!(event.message() instanceof Message.Catalogued c) || c.form().family() != MessageFamily.RATE_LIMITED
                || c.values().size() < 2) {
            return;
        }
        long n;
        try {
            n = Long.parseLong(c.values().get(1));
        } catch (NumberFormatException e) {
            return;
        }
        String function = c.values().get(0);
        if (!suppressed.containsKey(function) && suppressed.size() >= KEPT) {
            suppressed.remove(suppressed.keySet().iterator().next());
        }
        suppressed.merge(function, n, Long::sum);
    }

    /**
     * The lines the rate limit dropped of the function whose call printed this message, claimed
     * once: the function the knowledge base's row names, or one a hand-written row's source
     * names ("pcm.c retire_capture_urb"). A count of a function no row of the line names (the
     * audit's, right before a DAI's line) is not that line's.
     */
    long claim(Message.Catalogued c) {
        if (suppressed.isEmpty()) {
            return 0; // nearly every line of nearly every boot
        }
        String function = KnowledgeBase.active().row(c.form().id()).map(KbRow::function).orElse("");
        if (function.isEmpty()) {
            for (String named : suppressed.keySet()) {
                if (MessageCatalog.sourceNames(c.form(), named)) {
                    function = named;
                    break;
                }
            }
        }
        Long n = function.isEmpty() ? null : suppressed.remove(function);
        return n == null ? 0 : n;
    }
}
