package io.xrunlens.analyzer.finding;

import io.xrunlens.event.KernelRelease;
import java.util.Optional;

/**
 * Which kernels carry the imx-sdma terminate-worker race and which commits fix it: the worker came with b8603d2a5795 in v5.0; the driver fix
 * 4e2b10be1f4f ("add terminated list for freed descriptor in worker") is in v5.15; the ALSA
 * fix e8343410ddf0 ("Synchronize dma channel after drop()") is in v6.11 and stable 5.10.223,
 * 5.15.164 and 6.1.101.
 */
public final class KernelFacts {
    private KernelFacts() {
    }

    /** imx-sdma's terminate worker frees every descriptor: v5.0 to v5.14, unless the ALSA fix is in. */
    public static boolean hasImxSdmaRace(KernelRelease k) {
        return k.compareTo(5, 0, 0) >= 0 && k.compareTo(5, 15, 0) < 0 && !hasAlsaSyncFix(k);
    }

    /**
     * e8343410ddf0 "ALSA: dmaengine: Synchronize dma channel after drop()": v6.11, stable 6.1.101,
     * 5.15.164, 5.10.223. With it, PREPARE after an XRUN waits for the DMA engine's terminate.
     */
    public static boolean hasAlsaSyncFix(KernelRelease k) {
        return k.compareTo(6, 11, 0) >= 0 || k.isSeries(6, 1) && k.sublevel() >= 101
                || k.isSeries(5, 15) && k.sublevel() >= 164 || k.isSeries(5, 10) && k.sublevel() >= 223;
    }

    /** How the boot's kernel relates to the generic dmaengine terminate/restart race. */
    public static String alsaAssessment(Optional<KernelRelease> kernel) {
        if (kernel.isEmpty()) {
            return "kernel version not in the log; the ALSA fix e8343410ddf0 is in v6.11 and stable 5.10.223,"
                    + " 5.15.164, 6.1.101";
        }
        KernelRelease k = kernel.get();
        return hasAlsaSyncFix(k) ? "kernel " + k.text() + " has the ALSA fix e8343410ddf0: check the DMA driver"
                : "kernel " + k.text() + " predates the ALSA fix e8343410ddf0 (v6.11; stable 5.10.223, 5.15.164,"
                        + " 6.1.101)";
    }

    /** How the boot's kernel relates to the race, as a clause for the verdict. */
    public static String assessment(Optional<KernelRelease> kernel) {
        if (kernel.isEmpty()) {
            return "kernel version not in the log; mainline imx-sdma has this race from v5.0 to v5.14";
        }
        KernelRelease k = kernel.get();
        if (k.compareTo(5, 0, 0) < 0) {
            return "kernel " + k.text() + " predates the imx-sdma terminate worker (v5.0), so a vendor backport"
                    + " must have brought the race in";
        }
        if (k.compareTo(5, 15, 0) >= 0) {
            return "kernel " + k.text() + " should have the imx-sdma fix 4e2b10be1f4f (v5.15): check for vendor"
                    + " changes to imx-sdma.c";
        }
        if (k.isSeries(5, 10) && k.sublevel() >= 223) {
            return "kernel " + k.text() + " has the imx-sdma race (v5.0-v5.14) but also the ALSA fix e8343410ddf0"
                    + " (5.10.223), which should prevent it: check for vendor changes";
        }
        return "kernel " + k.text() + " has this imx-sdma race (v5.0-v5.14)";
    }
}
