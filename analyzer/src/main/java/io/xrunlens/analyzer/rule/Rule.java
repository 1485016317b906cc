package io.xrunlens.analyzer.rule;

import io.xrunlens.event.Event;

/**
 * A rule sees the events of one boot in log order, after the shared state has taken each one
 * in, and reports findings to the context. Rules never print. A rule instance lives for one
 * boot (see {@link StateScope}); adding a rule is one class plus its entry in {@link Rules}.
 */
public interface Rule {
    /** The rule id findings carry, e.g. "misapplied-free". */
    String id();

    /** Called for every event of the boot. */
    void apply(Event event, RuleContext context);

    /** Called once at the end of the boot, for rules that hold an open episode. */
    default void end(RuleContext context) {
    }
}
