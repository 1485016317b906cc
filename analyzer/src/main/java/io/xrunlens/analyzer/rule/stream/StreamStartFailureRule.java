package io.xrunlens.analyzer.rule.stream;

import io.xrunlens.analyzer.finding.CauseClassifier;
import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.FindingMessages;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.finding.StreamNames;
import io.xrunlens.analyzer.rule.CataloguedRule;
import io.xrunlens.analyzer.rule.ErrorNumbers;
import io.xrunlens.analyzer.rule.RuleContext;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * stream-start-failure: the stream could not be set up or started. ASoC reports a driver's
 * error as "ASoC: error at FUNC on NAME: -N" (v5.8+) or "can't set ... hw params: -N"; fsl-sai
 * prints "failed to derive required Tx rate" when no clock divides to the rate. -EPROBE_DEFER
 * (-517) at probe time is a deferral, not a start failure ({@link CodecFailureRule} reads probe
 * errors). McASP's "Sample-rate is off by N PPM" counts only when N is not 0: a warning from
 * {@value #AUDIBLE_PPM} PPM (a tenth of a percent), below that a note, which the incidents raise
 * to a warning where audio failed in the boot (a healthy board prints "off by 23 PPM" at every
 * start).
 */
@StateScope(StateScope.Scope.BOOT)
public final class StreamStartFailureRule extends CataloguedRule {
    public static final String ID = RuleId.STREAM_START_FAILURE.id();

    /** The families it reads and their findings' severities (made once: a rule is made for every boot). */
    private static final Map<MessageFamily, Severity> SEVERITIES = Map.of(
            MessageFamily.STREAM_START, Severity.ERROR, MessageFamily.CLOCK_RATE, Severity.ERROR,
            MessageFamily.RATE_NOTE, Severity.WARNING);

    /** A rate this many PPM off (0.1%) is a warning of its own: the rate is not the one asked for. */
    static final int AUDIBLE_PPM = 1000;

    /** The boot's last disconnect or reset of a USB device, the likeliest reason a card went away. */
    private Event usbGone;

    public StreamStartFailureRule() {
        super(ID, "start", SEVERITIES);
    }

    @Override
    public Set<Class<? extends Message>> messages() {
        return Set.of(Message.Catalogued.class, Message.UserIoError.class);
    }

    /** Its families, and the USB core's disconnects and resets: no finding, what a player's "No such device" follows. */
    @Override
    public Set<MessageFamily> families() {
        return FAMILIES;
    }

    private static final Set<MessageFamily> FAMILIES = Stream.concat(SEVERITIES.keySet().stream(),
            Stream.of(MessageFamily.USB_CORE)).collect(Collectors.toUnmodifiableSet());

    /**
     * Besides the catalogued kernel lines, aplay's "write error: Cannot allocate memory": the
     * DMA transfer could not be prepared (imx-sdma refuses without firmware, allocation failed);
     * and its "write error: No such device": the card was disconnected under it (snd_card_disconnect
     * makes every call of an open PCM answer -ENODEV), after the USB core's word that a device went
     * away where it printed one just before.
     */
    @Override
    public void apply(Event event, RuleContext context) {
        super.apply(event, context);
        if (event.message() instanceof Message.Catalogued c && UsbAudioRule.isGone(c.form().id())) {
            usbGone = event;
        }
        if (event.message() instanceof Message.UserIoError u) {
            String kind = u.error().startsWith("Cannot allocate memory") ? "enomem"
                    : u.error().startsWith("No such device") ? "enodev" : null;
            if (kind != null) {
                String message = FindingMessages.format(ID + "." + kind, StreamNames.capitalized(u.direction()),
                        context.at(event), event.record().text());
                List<Evidence> evidence = new ArrayList<>();
                if (kind.equals("enodev") && usbGone != null && UsbAudioRule.near(usbGone, event)) {
                    // the USB core's disconnect or reset just before: the device that went away
                    evidence.add(Evidence.of(CauseClassifier.USB_GONE_ROLE, usbGone));
                }
                evidence.add(Evidence.of("app error", event));
                context.report(new Finding(ID, Severity.ERROR, context.boot(), "", "", "", OptionalInt.empty(),
                        u.direction(), event.micros(), List.of(), List.copyOf(evidence), message,
                        "observed", "", "app." + kind));
            }
        }
    }

    @Override
    protected boolean accepts(Message.Catalogued message) {
        return !AsocErrors.isCodecError(message);
    }

    @Override
    protected Optional<Severity> severity(Message.Catalogued message, Event event) {
        if (message.form().family() == MessageFamily.RATE_NOTE) {
            long ppm = message.values().isEmpty() ? 0 : magnitude(message.values().get(0));
            return ppm == 0 ? Optional.empty() : Optional.of(ppm < AUDIBLE_PPM ? Severity.INFO : Severity.WARNING);
        }
        if (noHdmiSink(message, event)) {
            return Optional.of(Severity.INFO);
        }
        return Optional.of(Severity.ERROR);
    }

    /** A printed %d's size; one too long for a long is as large as can be. */
    private static long magnitude(String value) {
        try {
            long v = Long.parseLong(value);
            return v == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(v);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * An HDMI DAI that refuses to start with -ENODEV has no sink that takes audio (no display, or
     * one without audio): a sound server probing every output at boot meets it on healthy boards.
     * Since 6.1 the Raspberry Pi's vc4 HDMI refuses its DAI's startup so with -ENOTSUPP (-524).
     * A DAI link is HDMI's when a name of it says so, names the HDMI codec's DAIs ("i2s-hifi",
     * "spdif-hifi": the ASoC core's echo under a link "ff8a0000.i2s-i2s-hifi") or Intel's display
     * audio pins ("iDisp1 Pin").
     */
    static boolean noHdmiSink(Message.Catalogued message, Event event) {
        String error = ErrorNumbers.last(message);
        if (!AsocErrors.ENODEV.equals(error)
                && !(AsocErrors.ENOTSUPP.equals(error) && message.values().contains("snd_soc_dai_startup"))) {
            return false;
        }
        String names = (event.record().driver() + " " + event.record().device() + " " + String.join(" ", message.values()))
                .toLowerCase(Locale.ROOT);
        return names.contains("hdmi") || names.contains("i2s-hifi") || names.contains("spdif-hifi")
                || names.contains("idisp");
    }

    @Override
    protected String meaning(Message.Catalogued message, Event first) {
        return noHdmiSink(message, first) ? FindingMessages.format("meaning.no-hdmi-sink")
                : AsocErrors.isPowerError(message) ? FindingMessages.format("meaning.asoc-power")
                : AsocErrors.isStopError(message) ? FindingMessages.format("meaning.asoc-stop")
                : super.meaning(message);
    }
}
