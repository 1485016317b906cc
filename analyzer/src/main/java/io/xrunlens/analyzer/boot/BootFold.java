package io.xrunlens.analyzer.boot;

import io.xrunlens.analyzer.finding.Cause;
import io.xrunlens.analyzer.finding.ChainTable;
import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.FindingKind;
import io.xrunlens.analyzer.finding.FindingMessages;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.PcmDirection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Keeps what the finished boots of one input found in bounded memory when it repeats: a soak
 * rig's log of ten thousand reboots failing the same way, or a fleet's logs concatenated. Across
 * boots, of each kind of incident (cause, device, driver, channel, stream) the first
 * {@link #HEAD} and the last {@link #TAIL} are kept whole, with their findings, and those between
 * are counted into one {@link FoldedIncidents}; of each kind of finding outside every incident
 * (rule, severity, device, driver, channel, stream, form) likewise, those between folded into one
 * finding that says how many they were ({@link Finding#repeats()}).
 *
 * <p>Within a boot {@link io.xrunlens.analyzer.finding.FindingFold} has already bounded a flood;
 * here memory is bounded by the kinds, which the hardware bounds, not by the number of boots.
 * Boots a caller asks for are kept whole whatever they repeat.
 */
public final class BootFold {
    /** Of a kind, the first kept whole: enough to compare them. */
    public static final int HEAD = 10;
    /** Of a kind, the last kept whole: the latest failures of a soak. */
    public static final int TAIL = 3;

    private final IntPredicate keepWhole;
    private final Map<IncidentKind, Kind<Incident>> incidents = new LinkedHashMap<>();
    private final Map<FindingKind, Kind<Finding>> findings = new LinkedHashMap<>();
    /** Kept whole: each with its place in the input (boots in order, a boot's findings in log order). */
    private final List<Placed<Incident>> keptIncidents = new ArrayList<>();
    private final List<Placed<Finding>> keptFindings = new ArrayList<>();
    private long place;
    /**
     * The places of the findings a link joins from anywhere in their boot (the SDMA firmware's),
     * by boot, of the boots last added: a long boot comes in parts, and a later part's incidents
     * chain the one an earlier part reported.
     */
    private final Map<Integer, Map<Finding, Placed<Finding>>> bootWide = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Map<Finding, Placed<Finding>>> eldest) {
            return size() > OPEN_BOOTS; // the boots whose parts may still come: one a host
        }
    };
    /**
     * Boots whose later parts may still come: in a log of several hosts ({@code HostAnalyses})
     * one fold takes every host's boots, their parts interleaved; in one machine's log, one.
     */
    private static final int OPEN_BOOTS = 128;
    // comparators made once: one made per call is an object the quick compiler allocates through
    // a native call, per boot
    private static final Comparator<Placed<?>> BY_PLACE = Comparator.comparingLong(Placed::place);
    private static final Comparator<FoldedIncidents> BY_FIRST = Comparator.comparingInt(FoldedIncidents::firstBoot)
            .thenComparingLong(FoldedIncidents::firstLine);

    public BootFold(IntPredicate keepWhole) {
        this.keepWhole = keepWhole;
    }

    /** Adds a finished boot: each incident and finding kept whole or counted into its kind's fold. */
    public void add(BootResult boot) {
        // by identity: an incident holds the very findings of its boot's list (hashing a finding's
        // evidence for each would cost more than the rest of the fold)
        Map<Finding, Placed<Finding>> placed = new IdentityHashMap<>();
        List<Placed<Finding>> inOrder = new ArrayList<>(boot.findings().size());
        Map<Finding, Placed<Finding>> wide = bootWide.getOrDefault(boot.boot(), Map.of()); // made for a boot that has some
        for (Finding f : boot.findings()) {
            Placed<Finding> p = new Placed<>(place++, f, List.of());
            placed.put(f, p);
            inOrder.add(p);
            if (ChainTable.joinsFromAnywhere(f)) {
                wide = bootWide.computeIfAbsent(boot.boot(), b -> new IdentityHashMap<>());
                wide.put(f, p);
            }
        }
        boolean whole = keepWhole.test(boot.boot());
        Set<Placed<Finding>> chained = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Incident i : boot.incidents()) {
            List<Placed<Finding>> own = new ArrayList<>();
            for (Finding f : i.findings()) {
                Placed<Finding> p = placed.get(f);
                if (p == null) {
                    p = wide.get(f); // reported by an earlier part of the boot
                }
                if (p == null) { // not the list's own instance: the equal one, if any
                    p = inOrder.stream().filter(x -> x.item().equals(f)).findFirst().orElse(null);
                }
                if (p != null) { // a boot-wide finding may be in two incidents: it is placed once
                    chained.add(p);
                    own.add(p);
                }
            }
            own.sort(BY_PLACE);
            Placed<Incident> p = new Placed<>(own.isEmpty() ? place : own.get(0).place(), i, own);
            if (whole) {
                keptIncidents.add(p);
            } else {
                incidents.computeIfAbsent(IncidentKind.of(i), k -> new Kind<>()).add(p);
            }
        }
        for (Placed<Finding> p : inOrder) {
            if (whole) {
                keptFindings.add(p);
            } else if (!chained.contains(p)) {
                findings.computeIfAbsent(FindingKind.of(p.item()), k -> new Kind<>()).add(p);
            }
        }
    }

    /** The incidents kept whole, in log order. */
    public List<Incident> incidents() {
        List<Placed<Incident>> out = new ArrayList<>(keptIncidents);
        incidents.values().forEach(k -> k.kept(out));
        return inOrder(out);
    }

    /** The findings kept whole (those of the incidents kept whole among them) and the folds, in log order. */
    public List<Finding> findings() {
        List<Placed<Finding>> out = new ArrayList<>(keptFindings);
        List<Placed<Incident>> chains = new ArrayList<>(keptIncidents);
        incidents.values().forEach(k -> k.kept(chains));
        chains.forEach(i -> out.addAll(i.findings()));
        for (Kind<Finding> kind : findings.values()) {
            kind.kept(out);
            if (kind.firstFolded != null) {
                out.add(new Placed<>(kind.firstFolded.place(), fold(kind), List.of()));
            }
        }
        out.sort(BY_PLACE);
        List<Finding> sorted = new ArrayList<>(out.size());
        long last = -1;
        for (Placed<Finding> p : out) {
            if (p.place() != last) { // a boot-wide finding two kept incidents share is one finding
                sorted.add(p.item());
            }
            last = p.place();
        }
        return sorted;
    }

    /** The incidents counted instead of kept, by the boot of the first. */
    public List<FoldedIncidents> folded() {
        List<FoldedIncidents> out = new ArrayList<>();
        for (Kind<Incident> kind : incidents.values()) {
            if (kind.firstFolded != null) {
                out.add(kind.folded());
            }
        }
        out.sort(BY_FIRST);
        return out;
    }

    private static <T> List<T> inOrder(List<Placed<T>> placed) {
        placed.sort(BY_PLACE);
        return placed.stream().map(Placed::item).toList();
    }

    /** What makes incidents alike across boots: cause, device, driver, channel, stream. */
    private record IncidentKind(Cause cause, String device, String driver, OptionalInt channel, PcmDirection stream) {
        static IncidentKind of(Incident i) {
            return new IncidentKind(i.cause(), i.device(), i.driver(), i.channel(), i.stream());
        }

        // written out: the record's own are slow calls in code the quick compiler made
        @Override
        public boolean equals(Object o) {
            return o instanceof IncidentKind k && stream == k.stream && Objects.equals(cause.id(), k.cause.id())
                    && Objects.equals(device, k.device) && Objects.equals(driver, k.driver) && Objects.equals(channel, k.channel);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(cause.id()) * 31 + Objects.hashCode(device)) * 31 + Objects.hashCode(channel);
        }
    }

    /** The findings of a kind between its head and its tail, as one: the first and last are its evidence. */
    private static Finding fold(Kind<Finding> kind) {
        Finding f = kind.firstFolded.item;
        Finding last = kind.lastFolded.item;
        List<Evidence> evidence = new ArrayList<>();
        if (!f.evidence().isEmpty()) {
            evidence.add(f.evidence().get(0));
        }
        if (!last.evidence().isEmpty()) {
            evidence.add(last.evidence().get(last.evidence().size() - 1));
        }
        String message = FindingMessages.format("fold-boots", kind.repeats, f.boot(), last.boot(), f.message());
        return new Finding(f.rule(), f.severity(), f.boot(), f.device(), f.driver(), f.transfer(), f.channel(),
                f.stream(), f.micros(), List.of(), List.copyOf(evidence), message, f.confidence(), "", f.form(),
                (int) Math.min(Integer.MAX_VALUE, kind.repeats));
    }

    /**
     * An item with its place in the input; an incident with its findings and their places.
     *
     * @param place    where it is in the input, in boot and log order
     * @param item     the finding or incident
     * @param findings of an incident, its findings in their places
     */
    private record Placed<T>(long place, T item, List<Placed<Finding>> findings) {
    }

    /** One kind: head, folded middle, tail. */
    private static final class Kind<T> {
        final List<Placed<T>> head = new ArrayList<>();
        final ArrayDeque<Placed<T>> tail = new ArrayDeque<>();
        Placed<T> firstFolded;
        Placed<T> lastFolded;
        long repeats;
        FoldedIncidents.Builder counts;

        void add(Placed<T> p) {
            if (head.size() < HEAD) {
                head.add(p);
                return;
            }
            tail.add(p);
            if (tail.size() > TAIL) {
                Placed<T> out = tail.poll();
                if (firstFolded == null) {
                    firstFolded = out;
                }
                lastFolded = out;
                if (out.item instanceof Finding f) {
                    repeats += f.repeats();
                } else if (out.item instanceof Incident i) {
                    if (counts == null) {
                        counts = new FoldedIncidents.Builder();
                    }
                    counts.add(i);
                }
            }
        }

        void kept(List<Placed<T>> out) {
            out.addAll(head);
            out.addAll(tail);
        }

        FoldedIncidents folded() {
            return counts.done((Incident) head.get(0).item);
        }
    }

    /**
     * One finished boot: its findings in log order, its incidents, its kernel release.
     *
     * @param boot      the boot's index in the input
     * @param findings  its findings, log order
     * @param incidents its incidents, log order
     * @param kernel    the kernel release it printed, if it did
     */
    public record BootResult(int boot, List<Finding> findings, List<Incident> incidents,
                             Optional<KernelRelease> kernel) {
    }
}
