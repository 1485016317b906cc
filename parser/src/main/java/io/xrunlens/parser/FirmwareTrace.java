package io.xrunlens.parser;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of an audio DSP firmware's own trace, which users paste where a kernel log is asked for
 * (a SOF bug report holds both): SOF's sof-logger prints "[344115122.500000] (  3948.385498) c0
 * dw-dma  src/drivers/dw/dma.c:1056 ERROR dw_dma_get_data_size(): xrun detected", a kernel-like
 * stamp, the time since the entry before, the DSP core and the firmware's file and line; SOF on
 * Zephyr (mtrace) prints Zephyr's log, "[00:00:09.548,343] &lt;err&gt; dai_comp: dai_common_copy: …".
 * xrunlens reads the kernel's side only; such lines are told as what they are, so a paste of
 * them alone is not said to hold no audio line, nor called merely "not a kernel log".
 */
public final class FirmwareTrace {
    /** sof-logger: a stamp, "(delta)", "cN", then a firmware source file and line further on. */
    private static final Pattern SOF_LOGGER = Pattern.compile(
            "^\\s*\\[\\s*\\d+\\.\\d+\\]\\s*\\(\\s*-?\\d+\\.\\d+\\)\\s+c\\d+\\s+\\S.*?\\S+\\.[ch]:\\d+\\s");
    /** Zephyr's log: "[hh:mm:ss.mmm,uuu] <lvl> module: ". */
    private static final Pattern ZEPHYR = Pattern.compile(
            "^\\[\\d{2}:\\d{2}:\\d{2}\\.\\d{3},\\d{3}\\] <(?:err|wrn|inf|dbg)> [A-Za-z0-9_]+: ");
    /** What the note on such an input starts with; a report tells its audio lines by it. */
    public static final String NOTE = "an audio DSP firmware's own trace";

    private FirmwareTrace() {
    }

    /** Whether the line is one of a DSP firmware's trace, by its shape. */
    static boolean isTraceLine(String line) {
        char c = line.isEmpty() ? ' ' : line.charAt(0);
        if (c != '[' && c != ' ') {
            return false; // both shapes open with their stamp: most lines are refused here
        }
        return SOF_LOGGER.matcher(line).find() || ZEPHYR.matcher(line).find();
    }

    /** How many of the lines are a DSP firmware's trace. */
    static int count(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            if (isTraceLine(line)) {
                n++;
            }
        }
        return n;
    }

    /** Whether an input's notes say its lines are a DSP firmware's trace ({@link #note}). */
    public static boolean noted(List<String> notes) {
        for (String n : notes) {
            if (n.startsWith(NOTE)) {
                return true;
            }
        }
        return false;
    }

    /** The note for an input whose first {@code of} lines hold {@code n} of a firmware's trace. */
    static String note(int n, int of) {
        return NOTE + " (SOF's sof-logger, or Zephyr's log as SOF's mtrace prints it) in " + n + " of the first " + of
                + " lines: xrunlens does not read it; the kernel's log of the same run (dmesg, journalctl -k) tells"
                + " what the driver saw";
    }
}
