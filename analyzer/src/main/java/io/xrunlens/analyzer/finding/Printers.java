package io.xrunlens.analyzer.finding;

import java.util.Map;

/**
 * Who printed a line that has no kernel device before it: the player for alsa-utils' lines
 * ("arecord: main:830: audio open error: …"), ALSA's library for its "ALSA lib …" lines,
 * PulseAudio, PipeWire and GStreamer for their own, else {@code otherwise}.
 */
public final class Printers {
    /** The programs whose catalogue rows' names start with their name's word ("pipewire.open-failed"). */
    private static final Map<String, String> BY_ROW_NAME = Map.of("pulseaudio", "PulseAudio", "pipewire", "PipeWire",
            "gstreamer", "GStreamer", "alsa-lib", "alsa-lib", "speaker-test", "speaker-test");

    private Printers() {
    }

    public static String of(String form, String line, String otherwise) {
        int dot = form.indexOf('.');
        String program = dot < 0 ? null : BY_ROW_NAME.get(form.substring(0, dot));
        if (program != null) {
            return program;
        }
        if (form.startsWith("alsa-utils.")) {
            int colon = line.indexOf(':');
            return colon > 0 ? line.substring(0, colon) : "the player";
        }
        return otherwise;
    }
}
