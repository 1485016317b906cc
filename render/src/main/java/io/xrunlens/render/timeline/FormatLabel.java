package io.xrunlens.render.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A marker's label for a line the knowledge base knows, made from the row's format: its literal
 * clauses (the text between conversions such as {@code %d}, cut at ", ", ": " and "; "), without
 * the words every driver starts with ("error:", the ASoC core's "ASoC:"), four words and about 28 characters at most, not
 * ending in a word that leads on ("for", "are").
 */
final class FormatLabel {
    private static final Pattern CONVERSION = Pattern.compile("%[-#+ 0-9.*]*(?:l{0,2}|h{0,2}|z|j|t)"
            + "(?:p[a-zA-Z]*|[a-zA-Z%])");
    private static final Pattern CLAUSE = Pattern.compile("[,:;]\\s|[,:;]$|[()\\[\\]=]");
    /** Clauses that say nothing of their own: a generic word, or the ASoC core's prefix ("ASoC: trigger FE …"). */
    private static final Set<String> GENERIC = Set.of("error", "err", "failed", "warning", "fail", "asoc");
    private static final String NONE = "driver error";
    /** Words of what went wrong, as a label's clause holds them. */
    private static final Pattern TROUBLE = Pattern.compile("(?i)fail|fault|error|\\berr\\b|time[ds]? ?out|overflow|underrun"
            + "|overrun|short|temp|current|voltage|shut ?down|invalid|unsupported|not |cannot|can't|unable|missing|lost"
            + "|busy|refused|stall|crash|panic");
    /**
     * Words a label does not end with: cut at four words, "ACPI _DSD Properties are missing for
     * HID %s." read "ACPI _DSD Properties are", "dsp init failed after %d attempts" ended in
     * "after", and "Timed out waiting for DC Servo" in "waiting".
     */
    private static final Set<String> DANGLING = Set.of("a", "after", "an", "and", "are", "as", "at", "be", "been",
            "because", "before", "by", "during", "for", "from", "in", "into", "is", "of", "on", "or", "than", "the", "to",
            "until", "via", "waiting", "was", "were", "when", "while", "with", "without");

    /** Trouble words that only say it with the word after them. */
    private static final Set<String> NEGATION = Set.of("not", "cannot", "can't", "unable", "never");

    private FormatLabel() {
    }

    /**
     * "ipc tx timed out" for "ipc tx timed out for %#x (msg/reply size: %d/%zu)"; where the first
     * clause names no trouble and a later one does, that one: "overcurrent fault" for
     * "experienced a channel %d overcurrent fault", whose first clause says only where.
     */
    static String first(String format) {
        List<String> c = clauses(format);
        if (c.isEmpty()) {
            return NONE;
        }
        if (!TROUBLE.matcher(c.get(0)).find()) {
            for (String later : c.subList(1, c.size())) {
                if (TROUBLE.matcher(later).find()) {
                    return later;
                }
            }
        }
        return c.get(0);
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

    /**
     * A clause's first words, within the label's size; where those name no trouble and a later
     * word does, the words up to its last such ("channel 2 overcurrent fault" of "experienced a
     * channel 2 overcurrent fault", a format with the channel's number written out; "_DSD
     * Properties are missing" of "ACPI _DSD Properties are missing for HID").
     */
    private static String words(String clause) {
        List<String> all = new ArrayList<>();
        for (String w : clause.strip().split("\\s+")) {
            String bare = w.replaceAll("^[^\\p{Alnum}_]+|[^\\p{Alnum}_]+$", "");
            if (!bare.isEmpty() && !bare.equalsIgnoreCase("0x")) { // a hex value's prefix, its digits a conversion
                all.add(bare);
            }
        }
        List<String> head = fitting(all);
        int last = lastTrouble(all);
        if (head.size() < all.size() && !TROUBLE.matcher(String.join(" ", head)).find() && last >= head.size()) {
            List<String> reversed = new ArrayList<>(all.subList(0, last + 1));
            Collections.reverse(reversed);
            List<String> tail = fitting(reversed);
            Collections.reverse(tail);
            while (tail.size() > 1 && DANGLING.contains(tail.get(0).toLowerCase(Locale.ROOT))) {
                tail.remove(0);
            }
            return String.join(" ", tail);
        }
        while (head.size() > 1 && DANGLING.contains(head.get(head.size() - 1).toLowerCase(Locale.ROOT))) {
            head.remove(head.size() - 1);
        }
        return String.join(" ", negated(head, all));
    }

    /**
     * A head that ends in a negation, with the words up to the one it negates ("Device is not a
     * WM8904", "Curve type can't be set") where the label stays short: cut after the negation it
     * says the opposite of what the line does.
     */
    private static List<String> negated(List<String> head, List<String> all) {
        int last = head.size() - 1;
        int end = last < 0 ? last : negatedEnd(all, last);
        List<String> longer = all.subList(0, end + 1);
        return end > last && String.join(" ", longer).length() <= 32 ? longer : head;
    }

    /**
     * Where the word at {@code at} ends what it says: itself, or for a negation the word it
     * negates, past the words that lead on ("not found", "unable to start", "not a WM8904"); itself
     * where none follows.
     */
    private static int negatedEnd(List<String> words, int at) {
        if (!NEGATION.contains(words.get(at).toLowerCase(Locale.ROOT))) {
            return at;
        }
        for (int i = at + 1; i < words.size(); i++) {
            if (!DANGLING.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return at;
    }

    /**
     * The index of the last of {@code words} that names trouble, or -1; a negation's with the word
     * it negates ("not found", "unable to start"), which a label cut after it would leave dangling
     * ("S/PDIF block not" of "Start of S/PDIF block not found").
     */
    private static int lastTrouble(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (TROUBLE.matcher(words.get(i) + " ").find()) {
                return negatedEnd(words, i);
            }
        }
        return -1;
    }

    /** The first words of {@code words} that fit a label: four words and about 28 characters at most. */
    private static List<String> fitting(List<String> words) {
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String bare : words) {
            if (kept.size() == 4 || length + bare.length() > 28) {
                break;
            }
            kept.add(bare);
            length += bare.length() + 1;
        }
        return kept;
    }
}
