package io.xrunlens.event;

import java.util.Locale;

/** Stream direction of a PCM substream. */
public enum PcmDirection {
    CAPTURE, PLAYBACK, UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** From "capture"/"playback" or a function name containing one of them. */
    public static PcmDirection fromText(String text) {
        if (text.contains("capture")) {
            return CAPTURE;
        }
        if (text.contains("playback")) {
            return PLAYBACK;
        }
        return UNKNOWN;
    }

    /** From an ALSA debug name "pcmC0D0c" / "pcmC0D0p". */
    public static PcmDirection fromPcmName(String name) {
        if (name.endsWith("c")) {
            return CAPTURE;
        }
        if (name.endsWith("p")) {
            return PLAYBACK;
        }
        return UNKNOWN;
    }
}
