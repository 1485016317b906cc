package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A verdict's own fix ({@code fixfor.KEY}) is looked up before a cause's fix for the platform
 * ({@code fix.x86}), so one that sends the reader to a device tree would reach a PC's incident,
 * whose hardware the ACPI tables, the machine driver and the DSP's topology describe: such a fix
 * has a PC's variant ({@code fixfor.KEY.x86}) unless its verdict is of hardware a PC has not got.
 */
class PcAdviceTest {
    /**
     * Verdicts of a board's parts only: TI's McASP, a USB device controller, pads two nodes mux, a
     * SoC's DMA engine, the Cortex-M core an i.MX runs its audio on over rpmsg.
     */
    private static final Set<String> BOARDS_ONLY = Set.of("format-unsupported.mcasp", "usb-gadget-endpoint",
            "codec.pins", "dma-channel.controller", "dsp-firmware.rpmsg");
    private static final Pattern DEVICE_TREE = Pattern.compile("device[- ]tree");
    private static final Pattern PC_WORDS = Pattern.compile("ACPI|laptop|\\bPC\\b|BIOS|topology");

    @Test
    void aFixThatNamesOnlyADeviceTreeHasAPcsVariant() {
        Map<String, String> texts = CauseTable.texts();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith("fixfor.") || !CauseTable.withoutPlatform(key).equals(key)
                    || BOARDS_ONLY.contains(key.substring(7))
                    || texts.containsKey(key + ".x86")) {
                continue;
            }
            if (DEVICE_TREE.matcher(e.getValue()).find() && !PC_WORDS.matcher(e.getValue()).find()) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "fixes that name only a device tree, with no .x86 variant: " + missing);
        assertTrue(texts.containsKey("fixfor.clock-rate.sysclk.x86"), texts.keySet().toString());
    }
}
