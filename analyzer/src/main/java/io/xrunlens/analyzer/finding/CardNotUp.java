package io.xrunlens.analyzer.finding;

import io.xrunlens.catalog.MessageFamily;
import java.util.List;
import java.util.Optional;

/**
 * The boot's first word that its sound card did not come up: the kernel's "deferred probe
 * pending" on it when the wait never ended, a registration of the card or of a part it is made of
 * that failed, a part whose probe gave up, the codec it waits for that failed to probe. A player
 * that finds no card, or no device node, later in the boot fails because of it, however long
 * after: what the card's own incident says is why.
 */
public final class CardNotUp {
    static final CardNotUp NONE = new CardNotUp(null);
    private final Finding first;

    private CardNotUp(Finding first) {
        this.first = first;
    }

    /** The first card failure among {@code findings}, unless {@code earlier} holds one. */
    static CardNotUp of(CardNotUp earlier, List<Finding> findings) {
        if (earlier.first != null) {
            return earlier;
        }
        for (Finding f : findings) {
            if (isCardFailure(f)) {
                return new CardNotUp(f);
            }
        }
        return earlier;
    }

    /** A problem of the card's rows: the rule made notes of optional parts and deferrals that end. */
    private static boolean isCardFailure(Finding f) {
        return f.severity().isProblem() && RuleId.CODEC_FAILURE.of(f) && (CauseClassifier.familyOf(f) == MessageFamily.CARD
                || f.form().startsWith(CODEC_PROBE) || f.form().equals(DEFERRED));
    }

    private static final String DEFERRED = "driver-core.deferred-probe-pending";
    /** The driver core's failed probe, of a codec's driver ({@code MessageCatalog.codecProbe}). */
    private static final String CODEC_PROBE = "driver-core.codec-probe";

    /** The card failure printed before {@code episode} began and not in it: what a missing card follows from. */
    Optional<Finding> before(List<Finding> episode) {
        if (first == null || episode.isEmpty() || episode.contains(first)) {
            return Optional.empty();
        }
        return Unresumed.earlier(first, episode.get(0)) ? Optional.of(first) : Optional.empty();
    }
}
