package io.xrunlens.analyzer.rule;

import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.event.Message;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The error number a catalogued message printed last ("… failed: -517"), or first where its row prints it so. */
public final class ErrorNumbers {
    /** -EPROBE_DEFER: the probe will be retried when its supplier appears. */
    public static final String PROBE_DEFER = "-517";

    /** dev_err_probe's "error %pe: " before the text: the error's name ("-EINVAL"), or its number. */
    private static final Pattern PROBE_PREFIX = Pattern.compile("^error (-E[A-Z0-9_]+|-\\d+): ");

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
        if (MessageCatalog.ASOC_RET_FORMS.contains(message.form().id())) { // "ASoC error (%d): at …" prints it first
            return values.get(0).strip();
        }
        String last = values.get(values.size() - 1).strip();
        if (last.contains("EPROBE_DEFER")) {
            return PROBE_DEFER;
        }
        String trailing = trailingError(last);
        return trailing != null ? trailing : last;
    }

    /**
     * The negative number that ends {@code s}, before at most one closing parenthesis ("-22" of
     * "failed (-22)"), or null. Read from the end: a regular expression searched the whole value
     * for it, for every finding of a catalogued line.
     */
    private static String trailingError(String s) {
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == ')') {
            end--;
        }
        int i = end;
        while (i > 0 && s.charAt(i - 1) >= '0' && s.charAt(i - 1) <= '9') {
            i--;
        }
        return i < end && i > 0 && s.charAt(i - 1) == '-' ? s.substring(i - 1, end) : null;
    }

    /**
     * The error dev_err_probe printed before a line's text ("error -EINVAL: could not get clk"
     * gives "-EINVAL"), or empty where the text does not start so. dev_err_probe prints a
     * deferral at debug level only, so at any other level the error is the one the probe returned.
     */
    public static String probePrefix(String text) {
        if (!text.startsWith("error -")) {
            return ""; // most lines: no matcher for them
        }
        Matcher m = PROBE_PREFIX.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /**
     * Whether an error, as a number or as dev_err_probe names it, says the device is not there
     * (-ENODEV, -ENXIO): the driver core logs no failed probe for those, a driver finding no
     * such device being no failure of one.
     */
    public static boolean saysNoDevice(String error) {
        return switch (error) {
            case "-ENODEV", "-19", "-ENXIO", "-6" -> true;
            default -> false;
        };
    }

    /** Whether an error, as a number or as dev_err_probe names it, is a probe deferral. */
    public static boolean isDeferral(String error) {
        return PROBE_DEFER.equals(error) || error.equals("-EPROBE_DEFER");
    }

    /** Whether the message ends in a probe deferral, which the driver core retries: no failure yet. */
    public static boolean deferred(Message.Catalogued message) {
        return PROBE_DEFER.equals(last(message));
    }
}
