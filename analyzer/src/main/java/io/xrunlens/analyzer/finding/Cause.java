package io.xrunlens.analyzer.finding;

import java.util.Locale;

/**
 * Why an incident happened: the cause values of shared/DESIGN.md (a contract), ranked in
 * shared/kernel/xrun-causes.md.
 */
public enum Cause {
    DMA_TERMINATE_RACE, NO_BIT_CLOCK, SDMA_FIRMWARE, SCHEDULING, USB_AUDIO, CLOCK_RATE, CODEC, DAI_FIFO,
    DMA_CHANNEL, SYSTEM_LATENCY, POINTER, DSP_FIRMWARE, UNKNOWN;

    /** "dma-terminate-race", as JSON and the text report print it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
