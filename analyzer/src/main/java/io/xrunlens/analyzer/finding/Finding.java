package io.xrunlens.analyzer.finding;

import io.xrunlens.event.PcmDirection;
import io.xrunlens.record.Record;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.LongBinaryOperator;

/**
 * One thing a rule found, with everything it rests on.
 *
 * @param rule        rule id ("terminate-after-prep", ...)
 * @param severity    how bad
 * @param boot        boot index within the input
 * @param device      the device the finding is about: the DMA device of a race ("20ec000.sdma"), the
 *                    DAI, DMA engine or codec that printed a catalogued line; empty where none
 * @param driver      its driver ("imx-sdma", "fsl-sai"), or empty
 * @param transfer    kind of transfer on the channel: "cyclic" (audio), "slave-sg", "memcpy" or empty
 * @param channel     DMA channel, empty when the log does not tie the finding to one
 * @param stream      PCM direction where known
 * @param micros      when it happened on the log's clock (Record.NO_TIME if the log has none)
 * @param descriptors txd ids involved, in log order
 * @param evidence    the records it rests on, in log order
 * @param message     one plain sentence
 * @param confidence  "observed" (every step printed) or "inferred" (a silent step deduced)
 * @param episode     groups the findings of one terminate episode; not part of the output
 * @param form        what exactly was printed: the message catalogue row ("fsl-ssi.tx-fifo-timeout"),
 *                    or for an XRUN who raised it ("dai-interrupt", "injected"); empty when nothing
 *                    more specific than the rule is known
 * @param repeats     how many occurrences this finding stands for: 1, or for a fold of a flood
 *                    of like findings ({@link FindingFold}) the number folded into it
 */
public record Finding(String rule, Severity severity, int boot, String device, String driver, String transfer,
                      OptionalInt channel,
                      PcmDirection stream, long micros, List<String> descriptors, List<Evidence> evidence,
                      String message, String confidence, String episode, String form, int repeats) {

    /** One occurrence. */
    public Finding(String rule, Severity severity, int boot, String device, String driver, String transfer,
                   OptionalInt channel, PcmDirection stream, long micros, List<String> descriptors,
                   List<Evidence> evidence, String message, String confidence, String episode, String form) {
        this(rule, severity, boot, device, driver, transfer, channel, stream, micros, descriptors, evidence, message,
                confidence, episode, form, 1);
    }

    /** A finding of the DMA race rules, which need no form. */
    public Finding(String rule, Severity severity, int boot, String device, String driver, String transfer,
                   OptionalInt channel, PcmDirection stream, long micros, List<String> descriptors,
                   List<Evidence> evidence, String message, String confidence, String episode) {
        this(rule, severity, boot, device, driver, transfer, channel, stream, micros, descriptors, evidence, message,
                confidence, episode, "", 1);
    }

    // Written out, not the record's own: linking the generated methods for sixteen fields cost
    // every run start-up time, and chains compare findings for every incident.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Finding f && boot == f.boot && micros == f.micros && repeats == f.repeats
                && severity == f.severity && stream == f.stream && Objects.equals(rule, f.rule)
                && Objects.equals(message, f.message) && Objects.equals(device, f.device)
                && Objects.equals(driver, f.driver) && Objects.equals(transfer, f.transfer)
                && Objects.equals(channel, f.channel) && Objects.equals(form, f.form)
                && Objects.equals(episode, f.episode) && Objects.equals(confidence, f.confidence)
                && Objects.equals(descriptors, f.descriptors) && Objects.equals(evidence, f.evidence);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(rule) * 31 + Long.hashCode(micros)) * 31 + boot) * 31 + Objects.hashCode(message);
    }

    /** The same finding with its times moved by {@code to(line, micros)} (a picture's display clock). */
    public Finding retimed(LongBinaryOperator to) {
        List<Evidence> moved = evidence.stream()
                .map(e -> e.retimed(to)).toList();
        return new Finding(rule, severity, boot, device, driver, transfer, channel, stream,
                to.applyAsLong(line(), micros), descriptors, moved, message, confidence, episode, form, repeats);
    }

    /** The same finding with the stream its incident established. */
    public Finding withStream(PcmDirection direction) {
        return new Finding(rule, severity, boot, device, driver, transfer, channel, direction, micros, descriptors,
                evidence, message, confidence, episode, form, repeats);
    }

    /**
     * The same finding at another severity, with a clause saying why: boot-wide context (is any
     * audio failing at all?) is only known at the end of the boot.
     */
    public Finding withSeverity(Severity newSeverity, String why) {
        String sentence = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return new Finding(rule, newSeverity, boot, device, driver, transfer, channel, stream, micros, descriptors,
                evidence, sentence + " (" + why + ").", confidence, episode, form, repeats);
    }

    /** The same finding at another severity, same words. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, boot, device, driver, transfer, channel, stream, micros, descriptors,
                evidence, message, confidence, episode, form, repeats);
    }

    /** The dev_printk origin of the finding, "fsl-sai 30030000.sai", or empty. */
    public String origin() {
        return Record.origin(driver, device);
    }

    /**
     * The line a person looks at for this finding's time: the evidence printed at that time
     * (the last such), else the last line of the evidence. Where a log has no clock, reports
     * name this line instead of a time.
     */
    public long line() {
        long timed = 0;
        long last = 0;
        for (Evidence e : evidence) {
            last = Math.max(last, e.line());
            if (micros != Record.NO_TIME && e.micros() == micros) {
                timed = Math.max(timed, e.line());
            }
        }
        return timed != 0 ? timed : last;
    }

    /** Input lines of the evidence, sorted and distinct. */
    public List<Long> lines() {
        TreeSet<Long> lines = new TreeSet<>();
        evidence.forEach(e -> lines.add(e.line()));
        return List.copyOf(lines);
    }

    /** Earliest evidence time, or the finding's own time. */
    public long startMicros() {
        return Evidence.earliest(evidence, micros);
    }

    /** Latest evidence time, or the finding's own time. */
    public long endMicros() {
        return Evidence.latest(evidence, micros);
    }
}
