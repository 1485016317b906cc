package io.xrunlens.analyzer.rule;

import io.xrunlens.event.Message;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The error number a catalogued message printed last ("… failed: -517"). */
public final class ErrorNumbers {
    /** -EPROBE_DEFER: the probe will be retried when its supplier appears. */
    public static final String PROBE_DEFER = "-517";

    private static final Pattern TRAILING_ERROR = Pattern.compile("(-\\d+)\\)?$");

    private ErrorNumbers() {
    }

    /**
     * The error number printed last, "-517", or empty: the last value, or the number that ends it
     * when a string conversion took the rest of the line ("supply 'AVDD': -517"); the symbolic
     * name dev_err_probe prints for a deferral ("-EPROBE_DEFER") is -517.
     */
    public static String last(Message.Catalogued message) {
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

    /** Whether the message ends in a probe deferral, which the driver core retries: no failure yet. */
    public static boolean deferred(Message.Catalogued message) {
        return PROBE_DEFER.equals(last(message));
    }
}
