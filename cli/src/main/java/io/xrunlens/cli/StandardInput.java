package io.xrunlens.cli;

import picocli.CommandLine;

/**
 * Reading standard input when no file is named, as grep, jq and lnav do: {@code dmesg |
 * xrunlens analyze}. Only a terminal on both ends (someone who typed the command alone) gets a
 * usage error instead of a silent wait for input.
 */
final class StandardInput {
    private StandardInput() {
    }

    /** "-" when no file was named and a log can be coming through a pipe; a usage error at a terminal. */
    static String orUsageError(CommandLine.Model.CommandSpec spec, String what) {
        if (System.console() != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "missing " + what
                    + " (name a log, or pipe one in: dmesg | xrunlens " + spec.name() + ")");
        }
        return "-";
    }
}
