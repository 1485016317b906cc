package io.xrunlens.analyzer.boot;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kind of board a boot ran on, judged from the drivers that printed: advice is only useful
 * for the hardware at hand (never i.MX advice for an x86 or USB log). The order of the table is
 * the order of precedence when a log shows drivers of several families.
 */
public enum Platform {
    IMX("i.MX", List.of("imx-sdma", "imx", "fsl-", "fsl_", "mxs-", "sof-audio-of-imx"), List.of("sound/soc/fsl",
            "sound/soc/sof/imx"), List.of("i.mx", "imx", "freescale", "nxp ")),
    TI("TI", List.of("davinci-mcasp", "ti-udma", "ti-bcdma", "ti-pktdma", "edma", "ti-edma", "omap"),
            List.of("sound/soc/ti", "drivers/dma/ti"), List.of("texas instruments", "ti am", "am335x", "beaglebone",
                    "beagleplay", "am625", "am62x", "am64", "am65", "j721e", "dra7", "omap")),
    RASPBERRY_PI("Raspberry Pi", List.of("bcm2835", "bcm2708", "bcm2711", "rpi", "vc4"), List.of(), List.of("raspberry pi")),
    STM32("STM32", List.of("st,stm32", "stm32"), List.of("sound/soc/stm", "drivers/dma/stm32"), List.of("stm32")),
    ROCKCHIP("Rockchip", List.of("rockchip", "rk"), List.of("sound/soc/rockchip"), List.of("rockchip", "rk3")),
    QUALCOMM("Qualcomm", List.of("qcom", "lpass", "apq8016", "sc7180", "q6"), List.of("sound/soc/qcom", "drivers/dma/qcom"),
            List.of("qualcomm", "qcom", "snapdragon")),
    // SOF's PCI and ACPI devices are a PC's; its device-tree ones ("sof-audio-of-mt8186", -imx8) a board's
    X86("x86", List.of("snd_hda_intel", "snd_hda_codec", "sof-audio-pci", "sof-audio-acpi", "sof_", "snd_intel8x0",
            "intel8x0", "snd_sof"),
            List.of("sound/soc/amd", "sound/soc/intel", "sound/soc/sof/amd", "sound/soc/sof/intel", "sound/pci/hda",
                    "sound/hda"), List.of()),
    GENERIC("generic", List.of(), List.of(), List.of());

    private final String label;
    private final List<String> driverPrefixes;
    /** Source folders whose drivers only this platform runs (an AMD laptop's ACP says nothing of AMD in its name). */
    private final List<String> folders;
    private final String key;
    /**
     * Words of a device-tree board's "Machine model:" line that tell this platform, lower case: a
     * board whose audio lines name no platform's driver (a generic card and codec) still has one.
     */
    private final List<String> machineWords;

    Platform(String label, List<String> driverPrefixes, List<String> folders, List<String> machineWords) {
        this.label = label;
        this.driverPrefixes = driverPrefixes;
        this.folders = folders;
        this.machineWords = machineWords;
        this.key = name().toLowerCase(Locale.ROOT).replace("_", "-");
    }

    /** Whether a driver of source folder {@code folder} ("sound/soc/intel/boards") is one of this platform's. */
    public boolean holdsFolder(String folder) {
        for (String f : folders) {
            if (folder.equals(f) || folder.startsWith(f + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The platform of one driver: its name's, else its source folder's ({@code folder}, where the
     * knowledge base knows it: Qualcomm's ADM DMA engine registers "adm-dma-engine"), else generic.
     */
    public static Platform ofDriver(String driver, Optional<String> folder) {
        Platform p = of(List.of(driver));
        if (p != GENERIC || folder.isEmpty()) {
            return p;
        }
        for (Platform q : values()) {
            if (q.holdsFolder(folder.get())) {
                return q;
            }
        }
        return GENERIC;
    }

    /** The platform a "Machine model:" line's board tells ("Raspberry Pi 4 Model B Rev 1.4"), else generic. */
    public static Platform ofMachine(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        for (Platform p : values()) {
            for (String word : p.machineWords) {
                if (m.contains(word)) {
                    return p;
                }
            }
        }
        return GENERIC;
    }

    public String label() {
        return label;
    }

    /** Lower-case key for message lookups: "imx", "ti", ... */
    public String key() {
        return key;
    }

    /** The platform of a boot whose records named these drivers: the first in the table that one of them tells. */
    public static Platform of(Collection<String> drivers) {
        Platform best = GENERIC;
        for (String driver : drivers) {
            Platform p = BY_DRIVER.get(driver);
            if (p == null) {
                p = ofDriver(driver);
                if (BY_DRIVER.size() < DRIVERS_KEPT) {
                    BY_DRIVER.put(driver, p);
                }
            }
            if (p.ordinal() < best.ordinal()) {
                best = p;
            }
        }
        return best;
    }

    /**
     * Each driver's platform, worked out once: a log of many short boots asked for every boot's
     * few dozen drivers against every prefix. Bounded: a hostile log may name any number.
     */
    private static final Map<String, Platform> BY_DRIVER = new ConcurrentHashMap<>();
    private static final int DRIVERS_KEPT = 4096;

    private static Platform ofDriver(String driver) {
        for (Platform p : values()) {
            for (String prefix : p.driverPrefixes) {
                if (driver.startsWith(prefix)) {
                    return p;
                }
            }
        }
        return GENERIC;
    }
}
