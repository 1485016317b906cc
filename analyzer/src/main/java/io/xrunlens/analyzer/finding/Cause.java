package io.xrunlens.analyzer.finding;

import java.util.List;

/**
 * Why an incident happened. Each cause is a file, {@code causes/ID.properties}, read by
 * {@link CauseTable}: its title, evidence, verdicts, fixes and the decisions that choose it. The
 * ids are a contract (JSON, triage buckets). The constants below are the causes code names; a
 * cause its file alone decides needs none.
 *
 * @param id "dma-terminate-race", as JSON and the text report print it
 */
public record Cause(String id) {
    public static final Cause DMA_TERMINATE_RACE = new Cause("dma-terminate-race");
    public static final Cause NO_BIT_CLOCK = new Cause("no-bit-clock");
    public static final Cause SDMA_FIRMWARE = new Cause("sdma-firmware");
    public static final Cause SCHEDULING = new Cause("scheduling");
    public static final Cause USB_AUDIO = new Cause("usb-audio");
    public static final Cause CLOCK_RATE = new Cause("clock-rate");
    public static final Cause CODEC = new Cause("codec");
    public static final Cause DAI_FIFO = new Cause("dai-fifo");
    public static final Cause DMA_CHANNEL = new Cause("dma-channel");
    public static final Cause SYSTEM_LATENCY = new Cause("system-latency");
    public static final Cause POINTER = new Cause("pointer");
    public static final Cause DSP_FIRMWARE = new Cause("dsp-firmware");
    public static final Cause SUSPEND_RESUME = new Cause("suspend-resume");
    public static final Cause SOUNDWIRE = new Cause("soundwire");
    public static final Cause NO_CARD = new Cause("no-card");
    public static final Cause UNKNOWN = new Cause("unknown");

    /** The causes code names: each must have its file. */
    static final List<Cause> NAMED = List.of(DMA_TERMINATE_RACE, NO_BIT_CLOCK, SDMA_FIRMWARE, SCHEDULING, USB_AUDIO,
            CLOCK_RATE, CODEC, DAI_FIFO, DMA_CHANNEL, SYSTEM_LATENCY, POINTER, DSP_FIRMWARE, SUSPEND_RESUME,
            SOUNDWIRE, NO_CARD, UNKNOWN);

    /** "DMA terminate raced the restart after an XRUN": the title of a triage bucket. */
    public String title() {
        return CauseTable.of(this).title();
    }

    /** The cause of that id ("dma-terminate-race"), or null when no file names it. */
    public static Cause byId(String id) {
        CauseTable.Row row = CauseTable.rows().get(new Cause(id));
        return row == null ? null : row.cause();
    }

    @Override
    public String toString() {
        return id;
    }

    // Written out, not the record's own (linked through method handles when first called): the
    // causes key the tables every run reads at its start, and every incident asks them.
    @Override
    public boolean equals(Object o) {
        return o instanceof Cause other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
