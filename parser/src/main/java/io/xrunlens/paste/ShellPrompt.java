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

    private ShellPrompt() {
    }

    /** Whether the line starts with a prompt (with or without a typed command after it). */
    public static boolean matches(String line) {
        return !line.isEmpty() && PROMPT.matcher(line).lookingAt();
    }
}
