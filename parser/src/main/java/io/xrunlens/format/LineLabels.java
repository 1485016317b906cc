package io.xrunlens.format;

import io.xrunlens.format.WrapperFormat.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A tool's label before the kernel's stamp on every line ("dut1: [  535.201598] msg",
 * "board-a | [ …", "[ttyUSB0] [ …"): a test rig, a multiplexed serial capture or a script that
 * tags each board's lines. Read as dmesg with a lead-in, the label became a record of its own
 * on every line, and a cut line's tail to the joiner of cut lines, which glued it to the record
 * before ("… PREEMPT dut1:") and read the whole log as text, on one thread. Seen on nearly all
 * of an input's first stamped lines, the labels make a format of the input's own: a prefix of
 * those labels, the kernel's stamp after it the clock, each label the host that printed (a
 * log of two boards' labels says so, as a central log server's does).
 */
final class LineLabels {
    /** More labels than this in the first lines are not a few boards' names. */
    static final int MOST_LABELS = 8;
    private static final int LONGEST = 40;
    private static final int FEWEST_LINES = 4;
    /** A clock before the stamp changes from line to line; a few lines in one second must not make it a label. */
    private static final Pattern TIME = Pattern.compile("\\d:\\d\\d");

    private LineLabels() {
    }

    /**
     * The format of lines behind these labels, where nine in ten of the first lines that hold
     * a kernel stamp (and at least four) carry one of at most {@link #MOST_LABELS}; else null.
     */
    static WrapperFormat of(Iterable<String> firstLines) {
        Map<String, Integer> labels = new LinkedHashMap<>();
        int stamped = 0;
        int labelled = 0;
        for (String line : firstLines) {
            int start = KernelTextFramer.nextRecordStart(line, 0);
            if (start < 0) {
                continue; // a banner, a tool's own output
            }
            stamped++;
            String label = line.substring(0, start);
            if (isLabel(label)) {
                labels.merge(label.stripTrailing(), 1, Integer::sum);
                labelled++;
            }
        }
        if (labels.isEmpty() || labels.size() > MOST_LABELS || labelled < FEWEST_LINES || labelled * 10 < stamped * 9) {
            return null;
        }
        return new WrapperFormat("dmesg-labelled", "dmesg behind a tool's label on every line:"
                + " \"dut1: [  535.201598] msg\" (detected, the labels are the hosts)",
                pattern(labels.keySet()) + "\\s+(?=<\\d{1,3}>|\\[)", WrapperFormat.NO_CLOCK, WrapperFormat.NO_LEVEL, 1,
                null, Clock.NONE);
    }

    /**
     * The labels as one pattern, the longest first; where they share their marks ("[dut1]",
     * "[dut2]"), the host is the name between them.
     */
    private static String pattern(Set<String> labels) {
        Set<String> leads = labels.stream().map(l -> l.substring(0, nameStart(l))).collect(Collectors.toSet());
        Set<String> trails = labels.stream().map(l -> l.substring(nameEnd(l))).collect(Collectors.toSet());
        boolean shared = leads.size() == 1 && trails.size() == 1;
        String names = labels.stream()
                .map(l -> shared ? l.substring(nameStart(l), nameEnd(l)) : l)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String host = "(?<host>" + names + ")";
        return shared ? Pattern.quote(leads.iterator().next()) + host + Pattern.quote(trails.iterator().next()) : host;
    }

    private static int nameStart(String label) {
        int i = 0;
        while (i < label.length() && !isLetterOrDigit(label.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int nameEnd(String label) {
        int i = label.length();
        while (i > 0 && !isLetterOrDigit(label.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Short text before a stamp that names something: no quote markers alone, no clock. */
    private static boolean isLabel(String s) {
        return !s.isBlank() && s.length() <= LONGEST && MailQuote.end(s) == 0 && s.endsWith(" ")
                && nameStart(s) < s.length() && !TIME.matcher(s).find();
    }
}
