package io.xrunlens.analyzer.finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules, as findings and reports name them; what each is (the families it reads, whether its
 * finding starts or ends a failure episode) is data, {@code rules.tsv}, read by {@link RuleTable}.
 * The ids are a contract of the JSON report. The constants are the rules code names; a family
 * rule its row alone makes needs none.
 *
 * @param id "misapplied-free": the id findings carry
 */
public record RuleId(String id) {
    public static final RuleId XRUN = new RuleId("xrun");
    public static final RuleId TERMINATE_AFTER_PREP = new RuleId("terminate-after-prep");
    public static final RuleId MISAPPLIED_FREE = new RuleId("misapplied-free");
    public static final RuleId DMA_STALL = new RuleId("dma-stall");
    public static final RuleId FIFO_NOT_FED = new RuleId("fifo-not-fed");
    public static final RuleId DAI_FIFO_ERROR = new RuleId("dai-fifo-error");
    public static final RuleId DMA_CHANNEL_ERROR = new RuleId("dma-channel-error");
    public static final RuleId STREAM_START_FAILURE = new RuleId("stream-start-failure");
    public static final RuleId HW_POINTER = new RuleId("hw-pointer");
    public static final RuleId SDMA_FIRMWARE = new RuleId("sdma-firmware");
    public static final RuleId CODEC_FAILURE = new RuleId("codec-failure");
    public static final RuleId USB_AUDIO = new RuleId("usb-audio");
    public static final RuleId SYSTEM_LATENCY = new RuleId("system-latency");
    public static final RuleId DRIVER_ERROR = new RuleId("driver-error");

    /** The rules code names: each must have its row. */
    public static final List<RuleId> NAMED = List.of(XRUN, TERMINATE_AFTER_PREP, MISAPPLIED_FREE, DMA_STALL,
            FIFO_NOT_FED, DAI_FIFO_ERROR, DMA_CHANNEL_ERROR, STREAM_START_FAILURE, HW_POINTER, SDMA_FIRMWARE,
            CODEC_FAILURE, USB_AUDIO, SYSTEM_LATENCY, DRIVER_ERROR);

    /** Whether a problem finding of this rule starts a failure episode (an XRUN alone does not). */
    public boolean startsEpisode() {
        return RuleTable.of(this).opens();
    }

    /** Whether its finding ends an episode: the stream is dead or never started. */
    public boolean endsEpisode() {
        return RuleTable.of(this).ends();
    }

    /** Whether the finding is this rule's. */
    public boolean of(Finding f) {
        return f.rule().equals(id);
    }

    /** The first finding of this rule in {@code findings} (a loop: asked several times for every incident). */
    public Optional<Finding> firstIn(List<Finding> findings) {
        for (Finding f : findings) {
            if (of(f)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The rule of a finding. */
    public static RuleId of(String id) {
        RuleId r = byId(id);
        if (r == null) {
            throw new IllegalArgumentException("no rule " + id);
        }
        return r;
    }

    /** The rule of that id (a row of {@code rules.tsv}), or null. */
    public static RuleId byId(String id) {
        RuleTable.Row row = RuleTable.of(new RuleId(id));
        return row == null ? null : row.rule();
    }

    /** Every rule, in the table's order. */
    public static List<RuleId> all() {
        return List.copyOf(RuleTable.rows().keySet());
    }

    @Override
    public String toString() {
        return id;
    }

    // Written out, not the record's own: rules are map keys asked for every finding, and the
    // generated methods are slow calls in code the quick compiler made.
    @Override
    public boolean equals(Object o) {
        return o instanceof RuleId r && Objects.equals(id, r.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
