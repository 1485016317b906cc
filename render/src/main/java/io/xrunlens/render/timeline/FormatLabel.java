package io.xrunlens.render.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A marker's label for a line the knowledge base knows, made from the row's format: its literal
 * clauses (the text between conversions such as {@code %d}, cut at ", ", ": " and "; "), without
 * the words every driver starts with ("error:"), four words and about 28 characters at most, not
 * ending in a word that leads on ("for", "are").
 */
final class FormatLabel {
    private static final Pattern CONVERSION = Pattern.compile("%[-#+ 0-9.*]*(?:l{0,2}|h{0,2}|z|j|t)"
            + "(?:p[a-zA-Z]*|[a-zA-Z%])");
    private static final Pattern CLAUSE = Pattern.compile("[,:;]\\s|[,:;]$|[()\\[\\]=]");
    private static final Set<String> GENERIC = Set.of("error", "err", "failed", "warning", "fail");
    private static final String NONE = "driver error";
    /**
     * Words a label does not end with: cut at four words, "ACPI _DSD Properties are missing for
     * HID %s." read "ACPI _DSD Properties are", and "dsp init failed after %d attempts" ended in
     * "after".
     */
    private static final Set<String> DANGLING = Set.of("a", "after", "an", "and", "are", "as", "at", "be", "been",
            "before", "by", "for", "from", "in", "into", "is", "of", "on", "or", "than", "the", "to", "was", "were",
            "when", "while", "with");

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
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String w : clause.strip().split("\\s+")) {
            String bare = w.replaceAll("^[^\\p{Alnum}_]+|[^\\p{Alnum}_]+$", "");
            if (bare.isEmpty()) {
                continue;
            }
            if (kept.size() == 4 || length + bare.length() > 28) {
                break;
            }
            kept.add(bare);
            length += bare.length() + 1;
        }
        while (kept.size() > 1 && DANGLING.contains(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT))) {
            kept.remove(kept.size() - 1);
        }
        return String.join(" ", kept);
    }
}
