package io.xrunlens.analyzer.finding;

/**
 * The rules, as findings and reports name them, with what each means for an incident: whether
 * its finding can start a failure episode on its own, and whether it ends one (a live watch
 * prints the incident holding it as complete). The ids are a contract of the JSON report.
 */
public enum RuleId {
    XRUN("xrun", false, false),
    TERMINATE_AFTER_PREP("terminate-after-prep", false, false),
    MISAPPLIED_FREE("misapplied-free", false, false),
    DMA_STALL("dma-stall", true, true),
    FIFO_NOT_FED("fifo-not-fed", true, true),
    DAI_FIFO_ERROR("dai-fifo-error", true, false),
    DMA_CHANNEL_ERROR("dma-channel-error", true, true),
    STREAM_START_FAILURE("stream-start-failure", true, true),
    HW_POINTER("hw-pointer", true, false),
    SDMA_FIRMWARE("sdma-firmware", false, false),
    CODEC_FAILURE("codec-failure", true, true),
    USB_AUDIO("usb-audio", true, true),
    SYSTEM_LATENCY("system-latency", false, false),
    DRIVER_ERROR("driver-error", true, false);

    private final String id;
    private final boolean startsEpisode;
    private final boolean endsEpisode;

    RuleId(String id, boolean startsEpisode, boolean endsEpisode) {
        this.id = id;
        this.startsEpisode = startsEpisode;
        this.endsEpisode = endsEpisode;
    }

    /** "misapplied-free": the id findings carry. */
    public String id() {
        return id;
    }

    /** Whether a problem finding of this rule starts a failure episode (an XRUN alone does not). */
    public boolean startsEpisode() {
        return startsEpisode;
    }

    /** Whether its finding ends an episode: the stream is dead or never started. */
    public boolean endsEpisode() {
        return endsEpisode;
    }

    /** Whether the finding is this rule's. */
    public boolean of(Finding f) {
        return f.rule().equals(id);
    }

    /** The rule of a finding. */
    public static RuleId of(String id) {
        for (RuleId r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no rule " + id);
    }
}
