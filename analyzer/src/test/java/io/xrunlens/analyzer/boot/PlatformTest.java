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

    /** A device-tree board's "Machine model:" line tells its platform; a board of another family's, none. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Raspberry Pi 4 Model B Rev 1.4|RASPBERRY_PI",
        "Raspberry Pi Zero 2 W Rev 1.0|RASPBERRY_PI",
        "Freescale i.MX6 Quad SABRE Smart Device Board|IMX",
        "NXP i.MX8MPlus EVK board|IMX",
        "TI AM335x BeagleBone Black|TI",
        "Texas Instruments AM62x SK|TI",
        "STMicroelectronics STM32MP157C-DK2 Discovery Board|STM32",
        "Pine64 RockPro64 v2.1 (rk3399)|ROCKCHIP",
        "Qualcomm Technologies, Inc. Robotics RB5|QUALCOMM",
        "Pine64 PinePhone (1.2)|GENERIC",
        "Libre Computer AML-S905X-CC|GENERIC",
    })
    void aBoardsMachineModelTellsItsPlatform(String model, Platform platform) {
        assertEquals(platform, Platform.ofMachine(model));
    }
}
