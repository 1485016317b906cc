package io.xrunlens.analyzer.finding;

import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.record.TimeStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongBinaryOperator;

/**
 * The findings of one failure chained together (XRUN, terminate racing the restart, the
 * misapplied free, the stall), with a one-sentence verdict and what fixes it.
 *
 * @param driver   DMA driver of the channel ("imx-sdma"), empty for a stall with no race
 * @param transfer "cyclic", "slave-sg", ... as in {@link Finding#transfer()}
 * @param chain  every evidence record of the chained findings, in log order, once each
 * @param cause  why it happened
 * @param confidence how sure the cause is
 * @param next   what to switch on to see more, where the log cannot decide; empty when it can
 */
public record Incident(int boot, String device, String driver, String transfer, OptionalInt channel,
                       PcmDirection stream, long startMicros, long endMicros, String verdict, String fix,
                       Optional<KernelRelease> kernel, List<Finding> findings, List<Evidence> chain, Cause cause,
                       Confidence confidence, String next) {

    /**
     * Most important first: audio that broke (an error finding) before audio at risk, a cause
     * every step of which was printed before a deduced one before a guess, then log order. A
     * soak log's thousand recovered XRUNs must not come before the race that killed the stream.
     */
    public static final Comparator<Incident> BY_IMPORTANCE = Comparator
            .comparing(Incident::severity, Comparator.reverseOrder())
            .thenComparing(Incident::confidence)
            .thenComparingInt(Incident::boot)
            .thenComparingLong(Incident::startMicros);

    /** The most severe of its findings. */
    public Severity severity() {
        Severity most = null; // a loop: asked of every incident of a long log, where a stream costs more than the rest
        for (Finding f : findings) {
            if (most == null || f.severity().compareTo(most) > 0) {
                most = f.severity();
            }
        }
        return most == null ? Severity.INFO : most;
    }

    public List<String> ruleIds() {
        return findings.stream().map(Finding::rule).toList();
    }

    /** The same incident with its times moved by {@code to(line, micros)} (a picture's display clock). */
    public Incident retimed(LongBinaryOperator to) {
        List<Evidence> moved = chain.stream()
                .map(e -> e.retimed(to)).toList();
        long start = Evidence.earliest(moved, to.applyAsLong(firstLine(), startMicros));
        long end = Evidence.latest(moved, to.applyAsLong(lastLine(), endMicros));
        return new Incident(boot, device, driver, transfer, channel, stream, start, end, verdict, fix, kernel,
                findings.stream().map(f -> f.retimed(to)).toList(), moved, cause, confidence, next);
    }

    /** The first line of the chain (where the incident starts when the log has no clock). */
    public long firstLine() {
        return Evidence.firstLine(chain);
    }

    /** The last line of the chain. */
    public long lastLine() {
        return Evidence.lastLine(chain);
    }

    /** "535.201640 to 545.766075" in the log's own form, or "line 8 to line 79" without a clock. */
    public String span(TimeStyle times) {
        return times.at(startMicros, firstLine()) + " to " + times.at(endMicros, lastLine());
    }

    public List<String> descriptors() {
        return findings.stream().flatMap(f -> f.descriptors().stream()).distinct().toList();
    }
}
