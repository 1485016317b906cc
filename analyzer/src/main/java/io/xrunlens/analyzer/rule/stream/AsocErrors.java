package io.xrunlens.analyzer.rule.stream;

import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.event.Message;

/**
 * What an "ASoC: error at FUNC on NAME: -N" line (6.16 on: "ASoC error (-N): at FUNC() on NAME")
 * is about, from the function it names.
 */
final class AsocErrors {
    /** -ENODEV: nothing to stream to (an HDMI output with no sink that takes audio). */
    static final String ENODEV = "-19";
    /** -ENOTSUPP, the kernel's own "operation is not supported". */
    static final String ENOTSUPP = "-524";

    private AsocErrors() {
    }

    /** The function the ASoC core's echo names, or null for another line. */
    static String function(Message.Catalogued message) {
        String form = message.form().id();
        int at = form.equals(MessageCatalog.ASOC_ERROR_AT) ? 0 : MessageCatalog.ASOC_RET_FORMS.contains(form) ? 1 : -1;
        return at < 0 || message.values().size() <= at ? null : message.values().get(at);
    }

    /**
     * Errors the codec-failure rule reads, not the stream's: the card's set-up
     * ({@link #isProbeError}) and a component's register access ({@link #isRegisterError}).
     */
    static boolean isCodecError(Message.Catalogued message) {
        return isProbeError(message) || isRegisterError(message);
    }

    /**
     * A register read or write of a component that failed (soc_component_read_no_lock,
     * soc_component_write_no_lock, snd_soc_component_update_bits and its async form, as kernels
     * before 5.18 name them in this line): the chip did not answer on its bus, whatever the
     * stream was doing when the driver wrote.
     */
    static boolean isRegisterError(Message.Catalogued message) {
        String function = function(message);
        return function != null && (message.form().id().equals(MessageCatalog.ASOC_RET_REGISTER)
                || function.endsWith("_no_lock") || function.contains("update_bits"));
    }

    /**
     * A machine driver's step of a system suspend or resume (snd_soc_card_suspend_pre,
     * snd_soc_card_resume_post, ...): the ASoC core goes on without it, and the card may be left
     * as the failed step left it.
     */
    static boolean isPowerError(Message.Catalogued message) {
        String function = function(message);
        return function != null && (function.contains("suspend") || function.contains("resume"));
    }

    /**
     * A step of stopping or closing a stream (a component's close, hw_free or sync_stop, the
     * card's remove): no start failed.
     */
    static boolean isStopError(Message.Catalogued message) {
        String function = function(message);
        return function != null && (function.endsWith("_close") || function.endsWith("_hw_free")
                || function.endsWith("_sync_stop") || function.endsWith("_remove") || function.endsWith("_shutdown"));
    }

    /**
     * Errors of probing and initialising the card (codec, DAI, link; the PCMs it creates as it
     * registers, snd_soc_pcm_component_new), not of running a stream.
     */
    static boolean isProbeError(Message.Catalogued message) {
        String function = function(message);
        return function != null && (function.contains("probe") || function.contains("_init") || function.endsWith("_new")
                || function.contains("set_fmt") || function.contains("set_sysclk") || function.contains("set_tdm_slot"));
    }
}
