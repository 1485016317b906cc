package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A DSP firmware's trace is told from the kernel's lines by its shape alone. */
class FirmwareTraceTest {
    @Test
    void sofLoggersAndZephyrsLinesAreTrace() {
        assertTrue(FirmwareTrace.isTraceLine("[344115122.500000] (     3948.385498) c0 dw-dma                 "
                + "src/drivers/dw/dma.c:1056 ERROR dw_dma_get_data_size(): xrun detected"));
        assertTrue(FirmwareTrace.isTraceLine("[      412591.494022] (      412591.500000) c0 dma-trace          "
                + "..../intel/hda/hda-dma.c:861  ERROR hda_dma_link_check_xrun(): underrun detected"));
        assertTrue(FirmwareTrace.isTraceLine("[00:00:09.548,343] <err> dai_comp: dai_common_copy: comp:0 0x4 nothing to copy"));
    }

    @Test
    void kernelLinesAreNot() {
        for (String line : List.of(
                "[  535.201598] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2",
                "[    1.000000] (1)[123:kworker/1:2]mmc0: new high speed SDHC card at address aaaa",
                "[    2.000000] (0.5) c0 not a source file at all",
                "[00:00:09.548] <err> no microseconds: x",
                "Nov 24 10:00:00 board kernel: [    1.000000] x.c:12 y",
                "")) {
            assertFalse(FirmwareTrace.isTraceLine(line), line);
        }
        assertEquals(1, FirmwareTrace.count(List.of("[00:00:01.000,001] <inf> ipc: rx", "[  1.0] snd: x")));
    }
}
