package io.xrunlens.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xrunlens.analyzer.finding.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plain dmesg line whose file prints the same text at another level in another release is
 * read as the boot's kernel prints it: mt8186-afe-gpio.c's "MOSI CLK ON select fail!" and
 * soc-pcm.c's "no backend DAIs enabled" are errors in 6.1 and debug prints in 6.12, at_hdmac.c's
 * "length is zero!" the other way round. A release between the two trees, and a log that names
 * none, keep the error.
 */
class KernelReleaseRowsTest {
    private static final String LINES = Logs.line(5.1, "mt8186-afe-gpio 11210000.audio-controller:"
            + " mt8186_afe_gpio_adda_dl(), MOSI CLK ON select fail!")
            + Logs.line(5.2, "soc-pcm 11210000.audio-controller: ASoC: no backend DAIs enabled for Playback")
            + Logs.line(5.3, "at_hdmac ffffec00.dma-controller: prep_dma_memcpy: length is zero!");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "6.12.5|3",
        "6.15.1-rc2|3",
        "6.1.90|1,2",
        "5.15.140|1,2",
        "6.6.30|1,2,3",
        "|1,2,3",
    })
    void aTextWhoseLevelChangedReadsAsTheBootsKernelPrintsIt(String release, String errorLines) {
        String version = release == null ? "" : Logs.line(0, "Linux version " + release + " (builder@host) (gcc 12) #1 SMP");
        InputReport report = Logs.analyze(version + LINES);
        int offset = release == null ? 0 : 1;
        List<String> lines = report.findings().stream().map(Finding::evidence)
                .map(e -> String.valueOf(e.get(0).line() - offset)).toList();
        assertEquals(List.of(errorLines.split(",")), lines, report.findings().toString());
    }
}
