package io.xrunlens.analyzer.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A driver's platform, by its name, else by its source folder: the advice an incident gets follows it. */
class PlatformTest {
    @ParameterizedTest
    @CsvSource({
        "sof-audio-pci-intel-tgl,,X86",
        "sof-audio-acpi-intel-byt,,X86",
        "snd_sof_amd_renoir,,X86",
        "snd_hda_intel,,X86",
        // SOF on a board: its device-tree devices are MediaTek's or NXP's, not a PC's
        "sof-audio-of-mt8186,sound/soc/sof/mediatek/mt8186,GENERIC",
        "sof-audio-of-imx8,sound/soc/sof/imx,IMX",
        "fsl-sai,,IMX",
        "acp_mach,sound/soc/amd/acp,X86",
        "davinci-mcasp,,TI",
    })
    void aDriversPlatformIsItsNamesElseItsFolders(String driver, String folder, Platform platform) {
        assertEquals(platform, Platform.ofDriver(driver, Optional.ofNullable(folder)));
        if (folder == null) {
            assertEquals(platform, Platform.of(List.of(driver)));
        }
    }
}
