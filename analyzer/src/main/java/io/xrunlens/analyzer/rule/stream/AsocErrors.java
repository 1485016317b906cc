package io.xrunlens.analyzer.rule.stream;

import io.xrunlens.event.Message;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an "ASoC: error at FUNC on NAME: -N" line is about, from the function it names. */
final class AsocErrors {
    /** -EPROBE_DEFER: the probe will be retried when its supplier appears. */
    static final String PROBE_DEFER = "-517";
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

    /**
     * The error number printed last, "-517", or empty: the last value, or the number that ends it
     * when a string conversion took the rest of the line ("supply 'AVDD': -517"); the symbolic
     * name dev_err_probe prints for a deferral ("-EPROBE_DEFER") is -517.
     */
    static String errorNumber(Message.Catalogued message) {
        List<String> values = message.values();
        if (values.isEmpty()) {
            return "";
        }
        String last = values.get(values.size() - 1).strip();
        if (last.contains("EPROBE_DEFER")) {
            return PROBE_DEFER;
        }
        Matcher m = TRAILING_ERROR.matcher(last);
        return m.find() ? m.group(1) : last;
    }

    private static final Pattern TRAILING_ERROR = Pattern.compile("(-\\d+)\\)?$");
}
