package io.xrunlens.analyzer.finding;

import io.xrunlens.analyzer.boot.BootFacts;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.record.Record;
import io.xrunlens.record.TimeStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Chains the findings of one boot into incidents, one per failure episode, each with a cause.
 *
 * <ol>
 * <li>Each terminate race (an episode of the DMA state) anchors an incident of its channel; the
 * XRUN just before it and the stall and DAI timeout after it join.</li>
 * <li>The other failures (stall, DAI and DMA errors, start failures, codec, USB, pointer) are
 * grouped by time (lines of one episode come within seconds of each other; a stall ends about
 * 10 s after the restart it belongs to), with the XRUN before them and the latency lines near
 * them, and {@link CauseClassifier} names the cause.</li>
 * <li>XRUNs left over that came with a latency line, or in bursts of three or more, are
 * incidents of their own; a single XRUN that recovered is only a finding.</li>
 * </ol>
 * Boot-wide context then sets two severities: latency lines with no audio trouble anywhere in
 * the boot, and DMA errors of engines shared with UARTs and SPI that nothing ties to audio, are
 * notes (info); the SDMA firmware finding is raised to a warning when audio failed in its boot.
 */
public final class IncidentBuilder {
    /** The XRUN that triggered the terminate comes within this before the race. */
    private static final long XRUN_BEFORE_MICROS = 2_000_000L;
    /**
     * wait_for_avail gives up after max(period*2/rate, 10) s before v6.4 and after at least
     * 100 ms since; a stall ending later than this after the race is another failure.
     */
    private static final long STALL_AFTER_MICROS = 120_000_000L;
    /** Lines of one failure episode: a restart, its DAI timeout, and the stall ~10 s later. */
    private static final long EPISODE_GAP_MICROS = 12_000_000L;
    /** A latency line this close to an XRUN or failure is taken as its context. */
    private static final long LATENCY_NEAR_MICROS = 1_000_000L;
    /** XRUNs closer than this belong to one burst. */
    private static final long BURST_GAP_MICROS = 60_000_000L;
    private static final int BURST_MIN = 3;

    /** DMA engines that also serve UARTs, SPI and MMC: their errors need an audio context. */
    private static final List<String> SHARED_ENGINE_FORMS = List.of("k3-udma.", "edma.");

    private IncidentBuilder() {
    }

    /** Incidents, and the findings again with the stream and severity their incident established. */
    public record Result(List<Incident> incidents, List<Finding> findings) {
    }

    public static Result build(List<Finding> input, BootFacts facts) {
        Map<Finding, Finding> replaced = new IdentityHashMap<>();
        List<Finding> findings = withBootContext(input, facts);
        Set<Finding> used = Collections.newSetFromMap(new IdentityHashMap<>());
        Optional<Finding> firmware = findings.stream().filter(f -> RuleId.SDMA_FIRMWARE.of(f)).findFirst();
        CauseClassifier classifier = new CauseClassifier(facts, firmware);
        List<Incident> incidents = new ArrayList<>();
        Optional<KernelRelease> kernel = facts.kernel();

        for (List<Finding> race : raceEpisodes(findings)) {
            List<Finding> chained = new ArrayList<>();
            Finding anchor = race.get(0);
            xrunBefore(findings, anchor, used, XRUN_BEFORE_MICROS).ifPresent(chained::add);
            chained.addAll(race);
            Finding last = race.get(race.size() - 1);
            after(findings, last, used, RuleId.FIFO_NOT_FED, XRUN_BEFORE_MICROS).ifPresent(chained::add);
            after(findings, last, used, RuleId.DMA_STALL, STALL_AFTER_MICROS).ifPresent(chained::add);
            used.addAll(chained);
            incidents.add(raceIncident(withStream(chained, replaced), anchor, kernel, facts.times()));
        }

        for (List<Finding> episode : failureEpisodes(findings, used)) {
            Finding first = episode.get(0);
            boolean stallOnly = episode.stream().allMatch(f -> RuleId.DMA_STALL.of(f));
            Optional<Finding> xrun = xrunBefore(findings, first, used,
                    stallOnly ? EPISODE_GAP_MICROS : XRUN_BEFORE_MICROS);
            List<Finding> chained = new ArrayList<>();
            xrun.ifPresent(chained::add);
            chained.addAll(episode);
            chained.addAll(xrunsWithin(findings, episode, used));
            near(findings, chained, used, RuleId.SYSTEM_LATENCY).ifPresent(chained::add);
            near(findings, chained, used, RuleId.CODEC_FAILURE).ifPresent(chained::add);
            chained.addAll(precursors(findings, first, used));
            used.addAll(chained);
            chained.sort(BY_TIME);
            Diagnosis d = classifier.classify(chained, xrun.isPresent());
            if (d.cause() == Cause.SDMA_FIRMWARE && firmware.isPresent()) {
                // the root of the chain; boot-wide, so it may serve several incidents
                chained.add(firmware.get());
                chained.sort(BY_TIME);
            }
            incidents.add(incident(withStream(chained, replaced), first, d, kernel));
        }

        for (List<Finding> xruns : xrunEpisodes(findings, used)) {
            List<Finding> chained = new ArrayList<>(xruns);
            Optional<Finding> latency = near(findings, chained, used, RuleId.SYSTEM_LATENCY);
            if (latency.isEmpty() && xruns.stream().mapToLong(Finding::repeats).sum() < BURST_MIN) {
                continue; // an XRUN that recovered: a fact, not a failure episode
            }
            latency.ifPresent(chained::add);
            used.addAll(chained);
            chained.sort(BY_TIME);
            incidents.add(incident(withStream(chained, replaced), xruns.get(0), classifier.xruns(xruns, latency),
                    kernel));
        }

        incidents.sort(Comparator.comparingLong(Incident::startMicros));
        return new Result(incidents, findings.stream().map(f -> replaced.getOrDefault(f, f)).toList());
    }

    /**
     * Severities that depend on the whole boot. Latency lines are warnings only where audio
     * failed in the boot or an XRUN came within a second; errors of DMA engines shared with UARTs
     * and SPI are notes unless another audio finding is in the boot; the SDMA firmware note is a
     * warning when audio failed in its boot.
     */
    private static List<Finding> withBootContext(List<Finding> findings, BootFacts facts) {
        boolean audioFailed = findings.stream().anyMatch(f -> f.severity().isProblem()
                && (RuleId.of(f.rule()).startsEpisode() || !f.episode().isEmpty()));
        // a stream that ran (an XRUN) or failed ties a boot to audio; a probe note does not
        boolean otherAudio = findings.stream().anyMatch(f -> !RuleId.DMA_CHANNEL_ERROR.of(f)
                && !RuleId.SYSTEM_LATENCY.of(f) && !RuleId.SDMA_FIRMWARE.of(f)
                && (f.severity().isProblem() || RuleId.XRUN.of(f)));
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Finding g = f;
            if (RuleId.SYSTEM_LATENCY.of(f) && !audioFailed && !xrunNear(findings, f)) {
                g = f.withSeverity(Severity.INFO, "no audio trouble near it");
            } else if (RuleId.DMA_CHANNEL_ERROR.of(f) && !otherAudio
                    && SHARED_ENGINE_FORMS.stream().anyMatch(p -> f.form().startsWith(p))) {
                g = f.withSeverity(Severity.INFO, "nothing in this boot ties the channel to audio");
            } else if (RuleId.SDMA_FIRMWARE.of(f) && audioFailed && facts.hasImxSdma()) {
                g = f.withSeverity(Severity.WARNING); // its incident, or the other findings, say why
            }
            out.add(g);
        }
        return out;
    }

    private static boolean xrunNear(List<Finding> findings, Finding f) {
        return findings.stream().anyMatch(x -> RuleId.XRUN.of(x) && !x.form().equals("injected")
                && x.micros() != Record.NO_TIME && f.micros() != Record.NO_TIME
                && Math.abs(x.micros() - f.micros()) <= LATENCY_NEAR_MICROS);
    }

    private static final Comparator<Finding> BY_TIME = Comparator.comparingLong(IncidentBuilder::sortTime);

    private static long sortTime(Finding f) {
        long t = f.startMicros();
        return t == Record.NO_TIME ? Long.MIN_VALUE : t;
    }

    private static List<List<Finding>> raceEpisodes(List<Finding> findings) {
        Map<String, List<Finding>> episodes = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!f.episode().isEmpty()) {
                episodes.computeIfAbsent(f.episode(), k -> new ArrayList<>()).add(f);
            }
        }
        return List.copyOf(episodes.values());
    }

    /** Failure findings not yet used, grouped: each group's lines come within the episode gap. */
    private static List<List<Finding>> failureEpisodes(List<Finding> findings, Set<Finding> used) {
        List<List<Finding>> episodes = new ArrayList<>();
        List<Finding> current = null;
        long last = Record.NO_TIME;
        for (Finding f : findings) {
            if (used.contains(f) || !RuleId.of(f.rule()).startsEpisode() || !f.severity().isProblem()) {
                continue;
            }
            boolean joins = current != null && compatibleStream(current, f)
                    && (last == Record.NO_TIME || f.micros() == Record.NO_TIME
                        || f.startMicros() - last <= EPISODE_GAP_MICROS);
            if (!joins) {
                current = new ArrayList<>();
                episodes.add(current);
            }
            current.add(f);
            long end = f.endMicros();
            last = end == Record.NO_TIME ? last : end;
        }
        return episodes;
    }

    /**
     * Where the trouble began: the notes the failing device printed under the same rule shortly
     * before it failed (an HDA controller's "switching to polling mode" before "No response from
     * codec, resetting bus"). On their own they are context healthy machines print too; before a
     * failure they are the root of its chain.
     */
    private static List<Finding> precursors(List<Finding> findings, Finding first, Set<Finding> used) {
        List<Finding> out = new ArrayList<>();
        if (first.device().isEmpty() || first.micros() == Record.NO_TIME) {
            return out;
        }
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO && !used.contains(f) && f.rule().equals(first.rule())
                    && f.device().equals(first.device()) && f.micros() != Record.NO_TIME
                    && f.micros() <= first.micros() && first.micros() - f.micros() <= EPISODE_GAP_MICROS
                    && Evidence.firstLine(f.evidence()) < Evidence.firstLine(first.evidence())) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean compatibleStream(List<Finding> episode, Finding f) {
        PcmDirection d = CauseClassifier.direction(episode);
        return d == PcmDirection.UNKNOWN || f.stream() == PcmDirection.UNKNOWN || f.stream() == d;
    }

    /** XRUNs not yet used (and not injected), grouped into bursts. */
    private static List<List<Finding>> xrunEpisodes(List<Finding> findings, Set<Finding> used) {
        List<List<Finding>> bursts = new ArrayList<>();
        List<Finding> current = null;
        for (Finding f : findings) {
            if (!RuleId.XRUN.of(f) || used.contains(f) || f.form().equals("injected")) {
                continue;
            }
            Finding prev = current == null ? null : current.get(current.size() - 1);
            // from the end of the one before: a fold of a flood spans from its first XRUN to its last
            boolean joins = prev != null && prev.stream() == f.stream() && (prev.micros() == Record.NO_TIME
                    || f.micros() == Record.NO_TIME || f.micros() - prev.endMicros() <= BURST_GAP_MICROS);
            if (!joins) {
                current = new ArrayList<>();
                bursts.add(current);
            }
            current.add(f);
        }
        return bursts;
    }

    /**
     * A race finding does not know its stream (the DMA side prints no direction); the XRUN or
     * the stall chained with it does. Copies the incident's stream onto the findings without one.
     */
    private static List<Finding> withStream(List<Finding> chained, Map<Finding, Finding> replaced) {
        PcmDirection stream = CauseClassifier.direction(chained);
        if (stream == PcmDirection.UNKNOWN) {
            return chained;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : chained) {
            Finding g = f.stream() == PcmDirection.UNKNOWN && !RuleId.SDMA_FIRMWARE.of(f)
                    ? f.withStream(stream) : f;
            replaced.put(f, g);
            out.add(g);
        }
        return out;
    }

    private static Optional<Finding> xrunBefore(List<Finding> findings, Finding anchor, Set<Finding> used, long max) {
        Finding best = null;
        for (Finding f : findings) {
            if (RuleId.XRUN.of(f) && !used.contains(f) && !f.form().equals("injected") && compatible(f, anchor)
                    && within(f.startMicros(), anchor.startMicros(), max)
                    && (anchor.stream() == PcmDirection.UNKNOWN || f.stream() == PcmDirection.UNKNOWN
                        || f.stream() == anchor.stream())) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /** XRUNs printed while the episode went on (a DAI overflow, then the application's overrun). */
    private static List<Finding> xrunsWithin(List<Finding> findings, List<Finding> episode, Set<Finding> used) {
        long start = episode.get(0).startMicros();
        long end = episode.stream().mapToLong(Finding::endMicros).max().orElse(Record.NO_TIME);
        if (start == Record.NO_TIME || end == Record.NO_TIME) {
            return List.of();
        }
        return findings.stream().filter(f -> RuleId.XRUN.of(f) && !used.contains(f)
                && !f.form().equals("injected") && f.micros() >= start && f.micros() <= end).toList();
    }

    private static Optional<Finding> after(List<Finding> findings, Finding last, Set<Finding> used, RuleId rule,
                                           long max) {
        for (Finding f : findings) {
            if (rule.of(f) && !used.contains(f) && within(last.micros(), f.micros(), max)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** A finding of {@code rule}, not yet used, within a second of any finding of the episode. */
    private static Optional<Finding> near(List<Finding> findings, List<Finding> episode, Set<Finding> used,
                                          RuleId rule) {
        for (Finding f : findings) {
            if (!rule.of(f) || used.contains(f) || episode.contains(f) || f.micros() == Record.NO_TIME) {
                continue;
            }
            for (Finding e : episode) {
                if (e.micros() != Record.NO_TIME && Math.abs(e.micros() - f.micros()) <= LATENCY_NEAR_MICROS) {
                    return Optional.of(f);
                }
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

    private static Incident raceIncident(List<Finding> chained, Finding anchor, Optional<KernelRelease> kernel,
                                         TimeStyle times) {
        PcmDirection stream = CauseClassifier.direction(chained);
        Optional<Finding> misapplied = first(chained, RuleId.MISAPPLIED_FREE);
        Optional<Finding> stall = first(chained, RuleId.DMA_STALL);
        String streamName = StreamNames.capitalized(stream);
        int channel = anchor.channel().orElse(-1);
        String verdict;
        if (misapplied.isPresent() && stall.isPresent()) {
            verdict = FindingMessages.format("verdict.race", streamName, channel, anchor.device(),
                    times.at(stall.get().micros(), stall.get().line()),
                    String.join(", ", misapplied.get().descriptors()), seconds(stall.get(), anchor.micros()));
        } else if (misapplied.isPresent()) {
            verdict = FindingMessages.format("verdict.race.nostall", streamName, channel, anchor.device(),
                    times.at(misapplied.get().micros(), misapplied.get().line()),
                    String.join(", ", misapplied.get().descriptors()));
        } else {
            verdict = FindingMessages.format("verdict.race.nomisapplied", streamName, channel, anchor.device(),
                    times.at(anchor.micros(), anchor.line()));
        }
        boolean imx = anchor.driver().equals("imx-sdma");
        verdict = withClause(verdict, imx ? KernelFacts.assessment(kernel) : KernelFacts.alsaAssessment(kernel));
        boolean inferred = chained.stream().anyMatch(f -> f.confidence().equals("inferred"));
        Diagnosis d = new Diagnosis(Cause.DMA_TERMINATE_RACE, inferred ? Confidence.INFERRED : Confidence.OBSERVED,
                verdict, FindingMessages.format(imx ? "fix.dma-terminate-race.imx" : "fix.dma-terminate-race"), "");
        return incident(chained, anchor, d, kernel);
    }

    private static String withClause(String verdict, String clause) {
        String sentence = verdict.endsWith(".") ? verdict.substring(0, verdict.length() - 1) : verdict;
        return sentence + " (" + clause + ").";
    }

    /** @param anchor the finding the incident is about: its DMA channel, where it has one */
    private static Incident incident(List<Finding> chained, Finding anchor, Diagnosis d,
                                     Optional<KernelRelease> kernel) {
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
        long start = Evidence.earliest(chain, Record.NO_TIME);
        long end = Evidence.latest(chain, Record.NO_TIME);
        boolean dmaSite = anchor.channel().isPresent();
        return new Incident(chained.get(0).boot(), dmaSite ? anchor.device() : "", dmaSite ? anchor.driver() : "",
                dmaSite ? anchor.transfer() : "", dmaSite ? anchor.channel() : OptionalInt.empty(),
                CauseClassifier.direction(chained), start, end, d.verdict(), d.fix(), kernel, List.copyOf(chained),
                List.copyOf(chain), d.cause(), d.confidence(), d.next());
    }

    private static Optional<Finding> first(List<Finding> findings, RuleId rule) {
        return findings.stream().filter(rule::of).findFirst();
    }

    /**
     * How long the stall lasted, " after 10.6 s": from the wait's start where the log prints it,
     * else from the restart's prep (stock kernels print only the final error); empty where the
     * log has no clock.
     */
    private static String seconds(Finding stall, long restartMicros) {
        boolean waitPrinted = stall.evidence().stream().anyMatch(e -> e.role().equals("wait"));
        long start = waitPrinted ? stall.startMicros() : restartMicros;
        long end = stall.endMicros();
        if (start == Record.NO_TIME || end == Record.NO_TIME) {
            return "";
        }
        return String.format(Locale.ROOT, " after %.1f s", (end - start) / 1e6);
    }
}
