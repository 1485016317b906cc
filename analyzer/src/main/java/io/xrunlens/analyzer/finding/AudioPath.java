package io.xrunlens.analyzer.finding;

import java.util.List;

/**
 * Which audio path a finding's lines came from, for telling failure episodes apart: a USB audio
 * device's, for which no SoC, PCI or HDA card's driver prints (a USB headset refusing a rate and
 * a laptop's HDA codec not answering a second later are two failures, each with its own cause
 * and fix), another card's, or none named (a sound server's or the ALSA core's line without a
 * device, which may belong to either).
 */
enum AudioPath {
    NONE, USB, OTHER;

    static AudioPath of(Finding f) {
        String driver = f.driver();
        String device = f.device();
        if (RuleId.USB_AUDIO.of(f) || driver.equals("usb") || driver.startsWith("snd-usb") || driver.startsWith("snd_usb")
                || isUsbDeviceName(device)) {
            return USB;
        }
        return driver.isEmpty() && device.isEmpty() ? NONE : OTHER;
    }

    /**
     * Whether a device's name is a USB device's or interface's as the USB core gives it: "3-2",
     * "1-1.4.2", "1-1:1.0"; ports have one to three digits, so an I2C device's "1-0018" (its bus
     * and a four-digit address) is not one. By hand: asked of every finding a chain may take.
     */
    static boolean isUsbDeviceName(String d) {
        int i = digits(d, 0, 9);
        if (i == 0 || i == d.length() || d.charAt(i) != '-') {
            return false;
        }
        int at = i + 1;
        while (true) { // a port, then more after dots
            int end = digits(d, at, 3);
            if (end == at) {
                return false;
            }
            if (end == d.length()) {
                return true;
            }
            if (d.charAt(end) == ':') { // an interface: configuration.interface
                int config = digits(d, end + 1, 3);
                if (config == end + 1 || config == d.length() || d.charAt(config) != '.') {
                    return false;
                }
                int iface = digits(d, config + 1, 3);
                return iface > config + 1 && iface == d.length();
            }
            if (d.charAt(end) != '.') {
                return false;
            }
            at = end + 1;
        }
    }

    /** The end of the run of at most {@code max} digits at {@code from}; {@code from} when none, or when more follow. */
    private static int digits(String d, int from, int max) {
        int i = from;
        while (i < d.length() && i - from <= max && Character.isDigit(d.charAt(i))) {
            i++;
        }
        return i - from > max ? from : i;
    }

    /** The path of a chain: its first finding's that names one, else none. */
    static AudioPath of(List<Finding> chain) {
        for (Finding f : chain) {
            AudioPath p = of(f);
            if (p != NONE) {
                return p;
            }
        }
        return NONE;
    }

    /** Whether a finding on {@code other} may join a chain on this path: either names none, or both the same. */
    boolean admits(AudioPath other) {
        return this == NONE || other == NONE || this == other;
    }
}
