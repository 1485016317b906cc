package io.xrunlens.analyzer.finding;

import io.xrunlens.event.PcmDirection;

/** How sentences name a stream. */
public final class StreamNames {
    private StreamNames() {
    }

    public static String capitalized(PcmDirection d) {
        return switch (d) {
            case CAPTURE -> "Capture";
            case PLAYBACK -> "Playback";
            case UNKNOWN -> "The PCM stream";
        };
    }
}
