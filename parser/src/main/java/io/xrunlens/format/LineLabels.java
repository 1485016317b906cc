package io.xrunlens.format;

import io.xrunlens.format.WrapperFormat.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A tool's label or clock before the kernel's stamp on every line ("dut1: [  535.201598] msg",
 * "board-a | [ …", "[ttyUSB0] [ …", a serial terminal's "[10:00:00.123] [ …"): a test rig, a
 * multiplexed or time-stamped serial capture, a script that tags each board's lines. Read as
 * dmesg with a lead-in, each became a record of its own on every line, and a cut line's tail to
 * the joiner of cut lines, which glued it to the record before ("… PREEMPT dut1:") and read the
 * whole log as text, on one thread. Seen on nearly all of an input's first stamped lines, the
 * lead-ins make a format of the input's own: a prefix of those labels, each the host that
 * printed (a log of two boards' labels says so, as a central log server's does), or of their
 * shape, whatever numbers each line's holds; the kernel's stamp after it is the clock.
 */
final class LineLabels {
    /** More labels than this in the first lines are not a few boards' names. */
    static final int MOST_LABELS = 8;
    /** Lead-ins of more shapes than this are no tool's (grep -C prints two: "12:" and "13-"). */
    static final int MOST_SHAPES = 3;
    private static final int LONGEST = 40;
    private static final int FEWEST_LINES = 4;
    /**
     * A clock before the stamp (a time of day, seconds with a fraction) changes from line to
     * line; a few lines in one second must not make it a label.
     */
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern TIME = Pattern.compile("\\d:\\d\\d|\\d\\.\\d");

    private LineLabels() {
    }

    /**
     * The format of lines behind these lead-ins, where nine in ten of the first lines that hold
     * a kernel stamp (and at least four) carry one: at most {@link #MOST_LABELS} labels (names,
     * with a letter and no clock), the hosts; else at most {@link #MOST_SHAPES} shapes, their
     * numbers free (a capture tool's clock, "[10:00:00.123] ", grep's or cat's line numbers,
     * "1234:", "1234-", "  1234\t"). Null for neither.
     */
    static WrapperFormat of(Iterable<String> firstLines) {
        Map<String, Integer> labels = new LinkedHashMap<>();
        Map<String, String> shapes = new LinkedHashMap<>(); // a shape's key, an example of it
        Map<String, Integer> shapeCounts = new LinkedHashMap<>();
        int stamped = 0;
        int labelled = 0;
        boolean named = true;
        for (String line : firstLines) {
            int start = stampStart(line);
            if (start < 0) {
                continue; // a banner, a tool's own output, grep's "--"
            }
            stamped++;
            String leadIn = line.substring(0, start);
            if (isLeadIn(leadIn)) {
                labels.merge(leadIn.stripTrailing(), 1, Integer::sum);
                named &= LETTER.matcher(leadIn).find() && !TIME.matcher(leadIn).find();
                String key = shapeKey(leadIn);
                shapes.putIfAbsent(key, leadIn);
                shapeCounts.merge(key, 1, Integer::sum);
                labelled++;
            }
        }
        if (labelled < FEWEST_LINES || labelled * 10 < stamped * 9) {
            return null;
        }
        if (labels.size() <= MOST_LABELS && named && labels.size() * 2 <= labelled) { // names recur; line numbers do not
            return format(pattern(labels.keySet()) + "\\s*");
        }
        List<String> common = shapeCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(MOST_SHAPES)
                .map(Map.Entry::getKey).toList();
        int covered = common.stream().mapToInt(shapeCounts::get).sum();
        return covered * 10 < stamped * 9 ? null : format(common.stream().map(k -> shapePattern(shapes.get(k)))
                .collect(Collectors.joining("|", "(?:", ")")));
    }

    /**
     * Where the line's first kernel stamp starts, with the "&lt;6&gt;" level before it, whatever
     * comes before it (grep -n's "1234:" has no space); -1 where it has none.
     */
    static int stampStart(String line) {
        for (int i = line.indexOf('['); i >= 0; i = line.indexOf('[', i + 1)) {
            if (KernelTextFramer.timestampAt(line, i, line.length()) != KernelTextFramer.NOT_FOUND) {
                int lt = line.lastIndexOf('<', i);
                return lt >= 0 && line.charAt(i - 1) == '>' && i - lt >= 3 && i - lt <= 5
                        && line.substring(lt + 1, i - 1).chars().allMatch(c -> c >= '0' && c <= '9') ? lt : i;
            }
        }
        return -1;
    }

    private static WrapperFormat format(String leadIn) {
        return new WrapperFormat("dmesg-labelled", "dmesg behind a tool's label or clock on every line:"
                + " \"dut1: [  535.201598] msg\", \"[10:00:00.123] [  535.201598] msg\" (detected; labels are hosts)",
                leadIn + "(?=<\\d{1,3}>|\\[)", WrapperFormat.NO_CLOCK, WrapperFormat.NO_LEVEL, 1, null, Clock.NONE);
    }

    /** A lead-in with its numbers and its runs of spaces each made one: "[0 0] " for "[0.000123 0.000012] ". */
    static String shapeKey(String leadIn) {
        return leadIn.replaceAll("\\d+", "0").replaceAll(" +", " ");
    }

    /** The pattern of every lead-in of this one's shape: its numbers and runs of spaces of any length. */
    private static String shapePattern(String leadIn) {
        StringBuilder out = new StringBuilder();
        int n = leadIn.length();
        int i = 0;
        while (i < n) {
            int j = i;
            if (leadIn.charAt(i) == ' ') {
                while (j < n && leadIn.charAt(j) == ' ') {
                    j++;
                }
                out.append(i == 0 ? " *" : " +"); // cat -n pads its numbers to six places
            } else if (KernelTextFramer.isDigit(leadIn.charAt(i))) {
                while (j < n && KernelTextFramer.isDigit(leadIn.charAt(j))) {
                    j++;
                }
                out.append("\\d+");
            } else {
                while (j < n && leadIn.charAt(j) != ' ' && !KernelTextFramer.isDigit(leadIn.charAt(j))) {
                    j++;
                }
                out.append(Pattern.quote(leadIn.substring(i, j)));
            }
            i = j;
        }
        return out.toString();
    }


    /**
     * The labels as one pattern, each a host. Where they share their marks ("[dut1]", "[dut2]";
     * "dut1: ", "dut2: "), the host is the name between them, and where the names are ASCII any
     * name of their characters is one: a board that joins the rig after the first lines is a host
     * too, not a lead-in record on each of its lines. Else the labels seen, the longest first.
     */
    private static String pattern(Set<String> labels) {
        Set<String> leads = labels.stream().map(l -> l.substring(0, nameStart(l))).collect(Collectors.toSet());
        Set<String> trails = labels.stream().map(l -> l.substring(nameEnd(l))).collect(Collectors.toSet());
        boolean shared = leads.size() == 1 && trails.size() == 1;
        List<String> names = labels.stream().map(l -> shared ? l.substring(nameStart(l), nameEnd(l)) : l)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        if (!shared) {
            return "(?<host>" + names.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")";
        }
        String host = names.stream().allMatch(n -> n.chars().allMatch(c -> c > ' ' && c < 0x7f || c == ' '))
                ? namePattern(names) : names.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.quote(leads.iterator().next()) + "(?<host>" + host + ")" + Pattern.quote(trails.iterator().next());
    }

    /**
     * Any name of these names' characters: a letter or digit at each end, and between them those
     * and the other characters the names hold ("board-a", "rig 3"), as long as a label at most.
     */
    private static String namePattern(List<String> names) {
        StringBuilder inner = new StringBuilder("A-Za-z0-9");
        names.stream().flatMapToInt(String::chars).filter(c -> !isLetterOrDigit((char) c)).distinct().sorted()
                .forEach(c -> inner.append('\\').append((char) c)); // ASCII punctuation or a space: escaped, literal
        return "[A-Za-z0-9](?:[" + inner + "]{0," + (LONGEST - 2) + "}[A-Za-z0-9])?";
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

    /**
     * Short text before a stamp, with a letter or digit in it, that ends where a word does (no
     * "foo[  1.0]"): no quote markers alone.
     */
    private static boolean isLeadIn(String s) {
        return !s.isBlank() && s.length() <= LONGEST && MailQuote.end(s) == 0 && nameStart(s) < s.length()
                && !isLetterOrDigit(s.charAt(s.length() - 1));
    }
}
