package io.xrunlens.analyzer.rule.stream;

import static io.xrunlens.analyzer.Logs.findings;
import static io.xrunlens.analyzer.Logs.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Cause;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamStartFailureRuleTest {
    @Test
    void rateDerivationIsAClockRateIncident() throws Exception {
        InputReport r = Logs.analyzeSample("causes/imx8mm-sai-44k1-rate.log");
        assertEquals(3, findings(r, StreamStartFailureRule.ID).size());
        assertEquals(Cause.CLOCK_RATE, r.incidents().get(0).cause());
        assertTrue(r.incidents().get(0).verdict().contains("1411200"), r.incidents().get(0).verdict());
    }

    @Test
    void aTriggerErrorIsAStartFailure() {
        InputReport r = Logs.analyze(line(31.2, "fsl-sai 30c30000.sai: ASoC: error at soc_component_trigger on"
                + " 30c30000.sai: -12"));
        assertEquals(1, findings(r, StreamStartFailureRule.ID).size());
    }

    @Test
    void probeDeferralsAndZeroPpmAreNotStartFailures() throws Exception {
        InputReport r = Logs.analyzeSample("causes/am335x-mcasp-healthy.log");
        assertEquals(List.of(), findings(r, StreamStartFailureRule.ID));
        assertEquals(false, r.hasProblems());
    }

    @Test
    void aNonZeroPpmErrorIsAWarning() {
        InputReport r = Logs.analyze(line(30.1, "davinci-mcasp 2b10000.audio-controller: Sample-rate is off by 400"
                + " PPM"));
        assertEquals(1, findings(r, StreamStartFailureRule.ID).size());
        assertEquals(Cause.CLOCK_RATE, r.incidents().get(0).cause());
    }

    @Test
    void aplaysOutOfMemoryIsAStartFailure() throws Exception {
        InputReport r = Logs.analyzeSample("causes/imx8mq-sdma-not-ready.log");
        assertEquals("app.enomem", findings(r, StreamStartFailureRule.ID).get(0).form());
        assertEquals(Cause.SDMA_FIRMWARE, r.incidents().get(0).cause());
    }
}
