package io.xrunlens.analyzer.finding;

/**
 * Who printed a line that has no kernel device before it: the player for alsa-utils' lines
 * ("arecord: main:830: audio open error: …"), ALSA's library for its "ALSA lib …" lines,
 * PulseAudio, PipeWire and GStreamer for their own, else {@code otherwise}.
 */
public final class Printers {
    private Printers() {
    }

    public static String of(String form, String line, String otherwise) {
        if (form.startsWith("pulseaudio.")) {
            return "PulseAudio";
        }
        if (form.startsWith("pipewire.")) {
            return "PipeWire";
        }
        if (form.startsWith("gstreamer.")) {
            return "GStreamer";
        }
        if (form.startsWith("alsa-lib.")) {
            return "alsa-lib";
        }
        if (form.startsWith("speaker-test.")) {
            return "speaker-test";
        }
        if (form.startsWith("alsa-utils.")) {
            int colon = line.indexOf(':');
            return colon > 0 ? line.substring(0, colon) : "the player";
        }
        return otherwise;
    }
}
