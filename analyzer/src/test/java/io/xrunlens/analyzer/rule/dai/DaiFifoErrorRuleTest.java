package io.xrunlens.analyzer.rule.dai;

import static io.xrunlens.analyzer.Logs.findings;
import static io.xrunlens.analyzer.Logs.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Cause;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.event.PcmDirection;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaiFifoErrorRuleTest {
    @Test
    void aBurstIsOneFindingWithItsCount() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            log.append(line(100.0 + i * 0.01, "fsl-sai 30020000.sai: isr: Transmit underrun detected"));
        }
        List<Finding> f = findings(Logs.analyze(log.toString()), RuleId.DAI_FIFO_ERROR.id());
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(PcmDirection.PLAYBACK, f.get(0).stream());
        assertTrue(f.get(0).message().contains("20 times until 100.190000"), f.get(0).message());
        assertEquals(5, f.get(0).evidence().size(), "evidence is capped, the rest counted");
    }

    @Test
    void burstsASecondApartAreSeparate() {
        List<Finding> f = findings(Logs.analyze(line(1.0, "davinci-mcasp 48038000.mcasp: Receive buffer overflow")
                + line(3.0, "davinci-mcasp 48038000.mcasp: Receive buffer overflow")), RuleId.DAI_FIFO_ERROR.id());
        assertEquals(2, f.size());
        assertEquals(PcmDirection.CAPTURE, f.get(0).stream());
    }

    @Test
    void stm32NeedsItsDriverPrefixAndACommaNamedDriverIsFramed() {
        InputReport r = Logs.analyze(line(1.0, "st,stm32-sai-sub 4400b004.audio-controller: IRQ underrun")
                + line(9.0, "IRQ underrun") + line(12.0, "foo-uart 4000.serial: IRQ underrun"));
        List<Finding> f = findings(r, RuleId.DAI_FIFO_ERROR.id());
        assertEquals(1, f.size());
        assertEquals("st,stm32-sai-sub", f.get(0).driver());
        assertEquals(Cause.DAI_FIFO, r.incidents().get(0).cause());
    }

    @Test
    void stm32WrongClockIsNoBitClock() {
        InputReport r = Logs.analyze(line(1.0, "st,stm32-sai-sub 4400b004.audio-controller: IRQ wrong clock"
                + " configuration"));
        assertEquals(Cause.NO_BIT_CLOCK, r.incidents().get(0).cause());
    }

    /** An inferred missing clock says how to see the clocks, on a Pi its pins, not a stream's XRUN switches. */
    @Test
    void aMissingClockSaysHowToSeeTheClocks() {
        Incident pi = Logs.analyze(line(224.0, "bcm2835-i2s 3f203000.i2s: I2S SYNC error!")).incidents().get(0);
        assertEquals(Cause.NO_BIT_CLOCK, pi.cause());
        assertTrue(pi.next().contains("GPIO 18 and 19") && !pi.next().contains("xrun_debug"), pi.next());
        Incident rk = Logs.analyze(line(30.0, "rockchip-i2s ff880000.i2s: fail to clear: 257")).incidents().get(0);
        assertEquals(Cause.NO_BIT_CLOCK, rk.cause(), rk.verdict());
        assertTrue(rk.next().contains("clk_summary") && !rk.next().contains("GPIO 18"), rk.next());
    }

    @Test
    void aUartOverrunIsNotADaiError() {
        assertEquals(List.of(), Logs.analyze(line(1.0, "ttyS2: 1 input overrun(s)")
                + line(2.0, "imx-uart 21ec000.serial: DMA transaction error.")).findings());
    }
}
