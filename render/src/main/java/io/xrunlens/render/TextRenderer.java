package io.xrunlens.render;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.boot.FoldedIncidents;
import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.parser.FirmwareTrace;
import io.xrunlens.parser.InputSummary;
import io.xrunlens.record.TimeStyle;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The report for a person at an 80-column terminal: the verdict first, then each incident's
 * chain of log records (time, line, step, record), then the findings that rest on them, then
 * the counts that show nothing was lost.
 */
public final class TextRenderer implements Renderer {
    static final int WIDTH = 80;

    @Override
    public void render(List<InputReport> reports, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        for (InputReport r : reports) {
            input(b, r);
        }
        out.write(TerminalText.escape(b.toString()));
    }

    /** Records of an incident's chain printed at most: its first and last halves. */
    static final int MAX_CHAIN = 40;
    /** Findings of an incident printed at most; the rest are counted by rule. */
    static final int MAX_FINDINGS = 12;
    /** Findings outside every incident printed at most. */
    static final int MAX_OTHER_FINDINGS = 20;

    /** What a readable kernel log with no audio line gets instead of "No failure found". */
    static final String NO_AUDIO = "No audio activity in this log: no line of ALSA, ASoC or an audio or DMA driver,"
            + " so it cannot show whether audio works.";
    /** The same where the audio lines are a DSP firmware's own trace (the note after the counts says so). */
    static final String NO_KERNEL_AUDIO = "No kernel audio activity in this log: its audio lines are a DSP firmware's"
            + " own trace, which xrunlens does not read (see below).";

    private static void input(StringBuilder b, InputReport r) {
        InputSummary s = r.summary();
        b.append("== ").append(s.file()).append(" (");
        boolean empty = s.lines() == 0 && s.errors().isEmpty();
        if (s.unreadable()) {
            b.append("unreadable)\n");
            TextWrap.hanging(b, "Nothing analysed: ", String.join("; ", s.errors()), WIDTH);
            return;
        }
        if (!s.kernelLog() || empty) {
            b.append(empty ? "empty" : "not a kernel log").append(s.compression().isEmpty() ? "" : ", " + s.compression())
                    .append(")\n");
            String why = s.errors().stream().filter(e -> e.startsWith(s.file() + ": not a kernel log"))
                    .map(e -> e.substring(s.file().length() + 2)).findFirst().orElse("no line of it is a kernel record");
            TextWrap.hanging(b, "", empty ? "Nothing analysed: the input is empty." : "Nothing analysed: " + why + ".", WIDTH);
        } else {
            b.append(s.format());
            if (!s.compression().isEmpty()) {
                b.append(", ").append(s.compression());
            }
            long hosts = r.bootHosts().stream().filter(h -> !h.isEmpty()).distinct().count();
            if (hosts > 1) {
                b.append(", ").append(hosts).append(" hosts"); // each analysed on its own: the notes say whose boot is whose
            }
            b.append(", ").append(s.boots()).append(s.boots() == 1 ? " boot" : " boots").append(")\n");
        }
        if (r.incidents().isEmpty() && s.kernelLog() && !empty) {
            if (!r.hasProblems() && s.audio() == 0) {
                // not "no failure": a machine without a sound card, or a log cut before audio started
                TextWrap.hanging(b, "", FirmwareTrace.noted(s.notes()) ? NO_KERNEL_AUDIO
                        : NO_AUDIO, WIDTH);
            } else {
                b.append(r.hasProblems() ? "Findings, but no failure chain.\n"
                        : s.errors().isEmpty() ? "No failure found.\n" : "No failure found in what could be read.\n");
            }
        }
        // Most important first; an incident keeps its number in log order (the timeline's pictures
        // and xrunlens watch count them so).
        List<Incident> ranked = r.incidents().stream().sorted(Incident.BY_IMPORTANCE).toList();
        Map<Incident, Integer> numbers = new IdentityHashMap<>();
        r.incidents().forEach(i -> numbers.put(i, numbers.size() + 1));
        folded(b, r, numbers);
        for (Incident i : ranked) {
            b.append('\n');
            String number = r.incidents().size() > 1 ? numbers.get(i) + "  " : " ";
            TextWrap.hanging(b, "VERDICT " + number, i.verdict(), WIDTH);
        }
        Set<Finding> shown = new HashSet<>();
        TimeStyle times = s.clock();
        for (Incident i : ranked) {
            incident(b, i, numbers.get(i), times, r.hostOf(i.boot()));
            shown.addAll(i.findings());
        }
        List<Finding> others = r.findings().stream().filter(f -> !shown.contains(f)).toList();
        if (!others.isEmpty()) {
            b.append("\nOther findings\n");
            findings(b, others, MAX_OTHER_FINDINGS, times, r::hostOf);
        }
        b.append('\n');
        b.append("lines ").append(s.lines()).append(", records ").append(s.records()).append(", parsed ")
                .append(s.parsed()).append(", unknown ").append(s.unknown());
        if (s.joined() > 0) {
            b.append(", joined ").append(s.joined());
        }
        if (s.truncated() > 0) {
            b.append(", truncated ").append(s.truncated());
        }
        b.append('\n');
        if (!s.notes().isEmpty()) {
            TextWrap.hanging(b, "read: ", String.join("; ", s.notes()), WIDTH);
        }
        for (String e : s.errors()) {
            TextWrap.hanging(b, "error: ", e, WIDTH);
        }
    }

    /** Incidents that repeated across boots, counted: how many, like which incident, in which boots. */
    private static void folded(StringBuilder b, InputReport r, Map<Incident, Integer> numbers) {
        if (r.folded().isEmpty()) {
            return;
        }
        b.append('\n');
        long all = r.folded().stream().mapToLong(FoldedIncidents::count).sum();
        int listed = r.incidents().size();
        TextWrap.hanging(b, "", String.format(Locale.ROOT, "%,d incidents found; %,d %s listed below, and %,d that %s"
                + " a listed one %s counted:", all + listed, listed, listed == 1 ? "is" : "are", all,
                all == 1 ? "repeats" : "repeat", all == 1 ? "is" : "are"), WIDTH);
        for (FoldedIncidents f : r.folded()) {
            Incident like = f.like();
            StringBuilder what = where(new StringBuilder(like.cause().id()), like);
            what.append(String.format(Locale.ROOT, ", like incident %d: %s, lines %,d to %,d",
                    numbers.get(like), f.boots(), f.firstLine(), f.lastLine()));
            TextWrap.hanging(b, String.format(Locale.ROOT, "  %,d × ", f.count()), what.toString(), WIDTH);
        }
    }

    /** Appends where an incident happened: ", DEVICE channel N, STREAM", each part where known. */
    private static StringBuilder where(StringBuilder b, Incident i) {
        if (!i.device().isEmpty()) {
            b.append(", ").append(i.device());
        }
        i.channel().ifPresent(c -> b.append(" channel ").append(c));
        if (i.stream() != PcmDirection.UNKNOWN) {
            b.append(", ").append(i.stream().label());
        }
        return b;
    }

    /** One incident's block (verdict, chain, findings, fix), as the report prints it (xrunlens watch). */
    public static String incidentBlock(Incident i, int n, TimeStyle times) {
        return incidentBlock(i, n, times, "");
    }

    /** The same, naming the host whose boot it is in a log of several ("" for none). */
    public static String incidentBlock(Incident i, int n, TimeStyle times, String host) {
        StringBuilder b = new StringBuilder();
        TextWrap.hanging(b, "VERDICT  ", i.verdict(), WIDTH);
        incident(b, i, n, times, host);
        return b.toString();
    }

    /** One finding's lines, as the report prints them (xrunlens watch). */
    public static String findingBlock(Finding f, TimeStyle times) {
        StringBuilder b = new StringBuilder();
        finding(b, f, times, "");
        return b.toString();
    }

    /** {@code host}: whose boot it is, in a log of several hosts ("boot 1 (board-b)"); else "". */
    private static void incident(StringBuilder b, Incident i, int n, TimeStyle times, String host) {
        b.append('\n');
        StringBuilder head = new StringBuilder("Incident ").append(n).append(": boot ").append(i.boot());
        if (!host.isEmpty()) {
            head.append(" (").append(host).append(')');
        }
        where(head, i);
        head.append(", ").append(i.span(times));
        TextWrap.hanging(b, "", head.toString(), WIDTH);
        b.append("  cause ").append(i.cause().id()).append(" (").append(i.confidence().id()).append(")\n");
        // The time column is as wide as the log's printed times; a log without a clock has none.
        // (in columns: a log's month in an East Asian script is wider than its characters)
        int width = times.hasClock() ? Math.max(4, i.chain().stream().mapToInt(e -> TextWrap.columns(times.format(e.micros())))
                .max().orElse(4)) : 0;
        b.append(width == 0 ? String.format("  %5s  %-10s %s%n", "line", "step", "record")
                : String.format("  %s %5s  %-10s %s%n", TextWrap.padded("time", width), "line", "step", "record"));
        List<Evidence> chain = i.chain();
        for (int k = 0; k < chain.size(); k++) {
            if (chain.size() > MAX_CHAIN && k == MAX_CHAIN / 2) {
                // a burst of thousands of XRUNs: its start and its end say what it was
                int left = chain.size() - MAX_CHAIN;
                b.append("  … ").append(String.format(Locale.ROOT, "%,d", left))
                        .append(left == 1 ? " more record\n" : " more records (all in --format json)\n");
                k += left;
            }
            Evidence e = chain.get(k);
            String lead = width == 0 ? String.format("  %5d  %-10s ", e.line(), e.role())
                    : String.format("  %s %5d  %-10s ", TextWrap.padded(times.format(e.micros()), width), e.line(), e.role());
            TextWrap.hanging(b, lead, e.text(), WIDTH);
        }
        b.append("  Findings\n");
        findings(b, i.findings(), MAX_FINDINGS, times, boot -> ""); // the incident's header names its host
        TextWrap.hanging(b, "  Fix: ", i.fix(), WIDTH);
        if (!i.next().isEmpty()) {
            TextWrap.hanging(b, "  Next: ", i.next(), WIDTH);
        }
    }

    /**
     * At most {@code max} findings, then how many more of each rule; {@code hostOf} names a
     * boot's host on each, in a log of several hosts ("" else).
     */
    private static void findings(StringBuilder b, List<Finding> findings, int max, TimeStyle times,
                                 IntFunction<String> hostOf) {
        findings.stream().limit(max).forEach(f -> finding(b, f, times, hostOf.apply(f.boot())));
        if (findings.size() > max) {
            // every occurrence counts: a fold of a flood stands for its repeats
            Map<String, Long> more = findings.stream().skip(max)
                    .collect(Collectors.groupingBy(f -> f.severity().label() + " " + f.rule(), TreeMap::new,
                            Collectors.summingLong(Finding::repeats)));
            List<String> parts = new ArrayList<>();
            more.forEach((rule, count) -> parts.add(String.format(Locale.ROOT, "%,d %s", count, rule)));
            boolean folded = findings.stream().skip(max).anyMatch(f -> f.repeats() > 1);
            TextWrap.hanging(b, "    … and ", String.join(", ", parts) + (folded
                    ? " (in --format json, a flood's middle as one finding with its count)" : " (all in --format json)"),
                    WIDTH);
        }
    }

    private static void finding(StringBuilder b, Finding f, TimeStyle times, String host) {
        StringBuilder head = new StringBuilder().append(f.severity().label()).append(' ').append(f.rule());
        if (!host.isEmpty()) {
            head.append("  ").append(host);
        }
        f.channel().ifPresent(c -> head.append("  channel ").append(c));
        head.append("  at ").append(times.at(f.micros(), f.line()));
        if (!f.descriptors().isEmpty()) {
            head.append("  txd ").append(String.join(", ", f.descriptors()));
        }
        head.append("  line").append(f.lines().size() == 1 ? " " : "s ");
        head.append(String.join(",", f.lines().stream().map(String::valueOf).toList()));
        if (f.confidence().equals("inferred")) {
            head.append("  (inferred)");
        }
        TextWrap.hanging(b, "    ", head.toString(), WIDTH);
        TextWrap.hanging(b, "      ", f.message(), WIDTH);
    }
}
