package io.xrunlens.analyzer.finding;

import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.kb.SoundDrivers;
import java.util.Map;
import java.util.Optional;

/**
 * Who printed a line that has no kernel device before it: the player for alsa-utils' lines
 * ("arecord: main:830: audio open error: …"), ALSA's library for its "ALSA lib …" lines,
 * PulseAudio, PipeWire and GStreamer for their own, a driver that starts its message with its own
 * name ("i2sbus: timed out waiting for DMA to stop!", "sscape: DMA upload has timed out"), else
 * {@code otherwise}.
 */
public final class Printers {
    /** The programs whose catalogue rows' names start with their name's word ("pipewire.open-failed"). */
    private static final Map<String, String> BY_ROW_NAME = Map.of("pulseaudio", "PulseAudio", "pipewire", "PipeWire",
            "gstreamer", "GStreamer", "alsa-lib", "alsa-lib", "speaker-test", "speaker-test");

    private Printers() {
    }

    public static String of(String form, String line, String otherwise) {
        String program = program(form, line);
        if (program != null) {
            return program;
        }
        String driver = driver(form);
        return driver != null ? driver : otherwise;
    }

    /** The program that printed a line of a program's row (a player, ALSA's library, a sound server); null for the kernel's. */
    public static String program(String form, String line) {
        int dot = form.indexOf('.');
        String program = dot < 0 ? null : BY_ROW_NAME.get(form.substring(0, dot));
        if (program != null) {
            return program;
        }
        if (form.startsWith("alsa-utils.")) {
            int colon = line.indexOf(':');
            return colon > 0 ? line.substring(0, colon) : "the player";
        }
        return null;
    }

    /** The kernel driver that starts a row's message with its own name ({@link #ownTag}); null if none. */
    public static String driver(String form) {
        return ownTag(KnowledgeBase.active().row(form));
    }

    /**
     * The name a knowledge-base row's format starts with, "name: ", where it is its source's own:
     * its file's or one of its folders' name, "snd-" or "snd_" aside, compared as driver names are
     * ("i2sbus" of sound/aoa/soundbus/i2sbus/pcm.c, "DBRI" of sound/sparc/dbri.c,
     * "snd_msnd_pinnacle" of msnd_pinnacle.c). A function's name ("load_dsp: ") or a word
     * ("ERROR: ", "ASoC: ") is no printer; null then.
     */
    static String ownTag(Optional<KbRow> row) {
        if (row.isEmpty()) {
            return null;
        }
        String format = row.get().format();
        int colon = format.indexOf(": ");
        if (colon <= 0 || colon > 24) {
            return null;
        }
        String tag = format.substring(0, colon);
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_') || i == 0 && !Character.isLetter(c)) {
                return null;
            }
        }
        String name = plain(tag);
        for (String part : row.get().file().split("/")) {
            String bare = part.endsWith(".c") ? part.substring(0, part.length() - 2) : part;
            if (plain(bare).equals(name)) {
                return tag;
            }
        }
        return null;
    }

    /** A name as driver names are compared ({@link SoundDrivers#asCompared(String)}), its "snd_" aside. */
    private static String plain(String name) {
        String n = SoundDrivers.asCompared(name);
        return n.startsWith("snd_") ? n.substring(4) : n;
    }
}
