package io.xrunlens.cli;

import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.format.LogFormat;
import io.xrunlens.input.LiveInput;
import io.xrunlens.parser.InputSummary;
import io.xrunlens.parser.LogReader;
import io.xrunlens.render.TerminalText;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code xrunlens watch}: follow a live log and report each incident as soon as it is complete. */
@Command(name = "watch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Follow a live log and report each incident as it happens.",
            "Reads a growing file (like tail -F), a device such as /dev/kmsg, or standard input; prints each finding"
                + " the moment it is decided and"
                + " each incident once it is complete. Ctrl-C or the end of input prints the summary."},
        footer = ExitCode.HELP)
final class WatchCommand implements Callable<Integer> {
    /** Output forms. */
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-", description = "The log to follow; - (the default) reads"
            + " standard input: ssh board dmesg -w | xrunlens watch -")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (a block per finding and incident) or json"
            + " (JSON Lines: {\"finding\": …} or {\"incident\": …}); default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Option(names = "--settle", paramLabel = "SECONDS", description = "After this much quiet, decide what waits to see"
            + " that nothing more comes, and report open incidents (1-3600, default: ${DEFAULT-VALUE}).")
    int settle = 15;

    @Option(names = "--exec", paramLabel = "CMD", description = "Run this shell command for each incident, its JSON"
        + " on standard input and XRUNLENS_CAUSE, XRUNLENS_RULES, XRUNLENS_DEVICE, XRUNLENS_CHANNEL, XRUNLENS_TIME and"
        + " XRUNLENS_VERDICT in its environment. It runs beside the reading; a failure is reported, not fatal.")
    String exec;

    @Option(names = "--exec-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop an --exec command still running after this long, and say so (1-86400; default: 60).")
    void execTimeout(long seconds) {
        if (seconds < 1 || seconds > 86_400) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--exec-timeout " + seconds
                    + ": 1 to 86400 seconds");
        }
        execTimeout = seconds;
    }

    private long execTimeout = 60;

    @Option(names = "--timeline", paramLabel = "DIR", description = "Write each incident's timeline PNG here as it is"
            + " found (a followed FILE only: standard input cannot be read again).")
    Path timelines;

    @Option(names = "--input-format", paramLabel = "NAME", completionCandidates = InputFormats.Names.class,
            description = "Skip detection (see: xrunlens formats).")
    String inputFormat;

    @CommandLine.Mixin
    YearOption year = new YearOption();

    @CommandLine.Mixin
    KbOption kb = new KbOption();

    /** The standard input (tests give their own). */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws Exception {
        kb.install(); // before any reading: the parsers match with it
        if (settle < 1 || settle > 3600) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--settle takes 1 to 3600 seconds");
        }
        if (timelines != null && file.equals("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--timeline needs a FILE to follow: standard input cannot be read again for the picture");
        }
        Optional<LogFormat> forced = InputFormats.named(inputFormat, spec);
        LogReader.Options options = year.apply(new LogReader.Options(LogReader.Options.DEFAULT_MAX_LINE, forced))
                .asLive();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "xrunlens-exec");
            t.setDaemon(true);
            return t;
        });
        Watcher[] watcher = new Watcher[1];
        watcher[0] = new Watcher(out, format == Format.json, settle * 1000L,
                i -> {
                    if (exec != null) {
                        String body = watcher[0].json(i);
                        String time = watcher[0].times().format(i.endMicros());
                        runner.submit(() -> run(i, body, time, err));
                    }
                    if (timelines != null) {
                        int n = watcher[0].incidentsPrinted();
                        runner.submit(() -> picture(i, n, options, err, out));
                    }
                });
        Status status = new Status(err, watcher[0]);
        watcher[0].beforePrint(status::clear);
        LiveInput in = file.equals("-") ? LiveInput.of(stdin, q -> tick(watcher[0], status, q))
                : isDevice(file) ? LiveInput.of(new FileInputStream(file), q -> tick(watcher[0], status, q))
                : LiveInput.follow(Path.of(file), q -> tick(watcher[0], status, q),
                        note -> err.println("xrunlens: " + note));
        Interrupts.onInterrupt(in::stop); // Ctrl-C: what was read is finished and summed up
        InputSummary summary = new LogReader(options).read(file.equals("-") ? "stdin" : file, "", in, watcher[0]);
        watcher[0].finish();
        status.clear();
        runner.shutdown();
        runner.awaitTermination(execTimeout + 5, TimeUnit.SECONDS); // a hung command is stopped and told first
        summary.errors().forEach(e -> err.println("xrunlens: " + e));
        int seen = watcher[0].findingsPrinted();
        int n = watcher[0].incidentsPrinted();
        if (format == Format.json) {
            // JSON Lines to the end: jq reads the summary as one more object
            out.printf(Locale.ROOT, "{\"summary\":{\"lines\":%d,\"records\":%d,\"parsed\":%d,\"unknown\":%d,"
                            + "\"findings\":%d,\"incidents\":%d,\"causes\":[%s]}}%n", summary.lines(), summary.records(),
                    summary.parsed(), summary.unknown(), seen, n, watcher[0].causes().stream()
                            .map(c -> "\"" + c + "\"").collect(Collectors.joining(",")));
        } else {
            out.println();
            out.printf(Locale.ROOT, "lines %d, records %d, parsed %d, unknown %d; %d finding%s, %d incident%s%s%n",
                    summary.lines(), summary.records(), summary.parsed(), summary.unknown(), seen, seen == 1 ? "" : "s", n,
                    n == 1 ? "" : "s", n == 0 ? "" : " (" + String.join(", ", watcher[0].causes()) + ")");
        }
        out.flush();
        if (!summary.errors().isEmpty()) {
            return ExitCode.ERROR.code();
        }
        return watcher[0].problems() ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
    }

    private static void tick(Watcher w, Status status, long quietMillis) {
        w.idle(quietMillis);
        status.show();
    }

    /**
     * The incident's picture, from the file as it is now (read again from its start, beside the
     * watch): the second pass of a timeline needs the lines, which the watch does not keep.
     */
    private void picture(Incident found, int n, LogReader.Options live, PrintWriter err, PrintWriter out) {
        LogReader.Options options = new LogReader.Options(live.maxLineBytes(), live.format(), live.year());
        try {
            Files.createDirectories(timelines);
            io.xrunlens.analyzer.InputReport report = new io.xrunlens.analyzer.LogAnalysis(options, b -> b == found.boot())
                    .analyze(file);
            Optional<Incident> again = findAgain(report.incidents(), found);
            if (again.isEmpty()) {
                synchronized (err) {
                    err.println("xrunlens: warning: no picture of incident " + n + ": " + file
                            + " no longer holds it (truncated or rotated since)");
                }
                return;
            }
            Incident i = again.get();
            Path target = timelines.resolve(OutputNames.base(Path.of(file).getFileName().toString()) + ".incident-" + n
                    + ".png");
            try (OutputStream png = OutputTarget.stream(target)) {
                io.xrunlens.render.timeline.TimelinePicture.write(options, Path.of(file),
                        Path.of(file).getFileName().toString(), report, i.boot(), Optional.of(i),
                        io.xrunlens.render.timeline.TimelineModelBuilder.panels(i),
                        io.xrunlens.render.timeline.TimelineWriter.PNG, 1600, 900, png);
            }
            synchronized (out) {
                out.println("wrote " + target);
            }
        } catch (IOException | io.xrunlens.input.InputException e) {
            synchronized (err) {
                err.println("xrunlens: warning: no picture of incident " + n + ": "
                        + io.xrunlens.input.IoProblems.describe(e));
            }
        }
    }

    /**
     * The incident the watch printed, in the file read again from its start. After a truncation
     * or a rotation the file's lines and boots are numbered afresh: it is then found by what it
     * is (cause, times, verdict), not by where it was.
     */
    static Optional<Incident> findAgain(List<Incident> reread, Incident found) {
        return reread.stream()
                .filter(x -> x.boot() == found.boot() && x.firstLine() == found.firstLine() && x.cause() == found.cause())
                .findFirst()
                .or(() -> reread.stream().filter(x -> x.cause() == found.cause() && x.startMicros() == found.startMicros()
                        && x.endMicros() == found.endMicros() && x.verdict().equals(found.verdict())).findFirst());
    }

    /** Runs --exec for one incident; its failure is told on stderr, never fatal. */
    private void run(Incident i, String body, String time, PrintWriter err) {
        try {
            ProcessBuilder pb = new ProcessBuilder("sh", "-c", exec).redirectErrorStream(false)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
            pb.environment().put("XRUNLENS_CAUSE", i.cause().id());
            pb.environment().put("XRUNLENS_RULES", String.join(",", i.ruleIds()));
            pb.environment().put("XRUNLENS_DEVICE", i.device());
            pb.environment().put("XRUNLENS_CHANNEL", i.channel().isPresent() ? String.valueOf(i.channel().getAsInt()) : "");
            pb.environment().put("XRUNLENS_TIME", time);
            pb.environment().put("XRUNLENS_VERDICT", i.verdict());
            Process p = pb.start();
            try (OutputStream stdinOfCmd = p.getOutputStream()) {
                stdinOfCmd.write(body.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // "Broken pipe": the command did not read its standard input, which it need not
            }
            if (!p.waitFor(execTimeout, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                synchronized (err) {
                    err.println("xrunlens: warning: --exec still running after " + execTimeout + " s for the incident at "
                            + time + "; stopped it (see --exec-timeout)");
                }
                return;
            }
            int code = p.exitValue();
            if (code != 0) {
                synchronized (err) {
                    err.println("xrunlens: warning: --exec exited " + code + " for the incident at " + time);
                }
            }
        } catch (IOException e) {
            synchronized (err) {
                err.println("xrunlens: warning: --exec could not run: " + e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** "xrunlens watch: 12,345 events, 2 findings, 1 incident" on stderr, when it is a terminal. */
    private static final class Status {
        private final PrintWriter err;
        private final Watcher w;
        private final boolean shown = Progress.stderrIsTerminal();

        Status(PrintWriter err, Watcher w) {
            this.err = err;
            this.w = w;
        }

        void show() {
            if (shown) {
                int f = w.findingsPrinted();
                int n = w.incidentsPrinted();
                err.printf(Locale.ROOT, "\rxrunlens watch: %,d events, %d finding%s, %d incident%s%s", w.events(),
                        f, f == 1 ? "" : "s", n, n == 1 ? "" : "s", TerminalText.ERASE_LINE);
                err.flush();
            }
        }

        void clear() {
            if (shown) {
                err.print("\r" + TerminalText.ERASE_LINE);
                err.flush();
            }
        }
    }

    /**
     * Whether the file is a device or a pipe ({@code /dev/kmsg}, a named pipe): read as a stream,
     * whose reads wait for the next record, not followed like a file that grows (its size is 0,
     * which following takes for a truncation).
     */
    private static boolean isDevice(String file) {
        Path p = Path.of(file);
        return Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p);
    }
}
