package io.xrunlens.analyzer.finding;

/**
 * The rules, as findings and reports name them; what each is (the families it reads, whether its
 * finding starts or ends a failure episode) is data, {@code rules.tsv}, read by {@link RuleTable}.
 * The ids are a contract of the JSON report.
 */
public enum RuleId {
    XRUN("xrun"),
    TERMINATE_AFTER_PREP("terminate-after-prep"),
    MISAPPLIED_FREE("misapplied-free"),
    DMA_STALL("dma-stall"),
    FIFO_NOT_FED("fifo-not-fed"),
    DAI_FIFO_ERROR("dai-fifo-error"),
    DMA_CHANNEL_ERROR("dma-channel-error"),
    STREAM_START_FAILURE("stream-start-failure"),
    HW_POINTER("hw-pointer"),
    SDMA_FIRMWARE("sdma-firmware"),
    CODEC_FAILURE("codec-failure"),
    USB_AUDIO("usb-audio"),
    SYSTEM_LATENCY("system-latency"),
    DRIVER_ERROR("driver-error");

    private final String id;

    RuleId(String id) {
        this.id = id;
    }

    /** "misapplied-free": the id findings carry. */
    public String id() {
        return id;
    }

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

    /** The rule of a finding. */
    public static RuleId of(String id) {
        RuleId r = byId(id);
        if (r == null) {
            throw new IllegalArgumentException("no rule " + id);
        }
        return r;
    }

    /** The rule of that id, or null. */
    public static RuleId byId(String id) {
        for (RuleId r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        return null;
    }
}
