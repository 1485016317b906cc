package io.xrunlens.analyzer.rule.stream;

import static io.xrunlens.analyzer.Logs.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Cause;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import org.junit.jupiter.api.Test;

class HwPointerRuleTest {
    @Test
    void unexpectedHwPtrIsAPointerWarning() {
        InputReport r = Logs.analyze("[  10.000000] ALSA: PCM: [Q] Unexpected hw_ptr: (stream=0, pos=4,"
                + " new_hw_ptr=16388, old_hw_ptr=4)\n");
        assertEquals(Severity.WARNING, findings(r, RuleId.HW_POINTER.id()).get(0).severity());
        assertEquals(Cause.POINTER, r.incidents().get(0).cause());
    }

    @Test
    void theOld26FormsAreRead() throws Exception {
        InputReport r = Logs.analyzeSample("causes/x86-2.6-au8820-pointer.log");
        assertEquals("pcm.bug-position", findings(r, RuleId.HW_POINTER.id()).get(0).form());
        assertEquals("period-interrupt", findings(r, "xrun").get(0).form(), "the 2.6 XRUN and its stack");
    }

    @Test
    void aSuppressedNoticeAloneIsANote() throws Exception {
        InputReport r = Logs.analyzeSample("causes/pointer-note-only.log");
        assertEquals(1, findings(r, RuleId.HW_POINTER.id()).size(), "net_ratelimit is not ALSA's");
        assertFalse(r.hasProblems());
    }
}
