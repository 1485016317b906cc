package io.xrunlens.cli;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.LogAnalysis;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.input.InputException;
import io.xrunlens.input.IoProblems;
import io.xrunlens.parser.LogReader;
import io.xrunlens.record.TimeStyle;
import io.xrunlens.render.NoCloseOutputStream;
import io.xrunlens.render.timeline.TimelineModel;
import io.xrunlens.render.timeline.TimelineModelBuilder;
import io.xrunlens.render.timeline.TimelinePicture;
import io.xrunlens.render.timeline.TimelineWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code xrunlens timeline}: the race as a swimlane picture, PNG or SVG. */
@Command(name = "timeline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Draw each incident as a swimlane picture (PNG or SVG).",
            "Lanes: PCM ioctls, PCM core, trigger, DMA channels, terminate worker, descriptors from submit to free."},
        footer = ExitCode.HELP)
final class TimelineCommand implements Callable<Integer> {
    /** Picture formats. */
    enum Format { png, svg }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Kernel log; - or none reads standard input.")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "png or svg (default: the -o file's extension,"
            + " else png).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", converter = OutputPath.class, description = {"Picture file (replaced if it exists), or"
            + " a folder to write into; - writes the picture to standard output (one picture only).",
        "Default: named after the input in the current folder, e.g. capture.timeline.png."})
    Path output;

    private static final Pattern PICTURE_NAME = Pattern.compile("(?i)\\.(png|svg)$");
    private static final Pattern OTHER_PICTURE = Pattern.compile("(?i)\\.(jpe?g|gif|bmp|webp|tiff?|pdf|eps)$");

    @Option(names = "--all", description = "One overview of the whole boot instead of one picture per incident.")
    boolean all;

    @Option(names = "--window", paramLabel = "SPAN",
            description = {"Show this stretch (START..END) of the log, in its own clock: 535.2..535.21 (also"
                + " 535.2:535.21),",
                "'2026-11-24 10:08:55..2026-11-24 10:09:06' (dmesg -T), 'Nov 24 10:08:55..Nov 24 10:09:06' (syslog)."})
    String window;

    @Option(names = "--width", paramLabel = "PX", description = "Width in pixels, 200-20000 (default: ${DEFAULT-VALUE}).")
    int width = 1600;

    @Option(names = "--height", paramLabel = "PX", description = "Height in pixels, 150-20000 (default: ${DEFAULT-VALUE}).")
    int height = 900;

    @CommandLine.Mixin
    YearOption year = new YearOption();

    @CommandLine.Mixin
    UnpackOption unpack = new UnpackOption();

    @CommandLine.Mixin
    KbOption kb = new KbOption();

    @Option(names = "--boot", paramLabel = "N", description = "Only this boot, 0 to the log's boots - 1"
            + " (analyze shows how many).")
    Integer boot;

    /** How the input is read: once to analyse it and again for each picture. */
    private LogReader.Options options;

    @Override
    public Integer call() throws IOException {
        kb.install(); // before any reading: the parsers match with it
        if (file == null) {
            file = StandardInput.orUsageError(spec, "FILE");
        }
        PrintWriter err = spec.commandLine().getErr();
        options = unpack.apply(year.apply(LogReader.Options.defaults()));
        if (width < 200 || height < 150 || width > 20_000 || height > 20_000) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--width takes 200 to 20000 pixels and --height 150 to 20000");
        }
        Path input;
        Path spooled = null;
        try {
            if (file.equals("-")) {
                // Two passes (analyse, then collect what is drawn) need the input twice.
                spooled = Files.createTempFile("xrunlens-stdin", ".log");
                Files.copy(System.in, spooled, StandardCopyOption.REPLACE_EXISTING);
                input = spooled;
            } else {
                input = Path.of(file);
            }
            // the boot asked for is drawn whole even where it repeats an earlier boot
            LogAnalysis analysis = new LogAnalysis(options, b -> boot != null && b == boot);
            InputReport report = analysis.analyze(input.toString());
            report.summary().errors().forEach(e -> err.println("xrunlens: " + e));
            int boots = report.summary().boots();
            if (boot != null && (boot < 0 || boot >= boots)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--boot " + boot + ": " + file + " has "
                        + boots + (boots == 1 ? " boot (0)" : " boots (0 to " + (boots - 1) + ")"));
            }
            long[] range = window == null ? null : parseWindow(window, report.summary().clock());
            List<Picture> pictures = pictures(report, range);
            if (pictures.isEmpty()) {
                // an overview of a log with no audio line would be empty too: say so rather than offer it
                spec.commandLine().getOut().println(report.summary().audio() == 0
                        ? "No audio activity in " + file + ": no line of ALSA, ASoC or an audio or DMA driver"
                        + " to draw."
                        : "No incident to draw in " + file + (boot == null ? "" : " boot " + boot)
                        + " (use --all for an overview of the boot).");
            }
            Format picture = pictureFormat();
            if (OutputTarget.isStdout(output) && output != null && pictures.size() > 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "-o - writes one picture, and " + file
                        + " has " + pictures.size() + " incidents: name a folder, or pick one with --window or --boot");
            }
            List<Path> targets = targets(pictures.size(), picture);
            List<TimelinePicture.Drawn> drawn = draw(input, report, pictures, targets, picture);
            if (!drawn.isEmpty() && drawn.stream().allMatch(d -> d == TimelinePicture.Drawn.NOTHING_IN_VIEW)) {
                throw new CommandLine.ParameterException(spec.commandLine(), (window != null ? "--window " + window
                        : "the boot") + ": no record of " + file + " is in view; nothing drawn");
            }
            for (int i = 0; i < pictures.size(); i++) {
                if (drawn.get(i) == TimelinePicture.Drawn.NOTHING_IN_VIEW) {
                    continue;
                }
                if (drawn.get(i) == TimelinePicture.Drawn.NOTHING_TO_DRAW) {
                    spec.commandLine().getOut().println("Nothing to draw in " + file + " boot " + pictures.get(i).boot()
                            + (window != null ? " --window " + window : "") + ": no audio line and no incident"
                            + " (xrunlens analyze says what the log holds); no picture written.");
                    continue;
                }
                if (drawn.get(i) == TimelinePicture.Drawn.CAPPED) {
                    spec.commandLine().getErr().println("xrunlens: note: many events in view; markers of one kind"
                            + " close together are drawn as one with their count (use --window to see them one by one)");
                }
                if (targets.get(i) != null) {
                    spec.commandLine().getOut().println("wrote " + targets.get(i));
                }
            }
            if (!report.summary().errors().isEmpty()) {
                return ExitCode.ERROR.code();
            }
            return report.hasProblems() ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
        } catch (InputException e) {
            err.println("xrunlens: " + e.getMessage());
            return ExitCode.ERROR.code();
        } finally {
            if (spooled != null) {
                Files.deleteIfExists(spooled);
            }
        }
    }

    /** One picture: a boot, the incident it shows (if any), the stretches of time drawn. */
    private record Picture(int boot, Optional<Incident> incident, List<TimelineModel.Panel> panels) {
    }

    private List<Picture> pictures(InputReport report, long[] range) {
        List<Picture> out = new ArrayList<>();
        List<Incident> incidents = report.incidents().stream().filter(i -> boot == null || i.boot() == boot).toList();
        if (range != null) {
            int b = boot != null ? boot : incidents.isEmpty() ? 0 : incidents.get(0).boot();
            Optional<Incident> shown = incidents.stream()
                    .filter(i -> i.boot() == b && i.endMicros() >= range[0] && i.startMicros() <= range[1]).findFirst();
            out.add(new Picture(b, shown, TimelineModelBuilder.panelOver(range[0], range[1])));
        } else if (all) {
            int b = boot != null ? boot : incidents.isEmpty() ? 0 : incidents.get(0).boot();
            out.add(new Picture(b, incidents.stream().filter(i -> i.boot() == b).findFirst(), List.of()));
        } else {
            // an incident without a time (the input has none, or its lines are another format's) is drawn in log order
            incidents.forEach(i -> out.add(new Picture(i.boot(), Optional.of(i), TimelineModelBuilder.panels(i))));
        }
        return out;
    }

    /** --format, else the -o file's extension, else PNG. */
    private Format pictureFormat() {
        if (format != null) {
            return format;
        }
        if (output != null && !Files.isDirectory(output) && output.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return Format.svg;
        }
        return Format.png;
    }

    /**
     * Draws the pictures, each into its target or to standard output when that is null, from one
     * more reading of the input; says for each whether its view had more events than are drawn.
     */
    private List<TimelinePicture.Drawn> draw(Path input, InputReport report, List<Picture> pictures, List<Path> targets,
                                             Format picture)
            throws IOException, InputException {
        String name = file.equals("-") ? "stdin" : Path.of(file).getFileName().toString();
        TimelineWriter writer = picture == Format.svg ? TimelineWriter.SVG : TimelineWriter.PNG;
        List<TimelinePicture.Request> requests = pictures.stream()
                .map(p -> new TimelinePicture.Request(p.boot(), p.incident(), p.panels())).toList();
        return TimelinePicture.writeAll(options, input, name, report, requests, writer, width, height,
                i -> targets.get(i) == null ? new NoCloseOutputStream(System.out) : OutputTarget.stream(targets.get(i)));
    }

    /**
     * Where each picture goes (null: standard output): the -o file, or named after the input in
     * the -o folder (created when there are several pictures) or the current one.
     */
    private List<Path> targets(int count, Format picture) throws IOException {
        String base = file.equals("-") ? "stdin" : OutputNames.base(Path.of(file).getFileName().toString());
        String ext = "." + picture.name();
        String kind = all ? ".all" : ".timeline"; // an overview never replaces the incident's picture
        List<Path> out = new ArrayList<>();
        boolean given = output != null && !OutputTarget.isStdout(output) && !Files.isDirectory(output);
        if (given && OTHER_PICTURE.matcher(output.getFileName().toString()).find()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o " + output
                    + ": pictures are PNG or SVG; name the file .png or .svg, or name a folder");
        }
        // a name ending .png or .svg is a picture; any other is a folder, made if missing
        boolean named = given && PICTURE_NAME.matcher(output.getFileName().toString()).find();
        if (count == 1 && (output == null || named || !given)) {
            out.add(OutputTarget.isStdout(output) && output != null ? null
                    : output == null ? Path.of(base + kind + ext)
                    : OutputTarget.resolve(output, base + kind + ext));
            return out;
        }
        if (named) {
            // "-o sai.png" and three incidents: sai-1.png, sai-2.png, sai-3.png beside it
            String name = output.getFileName().toString();
            int dot = name.lastIndexOf('.');
            for (int i = 1; i <= count; i++) {
                Path p = (output.getParent() == null ? Path.of("") : output.getParent())
                        .resolve(name.substring(0, dot) + "-" + i + name.substring(dot));
                out.add(OutputTarget.resolve(p, p.getFileName().toString()));
            }
            return out;
        }
        Path dir = output != null ? output : Path.of(".");
        if (count > 0) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new IOException("cannot make folder " + dir + ": " + IoProblems.reason(e), e);
            }
        }
        for (int i = 1; i <= count; i++) {
            out.add(dir.resolve(base + kind + (count == 1 ? "" : "-" + i) + ext));
        }
        return out;
    }

    /**
     * START..END in the log's own form (or seconds on the analysis clock); START:END still works
     * where both ends are plain numbers.
     */
    private long[] parseWindow(String text, TimeStyle clock) {
        String[] parts = text.contains("..") ? text.split("\\.\\.", 2) : text.split(":", -1);
        if (!clock.hasClock()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--window needs a clock, and " + file + " has none (dmesg -t or -H): draw it whole with --all");
        }
        if (parts.length == 2) {
            OptionalLong a = clock.parse(parts[0]);
            OptionalLong b = clock.parse(parts[1]);
            if (a.isPresent() && b.isPresent() && b.getAsLong() > a.getAsLong()) {
                return new long[] {a.getAsLong(), b.getAsLong()};
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--window takes START..END in the log's own"
                + " clock with END after START, e.g. " + example(clock));
    }

    private static String example(TimeStyle clock) {
        return switch (clock.name()) {
            case "wall" -> "'2026-11-24 10:08:55..2026-11-24 10:09:06'";
            case "yearless" -> "'Nov 24 10:08:55..Nov 24 10:09:06'";
            case "time-of-day" -> "10:08:55..10:09:06";
            default -> "535.2..535.21";
        };
    }
}
