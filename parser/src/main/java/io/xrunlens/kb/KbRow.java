package io.xrunlens.kb;

import io.xrunlens.catalog.MessageFamily;
import java.util.List;

/**
 * One message the kernel prints, as the knowledge base records it: one printk-family call of
 * the kernel source, found by {@link io.xrunlens.kb.source.KbGenerator} or written by hand.
 *
 * @param id        stable name: the source file's stem, its function and a hash of the format
 *                  ("atmel-i2s.atmel_i2s_interrupt.6d1c")
 * @param family    what the message says about audio
 * @param level     printk level name: emerg, alert, crit, err, warn, notice, info, dbg
 * @param macro     the call that prints it ("dev_err", "usb_audio_err", "pr_warn")
 * @param prefix    what precedes the format on the line
 * @param prFmt     for {@link Prefix#PR_FMT}, the file's pr_fmt text before the format ("" if none)
 * @param file      the source file, relative to the tree ("sound/soc/atmel/atmel-i2s.c")
 * @param function  the function that makes the call
 * @param versions  the kernel versions whose source has this call ("6.1", "6.12")
 * @param anchor    the word or word pair it is filed under ({@link AnchorChoice}); "-" none, "" not chosen yet
 * @param format    the format string, adjacent literals joined, without its trailing newline
 */
public record KbRow(String id, MessageFamily family, String level, String macro, Prefix prefix, String prFmt,
                    String file, String function, List<String> versions, String anchor, String format) {

    /** The same row with another family (an override). */
    public KbRow withFamily(MessageFamily f) {
        return new KbRow(id, f, level, macro, prefix, prFmt, file, function, versions, anchor, format);
    }

    /** The same row with its anchor chosen. */
    public KbRow withAnchor(String a) {
        return new KbRow(id, family, level, macro, prefix, prFmt, file, function, versions, a, format);
    }

    /** Levels at which a message reports something wrong. */
    public boolean isError() {
        return switch (level) {
            case "emerg", "alert", "crit", "err" -> true;
            default -> false;
        };
    }

    /** A debug call's row: seen only with dynamic debug on, and never an error. */
    public boolean isDebug() {
        return level.equals("dbg");
    }

    /** "sound/soc/atmel/atmel-i2s.c atmel_i2s_interrupt, dev_err, Linux 6.1 6.12", for findings and explain. */
    public String source() {
        return file + " " + function + ", " + macro + ", Linux " + String.join(" ", versions);
    }
}
