package io.xrunlens.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Stream direction of a PCM substream. */
public enum PcmDirection {
    CAPTURE, PLAYBACK, UNKNOWN;

    /** Words before "tx"/"rx" that make it a message, not a stream: a DSP's "ipc tx timed out", MIDI's "cmd: tx". */
    private static final List<String> NOT_A_STREAM = List.of("ipc ", "IPC ", "msg ", "mailbox ", "cmd: ", "midi ",
            "MIDI ");
    private static final Set<String> TX = Set.of("TX", "Tx", "tx", "playback", "Playback", "PLAYBACK");
    private static final Set<String> RX = Set.of("RX", "Rx", "rx", "capture", "Capture", "CAPTURE");

    /**
     * The stream a driver's words say: "TX", "Tx rate", "playback", SOF's "dir 0" or "RX",
     * "capture", "dir 1"; none when they say neither or both. DAI drivers name the direction by
     * the serial line, not the PCM; a DSP's IPC "tx" and "rx" are messages, not streams. A scan
     * of the words, not a regular expression: it runs for every finding of a catalogued line.
     */
    public static PcmDirection fromWords(String text) {
        boolean tx = false;
        boolean rx = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length != 2 && length != 3 && length != 7 && length != 8) {
                continue; // no word of the sets, nor "dir": no copy of it is made
            }
            String word = text.substring(start, i);
            if ((TX.contains(word) || RX.contains(word)) && !afterMessageWord(text, start)) {
                tx |= TX.contains(word);
                rx |= RX.contains(word);
            } else if (word.equals("dir") && i + 2 <= n && text.charAt(i) == ' '
                    && (i + 2 == n || !isWordChar(text.charAt(i + 2)))) {
                tx |= text.charAt(i + 1) == '0';
                rx |= text.charAt(i + 1) == '1';
            }
        }
        return tx == rx ? UNKNOWN : tx ? PLAYBACK : CAPTURE;
    }

    private static boolean afterMessageWord(String text, int start) {
        for (String w : NOT_A_STREAM) {
            if (start >= w.length() && text.startsWith(w, start - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** As a regular expression's word boundary reads a character. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
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
