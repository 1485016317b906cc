package io.xrunlens.event;

import java.util.Locale;
import java.util.regex.Pattern;

/** Stream direction of a PCM substream. */
public enum PcmDirection {
    CAPTURE, PLAYBACK, UNKNOWN;

    private static final Pattern TX = Pattern.compile("\\b(?:TX|Tx|tx|playback|Playback|PLAYBACK)\\b");
    private static final Pattern RX = Pattern.compile("\\b(?:RX|Rx|rx|capture|Capture|CAPTURE)\\b");

    /**
     * The stream a driver's words say: "TX", "Tx rate", "playback" or "RX", "capture"; none when
     * they say neither or both. DAI drivers name the direction by the serial line, not the PCM.
     */
    public static PcmDirection fromWords(String text) {
        boolean tx = TX.matcher(text).find();
        boolean rx = RX.matcher(text).find();
        return tx == rx ? UNKNOWN : tx ? PLAYBACK : CAPTURE;
    }

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
