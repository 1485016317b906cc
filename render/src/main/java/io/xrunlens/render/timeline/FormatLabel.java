package io.xrunlens.render.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A marker's label for a line the knowledge base knows, made from the row's format: its literal
 * clauses (the text between conversions such as {@code %d}, cut at ", ", ": " and "; "), without
 * the words every driver starts with ("error:"), four words and about 28 characters at most.
 */
final class FormatLabel {
    private static final Pattern CONVERSION = Pattern.compile("%[-#+ 0-9.*]*(?:l{0,2}|h{0,2}|z|j|t)"
            + "(?:p[a-zA-Z]*|[a-zA-Z%])");
    private static final Pattern CLAUSE = Pattern.compile("[,:;]\\s|[,:;]$|[()\\[\\]=]");
    private static final Set<String> GENERIC = Set.of("error", "err", "failed", "warning", "fail");
    private static final String NONE = "driver error";

    private FormatLabel() {
    }

    /** "ipc tx timed out" for "ipc tx timed out for %#x (msg/reply size: %d/%zu)". */
    static String first(String format) {
        List<String> c = clauses(format);
        return c.isEmpty() ? NONE : c.get(0);
    }

    /**
     * What tells a line apart from others of the same first clause: its second clause where it
     * has one ("resetting bus" for "No response from codec, resetting bus: last cmd=0x%08x").
     */
    static String distinct(String format) {
        List<String> c = clauses(format);
        return c.size() > 1 ? c.get(1) : c.isEmpty() ? NONE : c.get(0);
    }

    private static List<String> clauses(String format) {
        List<String> out = new ArrayList<>();
        for (String run : CONVERSION.split(format)) {
            for (String clause : CLAUSE.split(run)) {
                String words = words(clause);
                if (!words.isEmpty() && !GENERIC.contains(words.toLowerCase(Locale.ROOT))) {
                    out.add(words);
                }
            }
        }
        return out;
    }

    private static String words(String clause) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String w : clause.strip().split("\\s+")) {
            String bare = w.replaceAll("^[^\\p{Alnum}_]+|[^\\p{Alnum}_]+$", "");
            if (bare.isEmpty()) {
                continue;
            }
            if (n == 4 || b.length() + bare.length() > 28) {
                break;
            }
            b.append(n++ == 0 ? "" : " ").append(bare);
        }
        return b.toString();
    }
}
