package io.xrunlens.analyzer.finding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a boot's findings in bounded memory when one kind floods: a soak log with a million
 * XRUNs, a FIFO error at every interrupt. Findings of one kind (rule, device, channel, stream,
 * form, severity) come in runs; of a run, the first {@link #HEAD} and the last {@link #TAIL} are
 * kept whole and those between are folded into one finding that says how many they were, from
 * when to when and on which lines ({@link Finding#repeats()}).
 *
 * <p>A run ends when a rare finding comes (one of a kind seen fewer than {@link #HEAD} times in
 * the boot, or one of a terminate episode): the findings on both sides of a race, a stall or a
 * codec failure stay whole, so the incidents chain the same XRUNs they would have chained
 * without the fold. Memory is then bounded by the kinds and the rare findings, not by the
 * number of repeats.
 */
public final class FindingFold {
    /** Findings of a run kept whole at its start. */
    public static final int HEAD = 50;
    /** Findings of a run kept whole at its end: those a later incident may chain. */
    public static final int TAIL = 50;

    private final List<Finding> closed = new ArrayList<>();
    private final Map<FindingKind, Run> runs = new LinkedHashMap<>();
    private final Map<FindingKind, Integer> seen = new HashMap<>();
    /** A time as the log prints it: (micros, line) to text. */
    private final Clock clock;
    /** How many findings {@link #findings()} would return: what a boot holds. */
    private int kept;

    /** How a fold names its first and last time: as the log prints them, or by line. */
    public interface Clock {
        String at(long micros, long line);
    }

    public FindingFold(Clock clock) {
        this.clock = clock;
    }

    public void add(Finding f) {
        if (!f.episode().isEmpty()) {
            closeRuns(null);
            closed.add(f); // a race's findings are grouped by episode: never folded
            kept++;
            return;
        }
        FindingKind key = FindingKind.of(f);
        int count = seen.merge(key, 1, Integer::sum);
        if (count <= HEAD) {
            closeRuns(key); // a rare finding: what came before it and what comes after stay whole
        }
        Run run = runs.get(key);
        if (run == null) {
            run = new Run();
            runs.put(key, run);
        }
        run.add(f);
    }

    /** How many findings are kept, folds included. */
    public int size() {
        return kept;
    }

    /** Every finding kept so far, folds included, in no particular order. */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>(closed);
        for (Run r : runs.values()) {
            r.into(out);
        }
        return out;
    }

    /** Ends every run but the one of {@code except} (or every one): their folds are final, new ones start. */
    private void closeRuns(FindingKind except) {
        // a loop, not removeIf with a lambda: asked for every finding, and a lambda that captures is
        // made by a slow call in code the quick compiler made
        for (Iterator<Map.Entry<FindingKind, Run>> i = runs.entrySet().iterator(); i.hasNext();) {
            Map.Entry<FindingKind, Run> e = i.next();
            if (!e.getKey().equals(except)) {
                e.getValue().into(closed);
                i.remove();
            }
        }
    }

    /** One run of like findings: head, folded middle, tail. */
    private final class Run {
        final List<Finding> head = new ArrayList<>();
        final ArrayDeque<Finding> tail = new ArrayDeque<>();
        Finding firstFolded;
        Finding lastFolded;
        int folded;

        void add(Finding f) {
            kept++;
            if (head.size() < HEAD) {
                head.add(f);
                return;
            }
            tail.add(f);
            if (tail.size() > TAIL) {
                Finding out = tail.poll();
                kept--;
                if (firstFolded == null) {
                    firstFolded = out;
                    kept++; // the fold, one finding
                }
                lastFolded = out;
                folded += out.repeats();
            }
        }

        void into(List<Finding> out) {
            out.addAll(head);
            if (firstFolded != null) {
                out.add(fold());
            }
            out.addAll(tail);
        }

        private Finding fold() {
            Finding f = firstFolded;
            Evidence first = f.evidence().isEmpty() ? null : f.evidence().get(0);
            List<Evidence> ends = lastFolded.evidence();
            Evidence last = ends.isEmpty() ? null : ends.get(ends.size() - 1);
            List<Evidence> evidence = new ArrayList<>();
            if (first != null) {
                evidence.add(first);
            }
            if (last != null && last != first) {
                evidence.add(last);
            }
            String message = FindingMessages.format("fold", folded, clock.at(f.micros(), f.line()),
                    clock.at(lastFolded.micros(), lastFolded.line()), f.message());
            return new Finding(f.rule(), f.severity(), f.boot(), f.device(), f.driver(), f.transfer(), f.channel(),
                    f.stream(), f.micros(), List.of(), List.copyOf(evidence), message, f.confidence(), "", f.form(),
                    folded);
        }
    }
}
