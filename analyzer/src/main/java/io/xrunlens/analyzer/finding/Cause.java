package io.xrunlens.analyzer.finding;

import java.util.Locale;

/**
 * Why an incident happened. The ids are a contract (JSON, triage buckets); what each cause is
 * (title, evidence, fix in short) is data in {@code causes.tsv}, read by {@link CauseTable}.
 */
public enum Cause {
    DMA_TERMINATE_RACE, NO_BIT_CLOCK, SDMA_FIRMWARE, SCHEDULING, USB_AUDIO, CLOCK_RATE, CODEC, DAI_FIFO,
    DMA_CHANNEL, SYSTEM_LATENCY, POINTER, DSP_FIRMWARE, UNKNOWN;

    /** "dma-terminate-race", as JSON and the text report print it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "DMA terminate raced the restart after an XRUN": the title of a triage bucket. */
    public String title() {
        return CauseTable.of(this).title();
    }

    /** The cause of that id ("dma-terminate-race"), or null. */
    public static Cause byId(String id) {
        for (Cause c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }
}
