package io.xrunlens.analyzer.rule;

import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import java.util.Set;

/**
 * A rule sees the events of one boot in log order, after the shared state has taken each one
 * in, and reports findings to the context. Rules never print. A rule instance lives for one
 * boot (see {@link StateScope}); adding a rule is one class plus its entry in {@link Rules}.
 */
public interface Rule {
    /** The rule id findings carry, e.g. "misapplied-free". */
    String id();

    /**
     * The message types the rule reads; it is called for events of these types only. Most
     * events of a debug log are period interrupts and DMA status calls that no rule but the DMA
     * state needs, so routing by type keeps the per-event cost of many rules near zero. A rule
     * that closes an episode after a quiet gap does so at its next event of interest, which
     * gives the same finding.
     */
    Set<Class<? extends Message>> messages();

    /**
     * Of the catalogued messages ({@link Message.Catalogued}), the families the rule reads, or
     * null for all. A log's catalogued lines are mostly notes that no rule reads; routed by
     * family they cost the rules nothing.
     */
    default Set<MessageFamily> families() {
        return null;
    }

    /** Called for every event of the boot. */
    void apply(Event event, RuleContext context);

    /** Called once at the end of the boot, for rules that hold an open episode. */
    default void end(RuleContext context) {
    }

    /**
     * A part of a long boot ends here: the analyzer chains a boot of thousands of findings into
     * incidents in parts. A rule whose finding is a verdict on the whole boot, told at its end
     * (the SDMA firmware), tells it now as the boot so far reads, so that the part's incidents
     * can chain it; at the end it tells it again only if it changed.
     */
    default void partEnds(RuleContext context) {
    }

    /**
     * A live input has been quiet for a while (xrunlens watch): a rule that waits to see that
     * nothing more comes (the rest of a stall, the end of a burst) decides now, as at the end,
     * and carries on from a clean state. Rules whose end is a verdict on the whole boot (the
     * SDMA firmware) keep it for the end.
     */
    default void settle(RuleContext context) {
        end(context);
    }

    /**
     * The log time after which this rule's open episode has surely ended, or
     * {@code Long.MAX_VALUE} when none is open. The analyzer settles the rule as soon as any
     * event past it comes, even one the rule does not read: a live watch then sees the XRUN
     * before the stall that ends its incident, not after.
     */
    default long openUntilMicros() {
        return Long.MAX_VALUE;
    }

    /**
     * How long a live input must be quiet before this rule's window has surely closed: on a live
     * board the log's clock runs with the wall clock, so quiet stands for the log time the rule
     * waits for. -1: only after the watch's settle time.
     */
    default long quietClosesWindowMillis() {
        return -1;
    }
}
