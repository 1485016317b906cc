package io.xrunlens.event;

import java.util.List;

/**
 * What a DMA driver function does to a channel, from its name. Stock imx-sdma only prints
 * sdma_prep_dma_cyclic; instrumented kernels (like the i.MX6 report's) print the rest. The
 * table matches name suffixes so other dmaengine drivers that print "%s channel: %d" the same
 * way (e.g. a fsl_edma_prep_dma_cyclic) are understood without a new rule.
 */
public enum DmaRole {
    /** A cyclic transfer (audio ring buffer) is prepared: a new descriptor follows. */
    PREP_CYCLIC,
    /** A scatter-gather transfer is prepared. */
    PREP_SLAVE_SG,
    /** A memcpy transfer is prepared. */
    PREP_MEMCPY,
    /**
     * device_terminate_all: sdma_disable_channel_async (v5.0-v5.5), sdma_terminate_all (v5.6+).
     * Returns at once; the freeing is left to the terminate worker.
     */
    TERMINATE_ASYNC,
    /** sdma_channel_terminate_work starting: it sleeps ~1 ms, then frees every descriptor. */
    TERMINATE_WORK,
    /** device_synchronize (sdma_channel_synchronize): waits for the terminate worker. */
    SYNCHRONIZE,
    /** issue_pending: the submitted descriptor is started. */
    ISSUE_PENDING,
    /** Anything else (config, load context, status, disable). */
    OTHER;

    private record Suffix(String suffix, DmaRole role) {
    }

    private static final List<Suffix> BY_SUFFIX = List.of(
            new Suffix("_prep_dma_cyclic", PREP_CYCLIC),
            new Suffix("_prep_slave_sg", PREP_SLAVE_SG),
            new Suffix("_prep_memcpy", PREP_MEMCPY),
            new Suffix("_prep_dma_memcpy", PREP_MEMCPY),
            new Suffix("_disable_channel_async", TERMINATE_ASYNC),
            new Suffix("_terminate_all", TERMINATE_ASYNC),
            new Suffix("_terminate_work", TERMINATE_WORK),
            new Suffix("_terminate_worker", TERMINATE_WORK),
            new Suffix("_synchronize", SYNCHRONIZE),
            new Suffix("_issue_pending", ISSUE_PENDING));

    public static DmaRole of(String function) {
        for (Suffix s : BY_SUFFIX) {
            if (function.endsWith(s.suffix())) {
                return s.role();
            }
        }
        return OTHER;
    }

    public boolean isPrep() {
        return this == PREP_CYCLIC || this == PREP_SLAVE_SG || this == PREP_MEMCPY;
    }
}
