package io.xrunlens.cli;

/** The process exit codes, documented in --help. */
public enum ExitCode {
    /** Every input was read and nothing of severity warning or error was found. */
    CLEAN(0),
    /** At least one finding of severity warning or error (a race, a stall). */
    FINDINGS(1),
    /** Bad usage, or an input that could not be read (fully). Wins over FINDINGS. */
    ERROR(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    static final String HELP = "%nExit codes:%n"
            + "  0  no finding of severity warning or error%n"
            + "  1  findings (a race, a stall)%n"
            + "  2  usage error, or an input that could not be read%n";
}
