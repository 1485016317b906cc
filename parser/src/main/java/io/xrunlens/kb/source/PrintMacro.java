package io.xrunlens.kb.source;

import io.xrunlens.kb.Prefix;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A printk-family macro of the kernel: which argument is its format, at which level it prints
 * (or none when the format's own {@code KERN_*} says), and what it prints before the format.
 * Read off include/linux/dev_printk.h, include/linux/printk.h, include/sound/pcm.h,
 * sound/usb/usbaudio.h and sound/pci/hda/hda_local.h; the variants (_ratelimited, _once) print
 * like their base.
 *
 * @param name        the macro ("dev_err_ratelimited")
 * @param formatIndex the position of the format among its arguments
 * @param level       the printk level name ("err"), or empty when the format carries it
 * @param prefix      what precedes the format on the printed line
 * @param formatText  text a file's own macro puts before the format it is given ("Pair %c: " of
 *                    fsl_asrc.c's {@code pair_err}); empty for the kernel's macros
 */
public record PrintMacro(String name, int formatIndex, String level, Prefix prefix, String formatText) {
    private static final String[] LEVELS = {"emerg", "alert", "crit", "err", "warn", "notice", "info", "dbg"};
    private static final String[] VARIANTS = {"", "_ratelimited", "_once"};
    private static final Map<String, PrintMacro> BY_NAME = table();

    private static Map<String, PrintMacro> table() {
        Map<String, PrintMacro> m = new HashMap<>();
        for (String level : LEVELS) {
            for (String v : VARIANTS) {
                put(m, "dev_" + level + v, 1, level, Prefix.DEVICE);
                put(m, "pr_" + (level.equals("dbg") ? "debug" : level) + v, 0, level, Prefix.PR_FMT);
                // snd-usb-audio prints under the USB device ("usb 1-1.2: "), HDA under the codec device
                put(m, "usb_audio_" + level + v, 1, level, Prefix.DEVICE);
                put(m, "codec_" + level + v, 1, level, Prefix.DEVICE);
                put(m, "pcm_" + level + v, 1, level, Prefix.DEVICE);
            }
        }
        put(m, "pr_warning", 0, "warn", Prefix.PR_FMT);
        put(m, "dev_err_probe", 2, "err", Prefix.DEV_ERR_PROBE);
        put(m, "dev_warn_probe", 2, "warn", Prefix.DEV_ERR_PROBE);
        put(m, "dev_printk", 2, "", Prefix.DEVICE);
        put(m, "printk", 0, "", Prefix.NONE);
        put(m, "printk_deferred", 0, "", Prefix.NONE);
        put(m, "printk_deferred_once", 0, "", Prefix.NONE);
        put(m, "printk_ratelimited", 0, "", Prefix.NONE);
        // 2.6/3.x ALSA: "ALSA sound/core/pcm_lib.c:169: " before the format when debugging was on
        put(m, "snd_printk", 0, "", Prefix.NONE);
        put(m, "snd_printd", 0, "dbg", Prefix.NONE);
        put(m, "WARN", 1, "warn", Prefix.NONE);
        put(m, "WARN_ONCE", 1, "warn", Prefix.NONE);
        put(m, "dev_WARN", 1, "warn", Prefix.DEVICE);
        put(m, "dev_WARN_ONCE", 2, "warn", Prefix.DEVICE);
        return Map.copyOf(m);
    }

    private static void put(Map<String, PrintMacro> m, String name, int index, String level, Prefix prefix) {
        m.put(name, new PrintMacro(name, index, level, prefix, ""));
    }

    public static Optional<PrintMacro> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The level a {@code KERN_*} name or its digit stands for ("KERN_ERR" and "3" give "err"). */
    static Optional<String> levelOf(String kern) {
        String k = kern.toUpperCase(Locale.ROOT);
        if (k.startsWith("KERN_")) {
            k = k.substring(5);
        }
        return switch (k) {
            case "EMERG", "0" -> Optional.of("emerg");
            case "ALERT", "1" -> Optional.of("alert");
            case "CRIT", "2" -> Optional.of("crit");
            case "ERR", "3" -> Optional.of("err");
            case "WARNING", "4" -> Optional.of("warn");
            case "NOTICE", "5" -> Optional.of("notice");
            case "INFO", "6" -> Optional.of("info");
            case "DEBUG", "7" -> Optional.of("dbg");
            default -> Optional.empty();
        };
    }
}
