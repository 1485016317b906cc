package io.xrunlens.analyzer.rule.stream;

import io.xrunlens.event.Message;

/** What an "ASoC: error at FUNC on NAME: -N" line is about, from the function it names. */
final class AsocErrors {
    /** -ENODEV: nothing to stream to (an HDMI output with no sink that takes audio). */
    static final String ENODEV = "-19";

    private AsocErrors() {
    }

    /** Errors of probing and initialising the card (codec, DAI, link), not of running a stream. */
    static boolean isProbeError(Message.Catalogued message) {
        if (!message.form().id().equals("asoc.error-at")) {
            return false;
        }
        String function = message.values().get(0);
        return function.contains("probe") || function.contains("_init") || function.contains("set_fmt")
                || function.contains("set_sysclk") || function.contains("set_tdm_slot");
    }
}
