package io.xrunlens.analyzer.rule;

import static io.xrunlens.analyzer.Logs.findings;
import static io.xrunlens.analyzer.Logs.sdma;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class MisappliedFreeRuleTest {
    private static final String ID = MisappliedFreeRule.ID;

    @Test
    void reportNamesOnlyTheDescriptorSubmittedAfterTheTerminate() throws Exception {
        InputReport r = Logs.analyzeSample("report/imx6-report-flattened.log");
        List<Finding> f = findings(r, ID);
        assertEquals(1, f.size());
        assertEquals(List.of("0a262722"), f.get(0).descriptors());
        assertEquals(535_203_207L, f.get(0).micros());
        assertEquals(2, f.get(0).channel().getAsInt());
        assertEquals(List.of(1L), f.get(0).lines());
    }

    @Test
    void submittedLineJoinsTheChannelOfThePrepItFollows() {
        // Channel 1's prep comes between; the vchan line belongs to the last prep, channel 2.
        InputReport r = Logs.analyze(sdma(1.0, "sdma_prep_dma_cyclic channel: 1")
                + sdma(1.0001, "vchan 11111111: txd 10000001[1]: submitted")
                + sdma(2.0, "sdma_prep_dma_cyclic channel: 2")
                + sdma(2.0001, "vchan 22222222: txd 20000001[1]: submitted")
                + sdma(100.0, "sdma_disable_channel_async channel: 2")
                + sdma(100.0002, "sdma_prep_dma_cyclic channel: 2")
                + sdma(100.0003, "vchan 22222222: txd 20000002[2]: submitted")
                + sdma(100.0012, "txd 20000001: freeing")
                + sdma(100.0013, "txd 20000002: freeing"));
        List<Finding> f = findings(r, ID);
        assertEquals(1, f.size());
        assertEquals(2, f.get(0).channel().getAsInt());
        assertEquals(List.of("20000002"), f.get(0).descriptors());
    }

    @Test
    void oldDescriptorFreedByABenignWorkerIsNotMisapplied() throws Exception {
        InputReport r = Logs.analyzeSample("synthetic/instrumented-benign-recovery.log");
        assertEquals(List.of(), findings(r, ID));
    }

    @Test
    void stockRaceNamesTheNewDescriptor() throws Exception {
        InputReport r = Logs.analyzeSample("synthetic/stock-5.4-race.log");
        List<Finding> f = findings(r, ID);
        assertEquals(1, f.size());
        assertEquals(List.of("7c1d3e55"), f.get(0).descriptors());
        assertEquals("inferred", f.get(0).confidence());
    }
}
