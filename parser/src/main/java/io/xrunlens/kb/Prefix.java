package io.xrunlens.kb;

import java.util.Locale;

/**
 * What the kernel prints before a message's format. The record framer already takes a
 * dev_printk prefix ("fsl-sai 30c30000.sai: ") off a line, so {@link #DEVICE} rows match the
 * text after it, whichever driver or device printed it (downstream kernels rename drivers);
 * the other prefixes are part of the text.
 */
public enum Prefix {
    /** dev_*, usb_audio_* (the USB device, "usb 1-1.2: "), codec_* (the HDA codec device), pcm_*. */
    DEVICE,
    /** dev_err_probe: the device, then "error %pe: " (the error's name, or its number). */
    DEV_ERR_PROBE,
    /** pr_*: the file's pr_fmt, kept in the row's format (optional when matching). */
    PR_FMT,
    /** printk and its kin: nothing. */
    NONE;

    /** "device", as the data files write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The prefix a data file names ("device"); an unknown name is an IllegalArgumentException. */
    public static Prefix of(String id) {
        return switch (id) {
            case "device" -> DEVICE;
            case "dev-err-probe" -> DEV_ERR_PROBE;
            case "pr-fmt" -> PR_FMT;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException(id);
        };
    }
}
