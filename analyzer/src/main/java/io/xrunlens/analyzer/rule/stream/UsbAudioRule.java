package io.xrunlens.analyzer.rule.stream;

import io.xrunlens.analyzer.finding.CauseClassifier;
import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.FindingMessages;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.rule.CataloguedRule;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * usb-audio: snd-usb-audio could not keep its isochronous stream going: URBs that cannot be
 * submitted (bandwidth, device gone), a failed usb_set_interface (the card is dead until replug
 * or reboot), capture frames in error. "delay: estimated N, actual M" is a debug note of the
 * pre-5.14 delay accounting: context only.
 *
 * <p>The USB core's "USB disconnect" and "reset … USB device" lines are printed for every device
 * on every machine; they are kept only within {@link #NEAR_MICROS} of an audio failure of the
 * same USB device, where they are why it failed: after it as a finding of the episode, before
 * it as the first record of the failure's evidence.
 */
@StateScope(StateScope.Scope.BOOT)
public final class UsbAudioRule extends CataloguedRule {
    public static final String ID = RuleId.USB_AUDIO.id();
    /** A disconnect or reset this close to an audio failure of the same device is its cause. */
    static final long NEAR_MICROS = 5_000_000L;

    /** Per USB device, its last disconnect or reset not yet tied to a failure. */
    private final Map<String, Event> gone = new HashMap<>();
    /** Per USB device, its last audio failure. */
    private final Map<String, Event> failed = new HashMap<>();

    /** The families it reads and their findings' severities (made once: a rule is made for every boot). */
    private static final Map<MessageFamily, Severity> SEVERITIES = Map.of(
            MessageFamily.USB_AUDIO, Severity.WARNING, MessageFamily.USB_NOTE, Severity.INFO,
            MessageFamily.USB_CORE, Severity.WARNING);

    public UsbAudioRule() {
        super(ID, "usb", SEVERITIES);
    }

    /** True for the USB core's disconnect and reset lines. */
    public static boolean isGone(String form) {
        return CauseClassifier.USB_GONE_FORMS.contains(form);
    }

    private static boolean isGone(Message.Catalogued message) {
        return message.form().family() == MessageFamily.USB_CORE && isGone(message.form().id());
    }

    @Override
    protected Optional<Severity> severity(Message.Catalogued message, Event event) {
        String device = event.record().device();
        if (isGone(message)) {
            Event failure = failed.get(device);
            if (failure != null && near(failure, event)) {
                return Optional.of(Severity.WARNING); // the device went away while its stream failed
            }
            gone.put(device, event);
            return Optional.empty();
        }
        if (message.form().family() == MessageFamily.USB_AUDIO) {
            failed.put(device, event);
        }
        return super.severity(message, event);
    }

    @Override
    protected List<Evidence> before(Message.Catalogued message, Event first) {
        Event went = gone.get(first.record().device());
        if (message.form().family() != MessageFamily.USB_AUDIO || went == null || !near(went, first)) {
            return List.of();
        }
        gone.remove(first.record().device());
        return List.of(Evidence.of(CauseClassifier.USB_GONE_ROLE, went));
    }

    /** A USB audio error outside the transfers says so ({@link CauseClassifier#aboutUsbTransfers}). */
    @Override
    protected String meaning(Message.Catalogued message, Event first) {
        return message.form().family() == MessageFamily.USB_AUDIO
                && !CauseClassifier.aboutUsbTransfers(message.form().id(), first.record().driver())
                ? FindingMessages.format("meaning.usb-driver") : super.meaning(message, first);
    }

    /** Within {@link #NEAR_MICROS} on the log's clock; without a clock, in the same boot. */
    static boolean near(Event a, Event b) {
        return !a.record().hasTime() || !b.record().hasTime() || Math.abs(a.micros() - b.micros()) <= NEAR_MICROS;
    }
}
