package io.xrunlens.analyzer.rule.stream;

import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.FindingMessages;
import io.xrunlens.analyzer.finding.RowWords;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.rule.CataloguedRule;
import io.xrunlens.analyzer.rule.ErrorNumbers;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.kb.source.FamilyGuess;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * codec-failure: the codec is unreachable or failing (sgtl5000 "Error reading chip id", a DAPM
 * power-up event that failed, tlv320aic31xx waits that time out), or the card did not register.
 * A card registration that failed with -EPROBE_DEFER (-517) is usually retried and succeeds, so
 * on its own it is only a note; with a codec error in the same boot the incident says more. A
 * deferral that never ended is the driver core's "deferred probe pending" for a device that
 * deferred (or is named for sound): the card never registered, a warning that names what it
 * waited for: the codec DAI it said was missing, or the supplier the driver core named
 * ("supplier 30010000.sai not ready", "wait for supplier /soc/bus@30000000/sai@30010000") with
 * the error that supplier printed in the boot, if it did.
 */
@StateScope(StateScope.Scope.BOOT)
public final class CodecFailureRule extends CataloguedRule {
    public static final String ID = RuleId.CODEC_FAILURE.id();

    private static final String PENDING = "driver-core.deferred-probe-pending";
    /** Devices whose card registration was deferred in this boot. */
    private final Set<String> deferred = new HashSet<>();
    /** The last codec DAI a card waited for ("CODEC DAI sgtl5000 not registered"). */
    private String missing = "";
    /** The driver core's reason for a deferral: the supplier by device name or firmware node path. */
    private static final Pattern SUPPLIER = Pattern.compile("supplier (\\S+) not ready|wait for supplier (\\S+)");
    /** The last probe error each device printed in this boot. */
    private final Map<String, Event> lastError = new HashMap<>();

    /** The families it reads and their findings' severities (made once: a rule is made for every boot). */
    private static final Map<MessageFamily, Severity> SEVERITIES = Map.of(
            MessageFamily.CODEC, Severity.WARNING, MessageFamily.CODEC_NOTE, Severity.INFO,
            MessageFamily.CARD, Severity.INFO, MessageFamily.STREAM_START, Severity.WARNING);

    /**
     * By format, whether a card row's words say the card's description is missing: asked for
     * every card line of a log, of at most the knowledge base's formats (a regular expression
     * each time cost a log of many drivers' probe errors 0.6% of its CPU).
     */
    private static final Map<String, Boolean> NO_DESCRIPTION = new ConcurrentHashMap<>();
    /** By format, the same for words of a registration that failed ({@link FamilyGuess#namesARegistration}). */
    private static final Map<String, Boolean> REGISTRATION = new ConcurrentHashMap<>();

    public CodecFailureRule() {
        super(ID, "codec", SEVERITIES);
    }

    @Override
    protected boolean accepts(Message.Catalogued message) {
        return message.form().family() != MessageFamily.STREAM_START || AsocErrors.isCodecError(message);
    }

    /**
     * A probe error of a DAI or platform driver that the knowledge base made (fsl_sai's "failed
     * to get mclk0 clock: -2" for an optional clock) is printed by healthy boards too: a note.
     * Card notes ("CODEC DAI ... not registered", registration failed with -517) are printed on
     * healthy boards too while deferred probing sorts out the order: info. A registration that
     * failed with another error (the card's, or a DAI's or component's the card is made of,
     * whichever driver prints it), a machine driver's word that the card's description is
     * missing ("Property 'audio-codec' missing or invalid"), a legacy or PCI card's word that it
     * could not have its interrupt, DMA channel or I/O regions, and every codec error, is a warning.
     * A generated registration line without its error stays a note: a driver that prints it
     * for a deferral too ("snd_soc_register_card failed") prints it on healthy boards. A card
     * row dev_err_probe printed with its error before the text ("error -EINVAL: …") is a probe
     * that gave up, whatever its words, since that macro logs a deferral at debug level only.
     */
    @Override
    protected Optional<Severity> severity(Message.Catalogued message, Event event) {
        String form = message.form().id();
        String device = event.record().device();
        if (form.equals(PENDING)) {
            // the kernel stopped waiting: a card that was deferred never registered
            return deferred.contains(device) || soundName(device) || soundName(event.record().driver())
                    ? Optional.of(Severity.WARNING) : Optional.empty();
        }
        if (form.equals("asoc.codec-dai-missing") && !message.values().isEmpty()) {
            missing = message.values().get(0).strip();
        }
        if (message.form().family() == MessageFamily.CODEC_NOTE) {
            return Optional.of(Severity.INFO); // a late answer worked around: only a failure's root
        }
        if (!device.isEmpty()) {
            lastError.put(device, event);
        }
        String error = ErrorNumbers.last(message);
        String probeError = ErrorNumbers.probePrefix(event.record().text());
        boolean deferral = ErrorNumbers.isDeferral(error) || ErrorNumbers.isDeferral(probeError);
        boolean card = message.form().family() == MessageFamily.CARD;
        if (card || deferral) {
            deferred.add(device);
        }
        boolean generatedCard = generatedCard(message);
        // a machine driver that could not read the card's description gives the card up; the
        // other probe errors the knowledge base made may be an optional part's
        boolean noDescription = generatedCard
                && NO_DESCRIPTION.computeIfAbsent(message.form().format(), FamilyGuess::namesAMissingDescription);
        boolean gaveUp = noDescription || !gaveUpWith(message, probeError).isEmpty() || failedRegistration(message, error)
                || generatedCard && (RowWords.CARD_RESOURCES.said(message.form().id())
                        || RowWords.CARD_CHIP.said(message.form().id())
                        || RowWords.ACP_NOT_UP.said(message.form().id()) || RowWords.DESCRIPTION.said(message.form().id())
                        || RowWords.DAI_RESOURCES.said(message.form().id()));
        boolean note = !gaveUp && (generatedCard || card && !error.startsWith("-")) || deferral;
        return Optional.of(note ? Severity.INFO : Severity.WARNING);
    }

    /**
     * A card's probe that dev_err_probe says gave up names the error it gave up with; a deferral
     * dev_err_probe names (seen where debug lines are logged) is told as one.
     */
    @Override
    protected String meaning(Message.Catalogued message, Event first) {
        String probeError = ErrorNumbers.probePrefix(first.record().text());
        if (ErrorNumbers.isDeferral(probeError)) {
            return FindingMessages.format("meaning.deferred");
        }
        String gaveUpWith = gaveUpWith(message, probeError);
        return gaveUpWith.isEmpty() ? meaning(message) : FindingMessages.format("meaning.card-probe-gave-up", gaveUpWith);
    }

    /** A deferral that never ended says what the card waited for, when the log named it. */
    @Override
    protected String meaning(Message.Catalogued message) {
        if (message.form().id().equals(PENDING)) {
            Optional<String> supplier = supplier(message);
            if (supplier.isPresent()) {
                Event said = lastError.get(supplier.get());
                return FindingMessages.format("meaning.card-supplier", supplier.get(), said == null ? 0 : 1,
                        said == null ? "" : said.record().message());
            }
            return FindingMessages.format("meaning.card-pending", missing.isEmpty() ? 0 : 1, missing);
        }
        if (AsocErrors.isProbeError(message) && !ErrorNumbers.deferred(message)) {
            return FindingMessages.format("meaning.asoc-set-up"); // not a stream's start, as the row's family says
        }
        if (AsocErrors.isRegisterError(message)) {
            return FindingMessages.format("meaning.asoc-register");
        }
        if (failedRegistration(message, ErrorNumbers.last(message))) {
            return FindingMessages.format("meaning.card-registration");
        }
        return super.meaning(message);
    }

    /** A card row the knowledge base made: the catalogue's card rows say themselves what they are. */
    private static boolean generatedCard(Message.Catalogued message) {
        return message.form().family() == MessageFamily.CARD && !MessageCatalog.isHandWritten(message.form());
    }

    /** Whether a generated card row says a registration failed, with an error that is no deferral. */
    private static boolean failedRegistration(Message.Catalogued message, String error) {
        return generatedCard(message) && error.startsWith("-") && !ErrorNumbers.isDeferral(error)
                && REGISTRATION.computeIfAbsent(message.form().format(), FamilyGuess::namesARegistration);
    }

    /**
     * The error a generated card row's probe gave up with, as dev_err_probe named it before the
     * text ({@code probeError}, {@link ErrorNumbers#probePrefix}), or empty: none, a deferral
     * (which that macro prints at debug level only), or no such device, which the driver core
     * keeps quiet.
     */
    private static String gaveUpWith(Message.Catalogued message, String probeError) {
        return generatedCard(message) && !probeError.isEmpty() && !ErrorNumbers.isDeferral(probeError)
                && !ErrorNumbers.saysNoDevice(probeError) ? probeError : "";
    }

    /** The supplier's own error, the root of a card that never registered, comes first in its evidence. */
    @Override
    protected List<Evidence> before(Message.Catalogued message) {
        if (!message.form().id().equals(PENDING)) {
            return List.of();
        }
        return supplier(message).map(lastError::get).map(e -> List.of(Evidence.of("supplier", e))).orElse(List.of());
    }

    /** The supplier a deferral that never ended waited for, when the driver core named it. */
    private static Optional<String> supplier(Message.Catalogued message) {
        Matcher m = SUPPLIER.matcher(String.join(" ", message.values()));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? m.group(1) : deviceName(m.group(2)));
    }

    /**
     * The device name of a firmware node: the last part of its path, "sai@30010000" named as the
     * kernel names platform devices, "30010000.sai"; a name without a unit address stays as it is.
     */
    static String deviceName(String fwnode) {
        String last = fwnode.substring(fwnode.lastIndexOf('/') + 1);
        int at = last.indexOf('@');
        return at < 0 ? last : last.substring(at + 1) + "." + last.substring(0, at);
    }

    /** "sound", "es8316-sound", "30020000.audio", "snd-soc-dummy": a device that is a sound card's. */
    private static boolean soundName(String name) {
        return name.contains("sound") || name.contains("audio") || name.contains("snd");
    }
}
