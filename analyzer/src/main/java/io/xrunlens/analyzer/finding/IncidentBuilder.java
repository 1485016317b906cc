package io.xrunlens.analyzer.finding;

import io.xrunlens.analyzer.boot.BootFacts;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.record.Record;
import io.xrunlens.record.TimeStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Chains the findings of one boot into incidents, one per failure episode, each with a cause.
 *
 * <ol>
 * <li>Each terminate race (an episode of the DMA state) anchors an incident of its channel.</li>
 * <li>The other failures (stall, DAI and DMA errors, start failures, codec, USB, pointer) are
 * grouped by time into episodes, and {@link CauseClassifier} names each one's cause.</li>
 * <li>XRUNs left over that came with a latency line, or in bursts of three or more (or one a sound
 *     server said it could not clear, again and again), are
 * incidents of their own; a single XRUN that recovered is only a finding.</li>
 * </ol>
 * What joins each anchor (the XRUN before it, the stall after it, latency lines near it) is
 * data, {@code chains.tsv}, applied by {@link ChainJoiner}.
 * Boot-wide context then sets severities: latency lines with no audio trouble anywhere in the
 * boot, and DMA errors of engines shared with UARTs and SPI that nothing ties to audio, are
 * notes (info); the SDMA firmware finding, and a rate a little off (McASP's "off by 23 PPM", a
 * note of its own), are raised to warnings when audio failed in their boot.
 */
public final class IncidentBuilder {
    /** A latency line this close to an XRUN is taken as its context (chains.tsv: near 1s). */
    private static final long LATENCY_NEAR_MICROS = 1_000_000L;
    /** XRUNs in a burst that make it an incident of its own. */
    private static final int BURST_MIN = 3;

    /** DMA engines that also serve UARTs, SPI and MMC: their errors need an audio context. */
    private static final List<String> SHARED_ENGINE_FORMS = List.of("k3-udma.", "edma.");
    /** A rate off what was asked (McASP's "Sample-rate is off by N PPM"): a cause's evidence where audio failed. */
    private static final String RATE_OFF_FORM = "mcasp.rate-off";

    private IncidentBuilder() {
    }

    /** Incidents, and the findings again with the stream and severity their incident established. */
    public record Result(List<Incident> incidents, List<Finding> findings, Earlier next) {
    }

    /**
     * What the parts of a long boot chained before this one leave to it ({@code Analyzer} chains
     * a boot of thousands of findings in parts, at quiet gaps): whether audio failed in them,
     * whether another audio finding came, and their findings that a link joins from anywhere in
     * the boot (the SDMA firmware's), which its incidents may chain but which are not its own.
     */
    public record Earlier(boolean audioFailed, boolean otherAudio, List<Finding> bootWide, Unresumed unresumed,
                          CardNotUp card) {
        /** A boot chained whole, or its first part. */
        public static final Earlier NONE = new Earlier(false, false, List.of(), Unresumed.NONE, CardNotUp.NONE);

        /**
         * What the next part is left: this, what a part's findings told, its boot-wide ones as its
         * incidents hold them, the devices that did not resume so far, and the card's failure.
         */
        private Earlier and(BootFlags flags, List<Finding> chained, Unresumed devices, CardNotUp cardNotUp) {
            List<Finding> wide = new ArrayList<>(bootWide);
            for (Finding f : chained) {
                if (ChainTable.joinsFromAnywhere(f)) {
                    wide.add(f);
                }
            }
            return new Earlier(audioFailed || flags.audioFailed, otherAudio || flags.otherAudio, List.copyOf(wide),
                    devices, cardNotUp);
        }
    }

    public static Result build(List<Finding> input, BootFacts facts) {
        return build(input, facts, Earlier.NONE);
    }

    /** The incidents of a part of a boot, after the parts {@code earlier} tells of. */
    public static Result build(List<Finding> input, BootFacts facts, Earlier earlier) {
        if (input.isEmpty()) {
            return new Result(List.of(), List.of(), earlier); // most boots of a long log found nothing
        }
        Map<Finding, Finding> replaced = new IdentityHashMap<>();
        BootFlags flags = BootFlags.of(input);
        List<Finding> findings = withBootContext(input, flags, facts, earlier);
        if (!earlier.bootWide().isEmpty()) {
            findings = new ArrayList<>(findings);
            findings.addAll(earlier.bootWide()); // as an earlier part holds them; only the part's own are its result
        }
        ChainJoiner joiner = new ChainJoiner(findings);
        Optional<Finding> firmware = RuleId.SDMA_FIRMWARE.firstIn(findings);
        Unresumed unresumed = Unresumed.of(earlier.unresumed(), findings);
        CardNotUp card = CardNotUp.of(earlier.card(), findings);
        CauseClassifier classifier = new CauseClassifier(facts, firmware, unresumed, card);
        List<Incident> incidents = new ArrayList<>();
        Optional<KernelRelease> kernel = facts.kernel();

        for (List<Finding> race : raceEpisodes(findings)) {
            List<Finding> chained = joiner.join(ChainLink.Anchor.RACE, race).findings();
            joiner.use(chained);
            incidents.add(raceIncident(withStream(chained, replaced), race.get(0), kernel, facts.times()));
        }

        for (List<Finding> episode : joiner.groups(ChainLink.Anchor.FAILURE)) {
            ChainLink.Anchor anchor = episode.stream().allMatch(f -> RuleId.DMA_STALL.of(f))
                    ? ChainLink.Anchor.STALL : ChainLink.Anchor.FAILURE;
            ChainJoiner.Chain chain = joiner.join(anchor, episode);
            List<Finding> chained = new ArrayList<>(chain.findings());
            joiner.use(chained);
            chained.sort(BY_TIME);
            Diagnosis d = classifier.classify(chained, chain.xrunBefore());
            // the root of the chain where the cause says so; boot-wide, so it may serve several incidents
            List<Finding> root = new ArrayList<>(joiner.joinForCause(anchor, d.cause(), episode, chained));
            if (d.cause().equals(Cause.SUSPEND_RESUME)) {
                classifier.resumeRoot(chained).ifPresent(root::add); // it may lead several incidents, as firmware does
            }
            Optional<Finding> cardRoot = d.cause().equals(Cause.NO_CARD) ? classifier.cardRoot(chained) : Optional.empty();
            if (!root.isEmpty()) {
                chained.addAll(root);
                chained.sort(BY_TIME);
            }
            List<Finding> streamed = withStream(chained, replaced);
            if (cardRoot.isPresent()) {
                // the card's failure, which its own incident holds too: of no stream, as it was printed
                streamed = new ArrayList<>(streamed);
                streamed.add(cardRoot.get());
                streamed.sort(BY_TIME);
            }
            incidents.add(incident(streamed, episode.get(0), d, kernel));
        }

        for (List<Finding> xruns : joiner.groups(ChainLink.Anchor.BURST)) {
            ChainJoiner.Chain chain = joiner.join(ChainLink.Anchor.BURST, xruns);
            Optional<Finding> latency = chain.first(RuleId.SYSTEM_LATENCY);
            // an XRUN its sound server could not clear, again and again, is a failure however few of
            // its lines there are (PipeWire prints one for the dozens it counts as missed)
            boolean notCleared = xruns.stream().anyMatch(x -> x.form().equals("unrecovered"));
            if (latency.isEmpty() && !notCleared && xruns.stream().mapToLong(Finding::repeats).sum() < BURST_MIN) {
                continue; // an XRUN that recovered: a fact, not a failure episode
            }
            List<Finding> chained = new ArrayList<>(chain.findings());
            joiner.use(chained);
            chained.sort(BY_TIME);
            incidents.add(incident(withStream(chained, replaced), xruns.get(0), classifier.xruns(xruns, latency),
                    kernel));
        }

        incidents.sort(BY_START);
        List<Finding> chained = findings.subList(0, input.size()).stream().map(f -> replaced.getOrDefault(f, f)).toList();
        return new Result(incidents, chained, earlier.and(flags, chained, unresumed, card));
    }

    /**
     * Whether audio failed in a boot (a problem that starts an episode, or a race's), and whether
     * a stream ran or failed there (another audio finding than a DMA channel's error, a latency
     * line or the firmware note): what ties a latency line or a shared engine's error to audio.
     */
    private record BootFlags(boolean audioFailed, boolean otherAudio) {
        static BootFlags of(List<Finding> findings) {
            // (a loop, not streams: asked for every boot with findings, where the quick compiler's streams cost more)
            boolean audioFailed = false;
            boolean otherAudio = false;
            for (Finding f : findings) {
                audioFailed |= f.severity().isProblem() && !f.form().equals(RATE_OFF_FORM)
                        && (RuleId.of(f.rule()).startsEpisode() || !f.episode().isEmpty());
                // a stream that ran (an XRUN) or failed ties a boot to audio; a probe note does not
                otherAudio |= !RuleId.DMA_CHANNEL_ERROR.of(f) && !RuleId.SYSTEM_LATENCY.of(f)
                        && !RuleId.SDMA_FIRMWARE.of(f) && (f.severity().isProblem() || RuleId.XRUN.of(f));
            }
            return new BootFlags(audioFailed, otherAudio);
        }
    }

    /**
     * Severities that depend on the whole boot. A device's probe note is a warning where the
     * driver core then says its probe failed ({@link ProbeGaveUp}). Latency lines are warnings only where audio
     * failed in the boot or an XRUN came within a second; errors of DMA engines shared with UARTs
     * and SPI are notes unless another audio finding is in the boot; the SDMA firmware note, and
     * McASP's note of a rate under 1,000 PPM off, are warnings when audio failed in their boot.
     * Of a long boot chained in parts, "the boot" is the parts so far: a part already reported
     * is not raised again.
     */
    private static List<Finding> withBootContext(List<Finding> findings, BootFlags flags, BootFacts facts,
                                                 Earlier earlier) {
        boolean audioFailed = flags.audioFailed || earlier.audioFailed();
        boolean otherAudio = flags.otherAudio || earlier.otherAudio();
        ProbeGaveUp probes = ProbeGaveUp.of(findings);
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Finding g = f;
            String gaveUpWith = probes.errorAfter(f);
            if (!gaveUpWith.isEmpty()) {
                g = f.withSeverity(Severity.WARNING, "not here: its probe then failed with error " + gaveUpWith);
            } else if (RuleId.SYSTEM_LATENCY.of(f) && !audioFailed && !xrunNear(findings, f)) {
                g = f.withSeverity(Severity.INFO, "no audio trouble near it");
            } else if (f.form().equals(RATE_OFF_FORM) && f.severity() == Severity.INFO && audioFailed) {
                g = f.withSeverity(Severity.WARNING); // the cause's evidence: its incident says why
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
        for (Finding x : findings) {
            if (RuleId.XRUN.of(x) && !x.form().equals("injected") && x.micros() != Record.NO_TIME
                    && f.micros() != Record.NO_TIME && Math.abs(x.micros() - f.micros()) <= LATENCY_NEAR_MICROS) {
                return true;
            }
        }
        return false;
    }

    private static final Comparator<Finding> BY_TIME = Comparator.comparingLong(IncidentBuilder::sortTime);
    // comparators made once: one made per call is an object the quick compiler allocates through a
    // native call, per incident
    private static final Comparator<Incident> BY_START = Comparator.comparingLong(Incident::startMicros);
    private static final Comparator<Evidence> BY_LINE = Comparator.comparingLong(Evidence::line)
            .thenComparingLong(Evidence::micros);

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

    private static Incident raceIncident(List<Finding> chained, Finding anchor, Optional<KernelRelease> kernel,
                                         TimeStyle times) {
        PcmDirection stream = CauseClassifier.direction(chained);
        Optional<Finding> misapplied = RuleId.MISAPPLIED_FREE.firstIn(chained);
        Optional<Finding> stall = RuleId.DMA_STALL.firstIn(chained);
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
            // "(____ptrval____)": the kernel printed every pointer alike, so no free names a descriptor
            Optional<String> unnamed = anchor.descriptors().stream().filter(Message::isPlaceholder).findFirst();
            verdict = FindingMessages.format(unnamed.isPresent() ? "verdict.race.unnamed" : "verdict.race.nomisapplied",
                    streamName, channel, anchor.device(), times.at(anchor.micros(), anchor.line()), unnamed.orElse(""));
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
        Set<Evidence> seen = null; // made only for a long chain: hashing each line's text cost more than comparing a few
        for (Finding f : chained) {
            for (Evidence e : f.evidence()) {
                if (seen == null && chain.size() >= SCANNED_EVIDENCE) {
                    seen = new HashSet<>(chain);
                }
                if (seen != null ? seen.add(e) : !holds(chain, e)) {
                    chain.add(e);
                }
            }
        }
        chain.sort(BY_LINE);
        long start = Evidence.earliest(chain, Record.NO_TIME);
        long end = Evidence.latest(chain, Record.NO_TIME);
        boolean dmaSite = anchor.channel().isPresent();
        return new Incident(chained.get(0).boot(), dmaSite ? anchor.device() : "", dmaSite ? anchor.driver() : "",
                dmaSite ? anchor.transfer() : "", dmaSite ? anchor.channel() : OptionalInt.empty(),
                CauseClassifier.direction(chained), start, end, d.verdict(), d.fix(), kernel, List.copyOf(chained),
                List.copyOf(chain), d.cause(), d.confidence(), d.next());
    }

    /** Up to this many lines, a chain is searched for a line already in it, not hashed. */
    private static final int SCANNED_EVIDENCE = 16;

    private static boolean holds(List<Evidence> chain, Evidence e) {
        for (Evidence x : chain) {
            if (x == e || x.line() == e.line() && x.equals(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How long the stall lasted, " after 10.6 s": from the wait's start where the log prints it,
     * else from the restart's prep (stock kernels print only the final error); empty where the
     * log has no clock.
     */
    private static String seconds(Finding stall, long restartMicros) {
        boolean waitPrinted = false;
        for (Evidence e : stall.evidence()) {
            waitPrinted |= e.role().equals("wait");
        }
        long start = waitPrinted ? stall.startMicros() : restartMicros;
        long end = stall.endMicros();
        if (start == Record.NO_TIME || end == Record.NO_TIME) {
            return "";
        }
        return " after " + Seconds.tenths(end - start) + " s";
    }
}
