package io.xrunlens.analyzer.finding;

import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.record.Record;
import io.xrunlens.record.Timestamps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Chains the findings of one boot into incidents. Each terminate race anchors an incident of
 * its channel; the XRUN just before it and the stall that follows it (within the PCM timeout)
 * join it. A stall with no race before it is an incident of its own: the stream died and the
 * log does not show why.
 */
public final class IncidentBuilder {
    /** The XRUN that triggered the terminate comes within this before the race. */
    private static final long XRUN_BEFORE_MICROS = 2_000_000L;
    /**
     * wait_for_avail gives up after max(period*2/rate, 10) s before v6.4 and after at least
     * 100 ms since; a stall ending later than this after the race is another failure.
     */
    private static final long STALL_AFTER_MICROS = 120_000_000L;

    private IncidentBuilder() {
    }

    /** Incidents, and the findings again with the stream their incident established filled in. */
    public record Result(List<Incident> incidents, List<Finding> findings) {
    }

    public static Result build(List<Finding> findings, Optional<KernelRelease> kernel) {
        Set<Finding> used = new HashSet<>();
        Map<Finding, Finding> replaced = new java.util.IdentityHashMap<>();
        List<Incident> incidents = new ArrayList<>();
        Map<String, List<Finding>> episodes = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!f.episode().isEmpty()) {
                episodes.computeIfAbsent(f.episode(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Finding> race : episodes.values()) {
            List<Finding> chained = new ArrayList<>();
            Finding anchor = race.get(0);
            xrunBefore(findings, anchor, used).ifPresent(chained::add);
            chained.addAll(race);
            stallAfter(findings, race.get(race.size() - 1), used).ifPresent(chained::add);
            used.addAll(chained);
            incidents.add(raceIncident(withStream(chained, replaced), anchor, kernel));
        }
        for (Finding f : findings) {
            if (f.rule().equals("dma-stall") && !used.contains(f)) {
                List<Finding> chained = new ArrayList<>();
                xrunBefore(findings, f, used).ifPresent(chained::add);
                chained.add(f);
                used.addAll(chained);
                incidents.add(stallIncident(withStream(chained, replaced), f, kernel));
            }
        }
        incidents.sort(Comparator.comparingLong(Incident::startMicros));
        return new Result(incidents, findings.stream().map(f -> replaced.getOrDefault(f, f)).toList());
    }

    /**
     * A race finding does not know its stream (the DMA side prints no direction); the XRUN or
     * the stall chained with it does. Copies the incident's stream onto the findings without one.
     */
    private static List<Finding> withStream(List<Finding> chained, Map<Finding, Finding> replaced) {
        PcmDirection stream = direction(chained);
        if (stream == PcmDirection.UNKNOWN) {
            return chained;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : chained) {
            Finding g = f.stream() == PcmDirection.UNKNOWN ? f.withStream(stream) : f;
            replaced.put(f, g);
            out.add(g);
        }
        return out;
    }

    private static Optional<Finding> xrunBefore(List<Finding> findings, Finding anchor, Set<Finding> used) {
        Finding best = null;
        for (Finding f : findings) {
            if (f.rule().equals("xrun") && !used.contains(f) && compatible(f, anchor)
                    && within(f.startMicros(), anchor.startMicros(), XRUN_BEFORE_MICROS)) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Finding> stallAfter(List<Finding> findings, Finding last, Set<Finding> used) {
        for (Finding f : findings) {
            if (f.rule().equals("dma-stall") && !used.contains(f)
                    && within(last.micros(), f.micros(), STALL_AFTER_MICROS)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** An XRUN tied to another channel (by its terminate) belongs to that channel's incident. */
    private static boolean compatible(Finding xrun, Finding anchor) {
        return xrun.channel().isEmpty() || anchor.channel().isEmpty()
                || xrun.channel().getAsInt() == anchor.channel().getAsInt() && xrun.device().equals(anchor.device());
    }

    /** {@code later} is at or after {@code earlier}, by at most {@code max}; no clock: trust log order. */
    private static boolean within(long earlier, long later, long max) {
        if (earlier == Record.NO_TIME || later == Record.NO_TIME) {
            return true;
        }
        return later >= earlier - 1 && later - earlier <= max;
    }

    private static Incident raceIncident(List<Finding> chained, Finding anchor, Optional<KernelRelease> kernel) {
        PcmDirection stream = direction(chained);
        Optional<Finding> misapplied = first(chained, "misapplied-free");
        Optional<Finding> stall = first(chained, "dma-stall");
        String streamName = StreamNames.capitalized(stream);
        int channel = anchor.channel().orElse(-1);
        String verdict;
        if (misapplied.isPresent() && stall.isPresent()) {
            verdict = FindingMessages.format("verdict.race", streamName, channel, anchor.device(),
                    Timestamps.format(stall.get().micros()), String.join(", ", misapplied.get().descriptors()),
                    seconds(stall.get(), anchor.micros()));
        } else if (misapplied.isPresent()) {
            verdict = FindingMessages.format("verdict.race.nostall", streamName, channel, anchor.device(),
                    Timestamps.format(misapplied.get().micros()), String.join(", ", misapplied.get().descriptors()));
        } else {
            verdict = FindingMessages.format("verdict.race.nomisapplied", streamName, channel, anchor.device(),
                    Timestamps.format(anchor.micros()));
        }
        verdict = withKernel(verdict, kernel);
        return incident(chained, anchor, stream, verdict, KernelFacts.FIX, kernel);
    }

    private static Incident stallIncident(List<Finding> chained, Finding stall, Optional<KernelRelease> kernel) {
        PcmDirection stream = direction(chained);
        String verdict = FindingMessages.format("verdict.stall", StreamNames.capitalized(stream), -1, "",
                Timestamps.format(stall.micros()));
        return incident(chained, null, stream, verdict, KernelFacts.STALL_FIX, kernel);
    }

    private static String withKernel(String verdict, Optional<KernelRelease> kernel) {
        String sentence = verdict.endsWith(".") ? verdict.substring(0, verdict.length() - 1) : verdict;
        return sentence + " (" + KernelFacts.assessment(kernel) + ").";
    }

    /** @param anchor the race finding the incident is about, or null for a stall on its own */
    private static Incident incident(List<Finding> chained, Finding anchor, PcmDirection stream,
                                     String verdict, String fix, Optional<KernelRelease> kernel) {
        List<Evidence> chain = new ArrayList<>();
        Set<Evidence> seen = new HashSet<>();
        for (Finding f : chained) {
            for (Evidence e : f.evidence()) {
                if (seen.add(e)) {
                    chain.add(e);
                }
            }
        }
        chain.sort(Comparator.comparingLong(Evidence::line).thenComparingLong(Evidence::micros));
        long start = Evidence.times(chain).min().orElse(Record.NO_TIME);
        long end = Evidence.times(chain).max().orElse(Record.NO_TIME);
        return new Incident(chained.get(0).boot(), anchor == null ? "" : anchor.device(),
                anchor == null ? "" : anchor.driver(), anchor == null ? "" : anchor.transfer(),
                anchor == null ? OptionalInt.empty() : anchor.channel(), stream, start, end, verdict, fix, kernel,
                List.copyOf(chained), List.copyOf(chain));
    }

    private static Optional<Finding> first(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).findFirst();
    }

    private static PcmDirection direction(List<Finding> findings) {
        return findings.stream().map(Finding::stream).filter(d -> d != PcmDirection.UNKNOWN).findFirst()
                .orElse(PcmDirection.UNKNOWN);
    }

    /**
     * Length of the stall, "10.6": from the wait's start where the log prints it, else from the
     * restart's prep (stock kernels print only the final error).
     */
    private static String seconds(Finding stall, long restartMicros) {
        boolean waitPrinted = stall.evidence().stream().anyMatch(e -> e.role().equals("wait"));
        long start = waitPrinted ? stall.startMicros() : restartMicros;
        long end = stall.endMicros();
        if (start == Record.NO_TIME || end == Record.NO_TIME) {
            return "?";
        }
        return String.format(Locale.ROOT, "%.1f", (end - start) / 1e6);
    }
}
