package io.xrunlens.analyzer.finding;

import java.util.Locale;
import java.util.Optional;

/**
 * One row of {@code chains.tsv}: which findings join an incident's anchor, where in time, how
 * they must match it, and which of them are taken.
 *
 * @param joins       the rule whose findings join; empty for {@link Joins#EPISODE} and {@link Joins#NOTES}
 * @param windowMicros how far in time, or -1 where the row gives none
 * @param cause       the incident's cause the link holds for, or empty for any
 */
public record ChainLink(Anchor anchor, Joins kind, Optional<RuleId> joins, Where where, long windowMicros,
                        Match match, Take take, Optional<Cause> cause, String why) {

    /** What an incident starts from. */
    public enum Anchor {
        /** A terminate race of one DMA channel. */
        RACE,
        /** An episode of failures. */
        FAILURE,
        /** An episode of stalls alone. */
        STALL,
        /** XRUNs that recovered. */
        BURST
    }

    /** What kind of findings join: one rule's, the episode starters, or the failing device's notes. */
    public enum Joins { RULE, EPISODE, NOTES }

    /** Where in time a joining finding stands. */
    public enum Where { GROUP, BEFORE, AFTER, WITHIN, NEAR, BOOT }

    /**
     * How a joining finding must match the anchor: any; no other direction; the same direction;
     * no other direction nor DMA channel; the anchor's device; a kernel line ending with the error
     * a program's line, the anchor's first, ends with ("-19" and "No such device").
     */
    public enum Match { ANY, STREAM, SAME_STREAM, CHANNEL, DEVICE, ERRNO }

    /** Which of the qualifying findings are taken, in log order. */
    public enum Take { FIRST, LAST, ALL }

    /** "same-stream" for {@code SAME_STREAM}: how the table spells an enum constant. */
    static String spelling(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the table spells what joins: the rule id, "episode" or "notes". */
    public String joinsSpelled() {
        return joins.map(RuleId::id).orElse(spelling(kind));
    }

    /** "12s", "500ms" or "-". */
    public String windowSpelled() {
        if (windowMicros < 0) {
            return "-";
        }
        return windowMicros % 1_000_000L == 0 ? windowMicros / 1_000_000L + "s" : windowMicros / 1_000L + "ms";
    }
}
