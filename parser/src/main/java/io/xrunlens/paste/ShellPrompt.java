package io.xrunlens.paste;

import java.util.regex.Pattern;

/**
 * Recognises the shell and bootloader prompts people copy along with a log ("root@imx6:~# dmesg",
 * "~ # ", "$ aplay -D hw:0 x.wav", "=> boot", "PS C:\logs> "). Such a line is never a wrapped
 * piece of the record before it: it stays a line (an unknown record) of its own.
 */
public final class ShellPrompt {
    private static final Pattern PROMPT = Pattern.compile(String.join("|",
            "[\\w.-]+@[\\w.-]+(?::\\S*)? ?[#$%] ",     // user@host:path#  (bash, zsh, BusyBox with a host)
            "\\[[\\w.-]+@[\\w.-]+[^\\]]*\\][#$] ?",    // [user@host dir]$ (Fedora)
            "[~/]\\S* [#$] ",                          // BusyBox "~ # ", "/ # "
            "[#$] \\S",                               // "$ dmesg", "# aplay ..."
            "(?:=>|U-Boot>|uboot>) ",                  // U-Boot
            "PS [A-Za-z]:\\\\[^>]*> ",                 // PowerShell
            "[A-Za-z]:\\\\[^>]*>\\S"));               // cmd.exe

    /**
     * What audio programs print, pasted between kernel lines: their own lines, never the tail of
     * the record before ("aplay: pcm_write:2011: write error: ...", "ALSA lib pcm.c:...",
     * PulseAudio's "E: [alsa-sink] ...", "speaker-test 1.2.8").
     */
    private static final Pattern PROGRAM = Pattern.compile(String.join("|",
            "(?:aplay|arecord|speaker-test|alsaloop|alsactl|amixer|jackd|pulseaudio|pipewire|wireplumber"
                    + "|gst-launch-1\\.0)(?:\\[\\d+\\])?:? ",
            "ALSA lib ",
            "[EWIND]: \\[[^\\]]+\\] "));

    private ShellPrompt() {
    }

    /** Whether the line is an audio program's own output (see {@link #PROGRAM}). */
    public static boolean isProgramOutput(String line) {
        return !line.isEmpty() && PROGRAM.matcher(line).lookingAt();
    }

    /** Whether the line starts with a prompt (with or without a typed command after it). */
    public static boolean matches(String line) {
        return !line.isEmpty() && PROMPT.matcher(line).lookingAt();
    }
}
