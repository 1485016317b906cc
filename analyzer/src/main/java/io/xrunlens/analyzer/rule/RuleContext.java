package io.xrunlens.analyzer.rule;

import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.FindingFold;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.state.DmaState;
import io.xrunlens.event.Event;
import io.xrunlens.record.Record;
import io.xrunlens.record.TimeStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** What a rule can see of the boot (shared state) and where it reports. */
public final class RuleContext {
    private final int boot;
    private final DmaState dma;
    private FindingFold findings;
    /** {@link #at}, made once: a bound reference is an object, made per part of a boot otherwise. */
    private final FindingFold.Clock clock;
    /** Findings reported since the boot, or its last part, began. */
    private int reported;
    /** The latest time of their evidence, or NO_TIME. */
    private long latestMicros = Record.NO_TIME;
    /** Whether the last finding reported ends an episode (the stream died or never started). */
    private boolean episodeEnded;
    private final Supplier<TimeStyle> times;
    /** The driver of a device an audio line of the boot was printed on ({@code BootFacts}). */
    private final Function<String, Optional<String>> audioDriverOf;

    /** The boot's rate-limit counts not yet claimed. */
    private final RateLimits rateLimits = new RateLimits();
    /** The boot's files an audio device asked for and the firmware loader did not find, not yet claimed. */
    private final FilesNotFound filesNotFound = new FilesNotFound();

    /** Told of each finding as it is reported (xrunlens watch prints it then). */
    private final Consumer<Finding> onReport;

    public RuleContext(int boot, DmaState dma, Supplier<TimeStyle> times) {
        this(boot, dma, times, f -> { }, device -> Optional.empty());
    }

    public RuleContext(int boot, DmaState dma, Supplier<TimeStyle> times, Consumer<Finding> onReport,
                       Function<String, Optional<String>> audioDriverOf) {
        this.boot = boot;
        this.dma = dma;
        this.times = times;
        this.onReport = onReport;
        this.audioDriverOf = audioDriverOf;
        this.clock = this::at;
        this.findings = new FindingFold(clock);
    }

    /** The event's time as the log prints it, or its line where the log has no clock. */
    public String at(Event event) {
        return times.get().at(event.micros(), event.record().line());
    }

    /** A time of this log as the log prints it, or the line where it has none. */
    public String at(long micros, long line) {
        return times.get().at(micros, line);
    }

    public int boot() {
        return boot;
    }

    public DmaState dma() {
        return dma;
    }

    /** The driver of a device an audio line of the boot was printed on before now, or empty. */
    public Optional<String> audioDriverOf(String device) {
        return audioDriverOf.apply(device);
    }

    /** The boot's rate-limit counts, which the finding of a line of their function claims. */
    RateLimits rateLimits() {
        return rateLimits;
    }

    /** The boot's files not found, which the first problem of their device claims. */
    FilesNotFound filesNotFound() {
        return filesNotFound;
    }

    /**
     * Notes an event that is a rate limit's count, or a file the firmware loader did not find
     * (the analysis shows each event here once).
     */
    public void note(Event event) {
        rateLimits.note(event);
        filesNotFound.note(event);
    }

    /** Reports a finding; a flood of like findings is folded so that memory stays bounded ({@link FindingFold}). */
    public void report(Finding finding) {
        findings.add(finding);
        reported++;
        latestMicros = Math.max(latestMicros, finding.endMicros());
        episodeEnded = RuleId.of(finding.rule()).endsEpisode();
        onReport.accept(finding);
    }

    /** Findings reported since the boot, or its last part, began. */
    public int reported() {
        return reported;
    }

    /** Whether the last finding reported ends an episode: a stall, a stream that never started. */
    public boolean episodeEnded() {
        return episodeEnded;
    }

    /** How many findings are kept now (a flood folded counts as one). */
    public int kept() {
        return findings.size();
    }

    /** The latest time of the evidence of the findings reported since the boot or its last part began, or NO_TIME. */
    public long latestMicros() {
        return latestMicros;
    }

    /**
     * Hands over the findings of the part of the boot that is over (a long boot is chained into
     * incidents in parts) and starts the next part with none.
     */
    public List<Finding> takeFindings() {
        List<Finding> part = findings.findings();
        findings = new FindingFold(clock);
        reported = 0;
        latestMicros = Record.NO_TIME;
        return part;
    }

    /** The boot's findings so far, folds included, in no particular order. */
    public List<Finding> findings() {
        return findings.findings();
    }
}
