package io.xrunlens.event;

import java.util.Locale;
import java.util.regex.Pattern;

/** Stream direction of a PCM substream. */
public enum PcmDirection {
    CAPTURE, PLAYBACK, UNKNOWN;

    /** A message, not a stream: a DSP's "ipc tx timed out", a mailbox, MIDI's "cmd: tx timeout". */
    private static final String NOT_A_STREAM = "(?<!ipc )(?<!IPC )(?<!msg )(?<!mailbox )(?<!cmd: )(?<!midi )(?<!MIDI )";
    private static final Pattern TX = Pattern.compile(NOT_A_STREAM
            + "\\b(?:TX|Tx|tx|playback|Playback|PLAYBACK)\\b|\\bdir 0\\b");
    private static final Pattern RX = Pattern.compile(NOT_A_STREAM
            + "\\b(?:RX|Rx|rx|capture|Capture|CAPTURE)\\b|\\bdir 1\\b");

    /**
     * The stream a driver's words say: "TX", "Tx rate", "playback", SOF's "dir 0" or "RX",
     * "capture", "dir 1"; none when they say neither or both. DAI drivers name the direction by
     * the serial line, not the PCM; a DSP's IPC "tx" and "rx" are messages, not streams.
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
