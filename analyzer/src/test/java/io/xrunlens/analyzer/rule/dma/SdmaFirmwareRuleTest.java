package io.xrunlens.analyzer.rule.dma;

import static io.xrunlens.analyzer.Logs.findings;
import static io.xrunlens.analyzer.Logs.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
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

    /**
     * A device tree that names no RAM firmware leaves the ROM scripts in use with no load tried:
     * the same note (a failure's root where audio fails), never a DMA channel's error.
     */
    @Test
    void aDeviceTreeThatNamesNoFirmwareIsTheRomScripts() {
        for (String text : new String[] {"failed to get firmware name", "failed to get firmware from device tree"}) {
            InputReport r = Logs.analyze(line(0.4, SDMA + text));
            assertEquals(List.of(SdmaFirmwareRule.ID), r.findings().stream().map(Finding::rule).toList(), text);
            assertEquals(Severity.INFO, r.findings().get(0).severity(), text);
            assertTrue(r.incidents().isEmpty(), text);
        }
        InputReport failed = Logs.analyze(line(0.4, SDMA + "failed to get firmware name")
                + line(25.4, "fsl-ssi-dai 202c000.ssi: Timeout waiting TX FIFO filling"));
        assertEquals("sdma-firmware", failed.incidents().get(0).cause().id(), failed.incidents().get(0).verdict());
        assertTrue(failed.incidents().get(0).fix().contains("fsl,sdma-ram-script-name"), failed.incidents().get(0).fix());
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
