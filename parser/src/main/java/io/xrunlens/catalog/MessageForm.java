package io.xrunlens.catalog;

import io.xrunlens.event.PcmDirection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of the message catalogue: a kernel format string, what it means, which drivers print
 * it, and a sample body that a test parses (so a row cannot drift from its own example).
 *
 * @param id          stable name of the row ("fsl-sai.tx-underrun"), shown in findings
 * @param family      what it says about audio
 * @param format      the kernel's format string, without the trailing newline
 * @param direction   the stream it concerns, where the message says (TX = playback)
 * @param drivers     dev_printk driver names that print it ("fsl-sai", "*lpass*" globs); empty: any
 * @param needsOrigin true when the text alone is too generic ("IRQ underrun"): a record without a
 *                    driver prefix is then not taken for this message
 * @param driversTree empty, or for a row whose text is not audio's own ("failed to get %s") the source
 *                    tree it comes from ("sound", "drivers/dma"): a line of a driver known to be of
 *                    another tree (a display driver, or a codec for a DMA engine's row) is then not
 *                    taken for this message
 * @param source      where it comes from: file, printk level, kernels (for the README and readers)
 * @param sample      a message body as the kernel prints it, checked against the format by a test
 */
public record MessageForm(String id, MessageFamily family, String format, PcmDirection direction,
                          List<String> drivers, boolean needsOrigin, String driversTree, String source,
                          String sample) {

    Pattern pattern() {
        return FormatPattern.compile(format);
    }

    /** The literal text every match contains, used as the row's keyword. */
    public String anchor() {
        return FormatPattern.anchor(format);
    }

    /**
     * {@link #acceptsDriver}, where a device printed with no driver's name (dev_printk of a
     * device no driver is bound to: an ASoC runtime's "MultiMedia1") is the origin a row of
     * dev_printk wants, unless the row names its drivers.
     */
    public boolean acceptsOrigin(String driver, String device) {
        return driver.isEmpty() && !device.isEmpty() ? drivers.isEmpty() : acceptsDriver(driver);
    }

    /**
     * Whether the row is printed with no origin ever (its only driver is ""): the kernel's own
     * notice of a rate limit, printed with printk, never by a device. A line with an origin
     * before such words is another's.
     */
    public boolean refusesOrigin() {
        return drivers.size() == 1 && drivers.get(0).isEmpty();
    }

    /** Whether a record from this driver ("" when the record has no dev_printk prefix) may be this message. */
    public boolean acceptsDriver(String driver) {
        if (driver.isEmpty()) {
            return !needsOrigin;
        }
        if (drivers.isEmpty()) {
            return true;
        }
        for (String glob : drivers) {
            if (globMatches(glob, driver)) {
                return true;
            }
        }
        return false;
    }

    private static boolean globMatches(String glob, String s) {
        boolean lead = glob.startsWith("*");
        boolean trail = glob.endsWith("*") && glob.length() > 1;
        String core = glob.substring(lead ? 1 : 0, glob.length() - (trail ? 1 : 0));
        if (lead && trail) {
            return s.contains(core);
        }
        if (lead) {
            return s.endsWith(core);
        }
        if (trail) {
            return s.startsWith(core);
        }
        return s.equals(core);
    }
}
