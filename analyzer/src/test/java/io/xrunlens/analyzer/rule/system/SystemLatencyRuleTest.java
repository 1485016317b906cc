package io.xrunlens.analyzer.rule.system;

import static io.xrunlens.analyzer.Logs.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Cause;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import org.junit.jupiter.api.Test;

class SystemLatencyRuleTest {
    @Test
    void anXrunWithinASecondOfRtThrottlingIsSystemLatency() throws Exception {
        InputReport r = Logs.analyzeSample("causes/rt-throttling-xrun.log");
        assertEquals(Severity.WARNING, findings(r, RuleId.SYSTEM_LATENCY.id()).get(0).severity());
        assertEquals(Cause.SYSTEM_LATENCY, r.incidents().get(0).cause());
    }

    @Test
    void latencyWithNoAudioIsANote() throws Exception {
        InputReport r = Logs.analyzeSample("causes/rt-throttling-no-audio.log");
        assertEquals(2, findings(r, RuleId.SYSTEM_LATENCY.id()).size());
        assertFalse(r.hasProblems());
    }

    @Test
    void aDisabledIrqBeforeAStallIsNamed() {
        InputReport r = Logs.analyze("[  99.500000] Disabling IRQ #58\n"
                + "[ 100.000000] imx-sgtl5000 sound: capture write error (DMA or IRQ trouble?)\n");
        assertEquals(Cause.SYSTEM_LATENCY, r.incidents().get(0).cause());
    }

    @Test
    void aWatchdogSoftLockupIsRead() {
        InputReport r = Logs.analyze("[ 50.0] watchdog: BUG: soft lockup - CPU#0 stuck for 23s! [arecord:412]\n");
        assertEquals("watchdog.soft-lockup", findings(r, RuleId.SYSTEM_LATENCY.id()).get(0).form());
    }
}
