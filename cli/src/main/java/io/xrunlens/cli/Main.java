package io.xrunlens.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code xrunlens <command> ...}. */
@Command(name = "xrunlens", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Finds why ALSA capture or playback died on an embedded board, from its kernel log.",
        subcommands = {AnalyzeCommand.class, TimelineCommand.class, TriageCommand.class, FormatsCommand.class,
            CommandLine.HelpCommand.class},
        footer = ExitCode.HELP)
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // No stack traces for users: one line, exit 2. --debug shows the trace.
            commandLine.getErr().println("xrunlens: " + ex);
            if (Boolean.getBoolean("xrunlens.debug")) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ExitCode.ERROR.code();
        });
        return cl.execute(args);
    }
}
