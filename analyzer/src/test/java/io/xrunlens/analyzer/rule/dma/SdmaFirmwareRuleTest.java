package io.xrunlens.analyzer.rule.dma;

import static io.xrunlens.analyzer.Logs.findings;
import static io.xrunlens.analyzer.Logs.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdmaFirmwareRuleTest {
    private static final String SDMA = "imx-sdma 20ec000.sdma: ";

    @Test
    void aLateButCurrentFirmwareIsAHealthyBootsNote() {
        assertEquals(List.of(), findings(Logs.analyze(
                line(0.4, SDMA + "Direct firmware load for imx/sdma/sdma-imx6q.bin failed with error -2")
                        + line(0.41, SDMA + "Falling back to sysfs fallback for: imx/sdma/sdma-imx6q.bin")
                        + line(3.5, SDMA + "loaded firmware 3.5")), SdmaFirmwareRule.ID));
    }

    @Test
    void romFirmwareAloneIsInfo() {
        List<Finding> f = findings(Logs.analyze(line(0.4, SDMA + "external firmware not found, using ROM firmware")),
                SdmaFirmwareRule.ID);
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals("imx-sdma.fw-rom", f.get(0).form());
    }

    @Test
    void oldFirmwareAndMissingFirmwareAreNamed() {
        assertEquals("imx-sdma.fw-old", findings(Logs.analyze(line(0.9, SDMA + "loaded firmware 1.1")),
                SdmaFirmwareRule.ID).get(0).form());
        assertEquals("imx-sdma.fw-missing", findings(Logs.analyze(line(0.4, SDMA
                + "Direct firmware load for imx/sdma/sdma-imx6q.bin failed with error -2")), SdmaFirmwareRule.ID)
                .get(0).form());
    }

    @Test
    void anotherDevicesFirmwareIsNotSdmas() {
        assertEquals(List.of(), Logs.analyze(line(4.1, "brcmfmac mmc1:0001:1: Direct firmware load for"
                + " brcm/brcmfmac43430-sdio.txt failed with error -2")).findings());
    }
}
