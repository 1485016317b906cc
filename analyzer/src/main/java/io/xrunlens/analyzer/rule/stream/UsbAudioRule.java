package io.xrunlens.analyzer.rule.stream;

import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.rule.CataloguedRule;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageFamily;
import java.util.Map;

/**
 * usb-audio: snd-usb-audio could not keep its isochronous stream going: URBs that cannot be
 * submitted (bandwidth, device gone), a failed usb_set_interface (the card is dead until replug
 * or reboot), capture frames in error. "delay: estimated N, actual M" is a debug note of the
 * pre-5.14 delay accounting: context only.
 */
@StateScope(StateScope.Scope.BOOT)
public final class UsbAudioRule extends CataloguedRule {
    public static final String ID = "usb-audio";

    public UsbAudioRule() {
        super(ID, "usb", Map.of(MessageFamily.USB_AUDIO, Severity.WARNING, MessageFamily.USB_NOTE, Severity.INFO));
    }
}
