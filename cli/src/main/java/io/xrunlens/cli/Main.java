package io.xrunlens.cli;

import io.xrunlens.input.IoProblems;
import io.xrunlens.render.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Entry point: {@code xrunlens <command> ...}. */
@Command(name = "xrunlens", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Finds why ALSA capture or playback died on an embedded board, from its kernel log.",
        subcommands = {AnalyzeCommand.class, TimelineCommand.class, TriageCommand.class, WatchCommand.class,
            FormatsCommand.class, ExplainCommand.class, KbCommand.class,
            CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
        footer = ExitCode.HELP)
public final class Main implements Runnable {
    /** The commands that read logs, and so need the knowledge base. */
    private static final Set<String> READERS = Set.of("analyze", "timeline", "triage", "watch",
            "explain");

    /** The subcommands, by name, as the annotation lists them (the usage's order). */
    private static final Map<String, Class<?>> COMMANDS = commands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        for (Class<?> c : Main.class.getAnnotation(Command.class).subcommands()) {
            commands.put(c.getAnnotation(Command.class).name(), c);
        }
        return Collections.unmodifiableMap(commands);
    }

    /**
     * The command line of {@code args}: where their first word names a command that reads no other
     * command's model (not help, nor completion), the top command without subcommands ({@link
     * One}) and that command only; else all of them, as the annotation says (which the man pages'
     * and completion's generators read too). picocli reflects over each command's class to build
     * its model, and a run of one command needs one (bench/RESULTS.md).
     */
    static CommandLine commandLine(String[] args) {
        Class<?> only = args.length == 0 || args[0].equals("help") || args[0].equals("generate-completion") ? null
                : COMMANDS.get(args[0]);
        if (only == null) {
            return new CommandLine(new Main());
        }
        return new CommandLine(new One()).addSubcommand(only);
    }

    /** The top command as {@link Main} declares it but for its subcommands, to which one is added. */
    @Command(name = "xrunlens", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
    static final class One implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Thread.setDefaultUncaughtExceptionHandler(Main::uncaught);
        if (args.length > 0 && READERS.contains(args[0])) {
            StartUp.begin(); // read while picocli and the input's opening run
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * What a thread of ours that dies says (a reader, the knowledge base's loader): the JVM's own
     * report is a stack trace. A worker's failure reaches the calling thread, which says it in
     * words and exits 2 (through the block's result, or as the same out-of-memory), so running out
     * of memory or stack says nothing more here; anything else is one line naming the thread.
     */
    static void uncaught(Thread thread, Throwable e) {
        if (Boolean.getBoolean("xrunlens.debug")) {
            e.printStackTrace();
        } else if (!(e instanceof VirtualMachineError)) {
            System.err.println("xrunlens: internal error in " + thread.getName() + ": " + IoProblems.describe(e)
                    + "; please report it with the command and the log");
        }
    }

    /** Runs the command line with the given streams; returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        // file names and members reach error lines as they are: no escape sequence gets through
        cl.setErr(new PrintWriter(TerminalText.forErrors(err), true));
        cl.setUsageHelpLongOptionsMaxWidth(24);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // No stack traces and no exception names for users: one line in words, exit 2.
            commandLine.getErr().println("xrunlens: " + IoProblems.describe(ex));
            if (Boolean.getBoolean("xrunlens.debug")) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ExitCode.ERROR.code();
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // an internal failure, not a finding: one line and exit 2, never 1 and a stack trace
            cl.getErr().println("xrunlens: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB heap); run it with more, e.g. XRUNLENS_JAVA_OPTS=-Xmx1g, and report the log that needed it");
            return ExitCode.ERROR.code();
        } catch (StackOverflowError e) {
            cl.getErr().println("xrunlens: internal error (stack overflow); please report the log that caused it");
            return ExitCode.ERROR.code();
        } catch (Error e) {
            // a bug (a class that failed to initialise, an assertion): still one line, exit 2
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            cl.getErr().println("xrunlens: internal error" + (root.getMessage() == null ? "" : ": " + root.getMessage())
                    + "; please report it with the command and the log");
            return ExitCode.ERROR.code();
        }
    }

    /** "--format json" for "--json" when this command's --format takes json; else null. */
    private static String formatOption(CommandLine cmd, String word) {
        CommandLine.Model.OptionSpec format = cmd.getCommandSpec().optionsMap().get("--format");
        if (format == null || !word.startsWith("--") || format.completionCandidates() == null) {
            return null;
        }
        String name = word.substring(2);
        for (String candidate : format.completionCandidates()) {
            if (candidate.equals(name)) {
                return "--format " + name;
            }
        }
        return null;
    }

    /**
     * A usage error as one line, a guess at what was meant, and where to read more: the usage
     * text itself would bury the one line that matters.
     */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = ex.getMessage().replace("\r", "").lines().findFirst().orElse("bad usage");
        List<String> guesses = List.of();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            List<String> known = new ArrayList<>(cmd.getCommandSpec().optionsMap().keySet());
            known.addAll(cmd.getSubcommands().keySet());
            guesses = Suggestions.closest(word, known);
            String asFormat = formatOption(cmd, word);
            if (asFormat != null) {
                guesses = List.of(asFormat); // --json, as other tools spell it: this command's --format json
            }
            if (!word.startsWith("-") && !cmd.getSubcommands().isEmpty()) {
                message = "unknown command '" + word + "'";
            } else if (!word.startsWith("-")) {
                // "timeline a.log b.log": the command reads one input, and this is another
                message = cmd.getCommandSpec().name() + " reads one log at a time; '" + word
                        + "' is one more (run it once per log" + (cmd.getCommandSpec().name().equals("timeline")
                        ? ", or use xrunlens triage --timelines DIR)" : ")");
                guesses = List.of();
            }
        }
        err.println("xrunlens: " + Character.toLowerCase(message.charAt(0)) + message.substring(1));
        if (!guesses.isEmpty()) {
            err.println("xrunlens: did you mean " + String.join(" or ", guesses) + "?");
        }
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.ERROR.code();
    }
}
