package io.xrunlens.cli;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.LogAnalysis;
import io.xrunlens.analyzer.finding.FindingMessages;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.catalog.MessageForm;
import io.xrunlens.event.Event;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.Message;
import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.parser.EventSink;
import io.xrunlens.parser.LogReader;
import io.xrunlens.record.Record;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code xrunlens explain LINE...}: for each kernel log line, the source that prints it (file,
 * function, macro, kernel versions), what it says about audio and what to do. The lines are
 * read as a log is (any format analyze reads), so a line pasted with its stamp, its syslog
 * prefix or none is explained alike.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Say which kernel source prints each log line, what it means for audio and what to do.",
            "With no LINE (or -), reads lines from standard input; a LINE that names a file is its lines."},
        footer = {"%nExample:%n  xrunlens explain 'atmel_i2s f8050000.i2s: TX underrun on channel 0'",
            "%nExit codes:%n  0  every line was recognised%n  1  some line is not in the knowledge base%n"
                + "  2  usage error, or a --kb folder that cannot be read"})
final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "LINE", description = "Kernel log lines (quote each), or files of them;"
            + " - or none: standard input.")
    List<String> lines = new ArrayList<>();

    @CommandLine.Mixin
    KbOption kbOption = new KbOption();

    @CommandLine.Option(names = "--kernel", paramLabel = "RELEASE", description = {
        "Read the lines as kernel RELEASE (such as 6.12.5) prints them, where a source prints a"
            + " text at another level in another release; a pasted \"Linux version\" line does the same"
            + " for the lines after it."})
    String kernel;

    @Override
    public Integer call() throws IOException {
        KnowledgeBase kb = kbOption.install();
        KernelRelease given = kernel == null ? null : KernelRelease.parse(kernel.strip());
        if (given != null && given.major() == 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kernel " + kernel
                    + ": a release is numbers such as 6.12 or 6.12.5");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean[] allKnown = {true};
        // each line said as it is read, as the analysis reads it on its boot's kernel: a long paste takes no memory
        KernelRelease[] release = {given};
        int[] boot = {-1};
        EventSink explained = e -> {
            if (e.record().boot() != boot[0]) {
                boot[0] = e.record().boot();
                release[0] = given; // a new boot of a pasted log names its own release, if any
            }
            if (e.message() instanceof Message.KernelVersion v) {
                release[0] = v.release();
            }
            allKnown[0] &= explain(kb.asOfKernel(e, release[0]), release[0], kb, out);
        };
        if (lines.isEmpty() || lines.equals(List.of("-"))) {
            read(System.in, explained); // a pasted log: its wrapped lines are joined as analyze joins them
        } else {
            for (String line : lines) { // each argument is one line, never joined to another
                Optional<Path> file = file(line);
                if (file.isPresent()) {
                    try (InputStream in = Files.newInputStream(file.get())) {
                        read(in, explained); // "explain dmesg.log": a file named is its lines, not a line
                    }
                } else {
                    read(new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)), explained);
                }
            }
        }
        out.flush();
        return allKnown[0] ? ExitCode.CLEAN.code() : ExitCode.FINDINGS.code();
    }

    /** The file an argument names, if it names a readable one (a log line never does). */
    private static Optional<Path> file(String argument) {
        try {
            Path p = Path.of(argument);
            return Files.isRegularFile(p) && Files.isReadable(p) ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static void read(InputStream in, EventSink sink) {
        new LogReader(LogReader.Options.defaults()).read("lines", "", in, sink);
    }

    /** What each message the grammar reads is, in words (a class name means nothing to a user). */
    static final Map<Class<?>, String> GRAMMAR_MESSAGES = Map.ofEntries(
            Map.entry(Message.ChannelCall.class, "a DMA driver's function acting on a channel (imx-sdma's debug)"),
            Map.entry(Message.BufferDescriptor.class, "one buffer descriptor of a DMA transfer being prepared"),
            Map.entry(Message.SgSetup.class, "a scatter-gather DMA transfer being prepared"),
            Map.entry(Message.FirmwareLoaded.class, "the SDMA firmware the DMA engine loaded"),
            Map.entry(Message.DescriptorSubmitted.class, "a DMA descriptor submitted to its channel (virt-dma's debug)"),
            Map.entry(Message.DescriptorFreed.class, "a DMA descriptor freed (virt-dma's debug)"),
            Map.entry(Message.PcmTrigger.class, "a PCM trigger (start, stop, pause) reaching the DMA engine"),
            Map.entry(Message.PcmAvail.class, "the PCM buffer's hardware and application pointers"),
            Map.entry(Message.WaitResult.class, "the end of a wait for the PCM buffer (tout=0: it timed out)"),
            Map.entry(Message.WaitSleep.class, "a wait for the PCM buffer going to sleep"),
            Map.entry(Message.PcmIoctl.class, "a PCM ioctl of the player (reset, prepare)"),
            Map.entry(Message.PeriodElapsed.class, "a period interrupt: the DMA finished a period"),
            Map.entry(Message.Xrun.class, "an XRUN the kernel reported"),
            Map.entry(Message.UserXrun.class, "an XRUN the player reported"),
            Map.entry(Message.UserIoError.class, "the player's read or write failing"),
            Map.entry(Message.StackFrame.class, "a frame of a kernel stack dump"),
            Map.entry(Message.KernelNamed.class, "the kernel's release, named in a warning or by uname"),
            Map.entry(Message.PcmIoError.class, "ALSA giving up the wait for the DMA: the read or write failed"),
            Map.entry(Message.KernelVersion.class, "the kernel's release at boot"),
            Map.entry(Message.BootBanner.class, "the first line of a boot"),
            Map.entry(Message.MachineModel.class, "the board a device-tree boot ran on, which tells its platform"));

    /** Prints what one record is ({@code release}: its boot's kernel, null when unknown); false when nothing knows it. */
    private static boolean explain(Event e, KernelRelease release, KnowledgeBase kb, PrintWriter out) {
        out.println(e.record().message());
        Message m = e.message();
        if (m instanceof Message.Catalogued c) {
            describe(c.form(), c.values(), e.record().driver(), kb, out);
            advise(c.form(), e.record(), release, out);
            return true;
        }
        if (!(m instanceof Message.Unknown)) {
            out.println("  read as     " + GRAMMAR_MESSAGES.getOrDefault(m.getClass(), "an ALSA or DMA message")
                    + "; the grammar reads it for the race and stall rules");
            out.println();
            return true;
        }
        // the reader matches the built-in rows; a --kb folder may know more
        String driver = e.record().driver();
        Optional<KnowledgeBase.Match> match = kb.match(e.record().text());
        int level = e.record().level();
        String device = e.record().device();
        Message.Catalogued read = match.map(found -> kb.readAs(found.message(), e.record().text(), driver, device, level))
                .orElse(null);
        if (read != null) {
            describe(read.form(), read.values(), driver, kb, out);
            advise(read.form(), e.record(), release, out);
            return true;
        }
        String printer = e.record().hasOrigin() ? " (printed by " + driver + ")" : "";
        if (match.isEmpty()) {
            out.println("  unknown     no row of the knowledge base prints this text" + printer);
        } else if (!kb.readsAs(match.get().message().form(), driver, device)) {
            out.println("  unknown     common words, also printed by " + match.get().row().file() + ": taken for that row"
                    + " only from a line of a " + match.get().message().form().driversTree() + " driver" + printer);
        } else { // (the only other reason: an error row's words printed at info or debug level, 6 or 7)
            out.println("  unknown     the words of an error of " + match.get().row().file() + ", printed here at "
                    + (e.record().level() == 7 ? "debug" : "info") + " level: another call printed them" + printer);
        }
        out.println();
        return false;
    }

    private static void describe(MessageForm form, List<String> values, String driver, KnowledgeBase kb,
                                 PrintWriter out) {
        MessageFamily family = form.family();
        Optional<KbRow> row = kb.row(form.id(), driver); // the printing driver's own row of that format
        out.println("  printed by  " + row.map(KbRow::source).orElse(form.source()));
        row.ifPresent(r -> others(r, kb).ifPresent(o -> out.println("  also        " + o)));
        out.println("  row         " + row.map(KbRow::id).orElse(form.id()));
        out.println("  format      \"" + form.format() + "\"" + (values.isEmpty() ? "" : "  values: "
                + String.join(", ", values)));
        out.println("  family      " + KnowledgeBase.familyId(family) + ": " + meaning(family));
    }

    /**
     * What to do about the line: what analyze makes of it were it the whole log (on its boot's
     * kernel, where known), the incident's cause, how sure, and its fix for the driver's platform
     * ("Unknown dai format" is the DAI link's format, where its family's advice would send one to
     * read on); where the line alone is no incident (a note), its family's advice, or the row's
     * own where the family's does not fit (a sound server's or alsa-lib's line, the PM core's).
     */
    private static void advise(MessageForm form, Record r, KernelRelease release, PrintWriter out) {
        Optional<Incident> alone = Optional.empty();
        if (form.family() != MessageFamily.NOTE) { // a note is no incident: no analysis for most lines of a log
            String log = (release == null ? "" : "Linux version " + release.text() + "\n")
                    + (r.level() >= 0 ? "<" + r.level() + ">" : "") + r.message() + "\n";
            InputReport report = new LogAnalysis(LogReader.Options.defaults()).analyze("line", "",
                    new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)));
            alone = report.incidents().stream().findFirst();
        }
        if (alone.isPresent()) {
            Incident i = alone.get();
            out.println("  alone       " + i.cause().id() + " (" + i.confidence().id() + "): " + i.fix());
        } else {
            String own = "advice.form." + form.id();
            out.println("  what to do  " + FindingMessages.format(FindingMessages.has(own) ? own
                    : "advice." + form.family().name()));
        }
        out.println();
    }

    /** Sources shown of the others that print a text: enough to see whose words they are. */
    private static final int OTHERS_SHOWN = 3;

    /**
     * The other source files that print the row's text ("failed to init regmap" is printed by
     * seventeen), where there are any: a line's driver picks its own file's row when it has one,
     * else the row named above stands for all of them.
     */
    private static Optional<String> others(KbRow row, KnowledgeBase kb) {
        List<String> files = kb.otherFiles(row);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        String shown = String.join(", ", files.subList(0, Math.min(OTHERS_SHOWN, files.size())));
        return Optional.of("printed by " + files.size() + (files.size() == 1 ? " other source: " : " other sources: ")
                + shown + (files.size() > OTHERS_SHOWN ? ", …" : ""));
    }

    private static String meaning(MessageFamily family) {
        String key = "meaning." + family.name();
        return FindingMessages.has(key) ? FindingMessages.format(key) : "";
    }
}
