package io.xrunlens.analyzer.rule.stream;

import io.xrunlens.event.Message;
import java.util.List;

/** What an "ASoC: error at FUNC on NAME: -N" line is about, from the function it names. */
final class AsocErrors {
    /** -EPROBE_DEFER: the probe will be retried when its supplier appears. */
    static final String PROBE_DEFER = "-517";

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

    /** The error number printed last, "-517", or empty. */
    static String errorNumber(Message.Catalogued message) {
        List<String> values = message.values();
        return values.isEmpty() ? "" : values.get(values.size() - 1);
    }
}
