package io.xrunlens.analyzer;

import io.xrunlens.analyzer.boot.BootFold;
import io.xrunlens.analyzer.boot.FoldedIncidents;
import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.analyzer.rule.Rules;
import io.xrunlens.event.Event;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.format.LogFormat;
import io.xrunlens.parser.EventSink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The analysis of a log whose prefixes name several hosts (a central log server's file, a test
 * rig's labelled boards): each host's events go to an analyzer of its own, so that one machine's
 * DMA channels, streams and reboots are never taken for another's (two boards of one kind print
 * the same device names and channel numbers, and a terminate on one and a prep on the other
 * would read as a race). The results are one report's, boots numbered for the input. A log that
 * names one host or none has one analyzer, as before.
 */
final class HostAnalyses implements EventSink {
    private final Supplier<Analyzer> make;
    /** Every host's finished boots, folded together: a fleet's boards that fail alike, as one board's boots. */
    private final BootFold fold;
    private final Map<String, Analyzer> byHost = new LinkedHashMap<>();
    /** The host of each boot, by its number (as the analyzers keep each boot's kernel). */
    private final List<String> hostOfBoot = new ArrayList<>();
    private LogFormat format;
    private Analyzer current;
    private String currentHost;
    private int lastBoot = -1;

    /** @param keepWhole boots reported whole even where they repeat an earlier boot ({@link Analyzer}) */
    HostAnalyses(IntPredicate keepWhole) {
        this(keepWhole, Analyzer.Parts.DEFAULT);
    }

    /** With long boots chained in {@code parts} (tests make them small). */
    HostAnalyses(IntPredicate keepWhole, Analyzer.Parts parts) {
        this.fold = new BootFold(keepWhole);
        BootFinisher finisher = BootFinisher.background(); // the fold's boots, in the order they ended
        this.make = () -> new Analyzer(Rules.defaults(), fold, parts, finisher);
        this.current = make.get();
    }

    @Override
    public void format(LogFormat format) {
        this.format = format;
        current.format(format);
    }

    @Override
    public boolean wantsUnknown() {
        return current.wantsUnknown();
    }

    @Override
    public void host(String name) {
        Analyzer next = byHost.get(name);
        if (next == null) {
            next = byHost.isEmpty() ? current : make.get(); // what came before the first name is that host's
            if (next != current && format != null) {
                next.format(format);
            }
            byHost.put(name, next);
        }
        current = next;
        currentHost = name;
        lastBoot = -1;
    }

    @Override
    public void accept(Event event) {
        int boot = event.record().boot();
        if (boot != lastBoot && currentHost != null) {
            while (hostOfBoot.size() <= boot) {
                hostOfBoot.add("");
            }
            hostOfBoot.set(boot, currentHost);
            lastBoot = boot;
        }
        current.accept(event);
    }

    /** Ends every host's analysis; one host's result as it is, several hosts' merged in log order. */
    Analyzer.Result finish() {
        if (byHost.size() <= 1) {
            return current.finish();
        }
        List<Optional<KernelRelease>> kernels = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Analyzer a : byHost.values()) {
            Analyzer.Result r = a.finish(); // its last boot into the fold the hosts share
            notes.addAll(r.notes());
            for (int b = 0; b < r.kernels().size(); b++) {
                while (kernels.size() <= b) {
                    kernels.add(Optional.empty());
                }
                if (r.kernels().get(b).isPresent()) {
                    kernels.set(b, r.kernels().get(b)); // each boot is one host's
                }
            }
        }
        List<Finding> findings = new ArrayList<>(fold.findings());
        List<Incident> incidents = new ArrayList<>(fold.incidents());
        List<FoldedIncidents> folded = fold.folded();
        findings.sort(Comparator.comparingLong((Finding f) -> Evidence.firstLine(f.evidence())).thenComparingInt(Finding::boot));
        incidents.sort(Comparator.comparingLong((Incident i) -> Evidence.firstLine(i.chain())).thenComparingInt(Incident::boot));
        Map<String, List<Integer>> bootsOf = new LinkedHashMap<>();
        byHost.keySet().forEach(h -> bootsOf.put(h, new ArrayList<>()));
        for (int b = 0; b < hostOfBoot.size(); b++) {
            if (!hostOfBoot.get(b).isEmpty()) {
                bootsOf.get(hostOfBoot.get(b)).add(b);
            }
        }
        notes.add("each host's boots: " + bootsOf.entrySet().stream()
                .map(e -> e.getKey() + " " + boots(e.getValue())).collect(Collectors.joining("; ")));
        return new Analyzer.Result(List.copyOf(findings), List.copyOf(incidents), List.copyOf(kernels), List.copyOf(folded),
                List.copyOf(notes), List.copyOf(hostOfBoot));
    }

    /** "0, 2, 5" or "3 to 9" (a run with none of another host's between) for a note; {@code boots} ascending. */
    private static String boots(List<Integer> boots) {
        if (boots.isEmpty()) {
            return "(none)";
        }
        int first = boots.get(0);
        int last = boots.get(boots.size() - 1);
        if (boots.size() > 2 && last - first == boots.size() - 1) {
            return first + " to " + last;
        }
        List<String> shown = boots.stream().limit(8).map(String::valueOf).collect(Collectors.toList());
        if (boots.size() > 8) {
            shown.add("… (" + boots.size() + " boots)");
        }
        return String.join(", ", shown);
    }
}
