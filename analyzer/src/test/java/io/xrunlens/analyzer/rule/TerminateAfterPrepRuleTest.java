package io.xrunlens.analyzer.rule;

import static io.xrunlens.analyzer.Logs.findings;
import static io.xrunlens.analyzer.Logs.sdma;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminateAfterPrepRuleTest {
    private static final String ID = TerminateAfterPrepRule.ID;

    /** Stream start on channel 2 with descriptor A. */
    private static String start() {
        return sdma(12.0, "sdma_prep_dma_cyclic channel: 2")
                + sdma(12.00001, "entry 0: count: 1024 dma: 0x4c800000 wrap intr")
                + sdma(12.00002, "vchan 5e7e2c7a: txd aaaa0001[4]: submitted");
    }

    private static String restart(double t, String txd) {
        return sdma(t, "sdma_prep_dma_cyclic channel: 2")
                + sdma(t + 0.00001, "entry 0: count: 1024 dma: 0x4c800000 wrap intr")
                + sdma(t + 0.00002, "vchan 5e7e2c7a: txd " + txd + "[5]: submitted");
    }

    @Test
    void instrumentedTerminateFreedAfterPrepFires() {
        InputReport r = Logs.analyze(start()
                + sdma(100.0, "sdma_disable_channel_async channel: 2")
                + restart(100.0003, "bbbb0002")
                + sdma(100.0012, "txd aaaa0001: freeing")
                + sdma(100.00125, "txd bbbb0002: freeing"));
        List<Finding> f = findings(r, ID);
        assertEquals(1, f.size());
        assertEquals(2, f.get(0).channel().getAsInt());
        assertEquals("observed", f.get(0).confidence());
        assertEquals(100_000_300L, f.get(0).micros());
        assertEquals(List.of("aaaa0001", "bbbb0002"), f.get(0).descriptors());
        assertEquals(List.of("terminate", "prep", "submit", "free"),
                f.get(0).evidence().stream().map(e -> e.role()).toList());
    }

    @Test
    void framesLandingBeforeThePrepAreBenign() {
        InputReport r = Logs.analyze(start()
                + sdma(100.0, "sdma_disable_channel_async channel: 2")
                + sdma(100.0011, "txd aaaa0001: freeing")
                + restart(100.002, "bbbb0002"));
        assertEquals(List.of(), findings(r, ID));
    }

    @Test
    void stockKernelRaceIsInferredFromTheFrees() {
        InputReport r = Logs.analyze(start()
                + restart(100.0003, "bbbb0002")
                + sdma(100.0012, "txd aaaa0001: freeing")
                + sdma(100.00125, "txd bbbb0002: freeing"));
        List<Finding> f = findings(r, ID);
        assertEquals(1, f.size());
        assertEquals("inferred", f.get(0).confidence());
    }

    @Test
    void stockBenignTwinIsNotFlagged() {
        InputReport r = Logs.analyze(start()
                + sdma(100.0012, "txd aaaa0001: freeing")
                + restart(100.002, "bbbb0002"));
        assertEquals(List.of(), r.findings());
    }

    @Test
    void closeAndReopenIsNotFlagged() {
        InputReport r = Logs.analyze(start()
                + sdma(300.0, "txd aaaa0001: freeing")
                + restart(300.4, "bbbb0002")
                + sdma(900.0, "txd bbbb0002: freeing"));
        assertEquals(List.of(), r.findings());
    }

    @Test
    void workerStartingAfterThePrepFiresWithoutFreeLines() {
        // v5.6+ kernels print no frees; an instrumented worker start after the prep still proves it.
        InputReport r = Logs.analyze(start()
                + sdma(100.0, "sdma_terminate_all channel: 2")
                + restart(100.0003, "bbbb0002")
                + sdma(100.0005, "sdma_channel_terminate_work channel: 2"));
        List<Finding> f = findings(r, ID);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("only started"), f.get(0).message());
    }

    @Test
    void aFreeLongAfterTheTerminateIsNotItsWorker() {
        InputReport r = Logs.analyze(start()
                + sdma(100.0, "sdma_disable_channel_async channel: 2")
                + restart(100.0003, "bbbb0002")
                + sdma(400.0, "txd bbbb0002: freeing"));
        assertEquals(List.of(), findings(r, ID));
    }

    @Test
    void synchronizeEndsTheTerminate() {
        InputReport r = Logs.analyze(start()
                + sdma(100.0, "sdma_disable_channel_async channel: 2")
                + sdma(100.0001, "sdma_channel_synchronize channel: 2")
                + restart(100.0003, "bbbb0002"));
        assertEquals(List.of(), findings(r, ID));
    }

    @Test
    void anotherChannelsPrepDoesNotCount() {
        InputReport r = Logs.analyze(start()
                + sdma(100.0, "sdma_disable_channel_async channel: 2")
                + sdma(100.0003, "sdma_prep_dma_cyclic channel: 1")
                + sdma(100.0004, "vchan 11112222: txd cccc0003[1]: submitted")
                + sdma(100.0012, "txd aaaa0001: freeing"));
        assertEquals(List.of(), findings(r, ID));
    }

    @Test
    void theLogsClockDecidesTheOrderNotTheLineOrder() {
        // The free was printed after the prep but timestamped before it (another CPU): by the
        // clock the worker finished first, so this is a benign recovery.
        InputReport r = Logs.analyze(start()
                + sdma(100.0, "sdma_disable_channel_async channel: 2")
                + sdma(100.0013, "sdma_prep_dma_cyclic channel: 2")
                + sdma(100.0012, "txd aaaa0001: freeing")
                + sdma(100.0014, "vchan 5e7e2c7a: txd bbbb0002[5]: submitted"));
        assertEquals(List.of(), findings(r, ID));
    }

    @Test
    void equalTimesKeepLineOrder() {
        // A one-second clock: prep and frees share a time; line order says the frees came last.
        InputReport r = Logs.analyze("[Tue Nov 24 10:00:01 2026] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2\n"
                + "[Tue Nov 24 10:00:01 2026] imx-sdma 20ec000.sdma: vchan 5e7e2c7a: txd aaaa0001[4]: submitted\n"
                + "[Tue Nov 24 10:05:00 2026] imx-sdma 20ec000.sdma: sdma_disable_channel_async channel: 2\n"
                + "[Tue Nov 24 10:05:00 2026] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2\n"
                + "[Tue Nov 24 10:05:00 2026] imx-sdma 20ec000.sdma: vchan 5e7e2c7a: txd bbbb0002[5]: submitted\n"
                + "[Tue Nov 24 10:05:00 2026] imx-sdma 20ec000.sdma: txd aaaa0001: freeing\n"
                + "[Tue Nov 24 10:05:00 2026] imx-sdma 20ec000.sdma: txd bbbb0002: freeing\n");
        assertEquals(1, findings(r, ID).size());
        assertEquals(1, findings(r, MisappliedFreeRule.ID).size());
    }

    /**
     * A kernel whose RNG is not yet seeded prints every pointer as "(____ptrval____)": the frees
     * after the prep still prove the race, but none of them names the new descriptor, so no
     * misapplied free is claimed, and the verdict says why.
     */
    @Test
    void pointersPrintedAlikeStillShowTheRaceButNameNoDescriptor() {
        String unnamed = "(____ptrval____)";
        InputReport r = Logs.analyze((start()
                + sdma(100.0, "sdma_disable_channel_async channel: 2")
                + restart(100.0003, "bbbb0002")
                + sdma(100.0012, "txd aaaa0001: freeing")
                + sdma(100.00125, "txd bbbb0002: freeing")).replaceAll("(vchan|txd) [0-9a-f]{8}", "$1 " + unnamed));
        assertEquals(1, findings(r, ID).size());
        assertEquals(List.of(), findings(r, MisappliedFreeRule.ID));
        assertTrue(r.incidents().get(0).verdict().contains("printed every pointer as " + unnamed),
                r.incidents().get(0).verdict());
        // frees before the new prep: the benign recovery, unflagged as with hashed pointers
        InputReport benign = Logs.analyze((start()
                + sdma(100.0, "sdma_disable_channel_async channel: 2")
                + sdma(100.0012, "txd aaaa0001: freeing")
                + restart(100.0030, "bbbb0002")).replaceAll("(vchan|txd) [0-9a-f]{8}", "$1 " + unnamed));
        assertEquals(List.of(), findings(benign, ID));
    }
}
