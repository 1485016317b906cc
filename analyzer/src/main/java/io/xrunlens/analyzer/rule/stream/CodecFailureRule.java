package io.xrunlens.analyzer.rule.stream;

import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.rule.CataloguedRule;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import java.util.Map;
import java.util.Optional;

/**
 * codec-failure: the codec is unreachable or failing (sgtl5000 "Error reading chip id", a DAPM
 * power-up event that failed, tlv320aic31xx waits that time out), or the card did not register.
 * A card registration that failed with -EPROBE_DEFER (-517) is usually retried and succeeds, so
 * on its own it is only a note; with a codec error in the same boot the incident says more.
 */
@StateScope(StateScope.Scope.BOOT)
public final class CodecFailureRule extends CataloguedRule {
    public static final String ID = "codec-failure";

    public CodecFailureRule() {
        super(ID, "codec", Map.of(MessageFamily.CODEC, Severity.WARNING, MessageFamily.CARD, Severity.INFO,
                MessageFamily.STREAM_START, Severity.WARNING));
    }

    @Override
    protected boolean accepts(Message.Catalogued message) {
        return message.form().family() != MessageFamily.STREAM_START || AsocErrors.isProbeError(message);
    }

    /**
     * A probe error of a DAI or platform driver that the knowledge base made (fsl_sai's "failed
     * to get mclk0 clock: -2" for an optional clock) is printed by healthy boards too: a note.
     * Card notes ("CODEC DAI ... not registered", registration failed with -517) are printed on
     * healthy boards too while deferred probing sorts out the order: info. A registration that
     * failed with another error, and every codec error, is a warning.
     */
    @Override
    protected Optional<Severity> severity(Message.Catalogued message, Event event) {
        String error = AsocErrors.errorNumber(message);
        boolean generatedCard = message.form().family() == MessageFamily.CARD && !MessageCatalog.isHandWritten(message.form());
        boolean note = generatedCard || message.form().family() == MessageFamily.CARD
                && (!error.startsWith("-") || error.equals(AsocErrors.PROBE_DEFER))
                || AsocErrors.PROBE_DEFER.equals(error);
        return Optional.of(note ? Severity.INFO : Severity.WARNING);
    }
}
