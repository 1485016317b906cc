package io.xrunlens.cli;

import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.kb.source.KbGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xrunlens kb}: make knowledge-base rows from a kernel tree, and check a folder of them. */
@Command(name = "kb", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Make or check knowledge-base rows (the messages xrunlens recognises).",
        subcommands = {KbCommand.Import.class, KbCommand.Check.class})
final class KbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a kb command is required (import, check)");
    }

    /** {@code kb import TREE... -o DIR}: the generator, on the user's own kernel source. */
    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Read the printk calls of the audio and DMA code of kernel source trees (a vendor BSP too)"
                + " into knowledge-base files, for --kb.",
                "Reads sound/, drivers/dma/, the audio code of other folders (SoundWire, bcm2835-audio, USB audio"
                    + " gadgets, HDMI audio, video capture cards) and the core files of RT throttling, lockups,"
                    + " RCU stalls and spurious interrupts."},
            footer = {"%nExample:%n  tar -xf /usr/src/linux-source-6.12.tar.xz -C /tmp",
                "  xrunlens kb import /tmp/linux-source-6.12 -o ~/.config/xrunlens/kb",
                "  xrunlens analyze --kb ~/.config/xrunlens/kb board.log"})
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "TREE", description = "Kernel source trees (folders with the"
                + " kernel's top Makefile).")
        List<Path> trees = new ArrayList<>();

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
                description = "Folder to write the *.tsv files and their anchors.tsv index into (created if missing).")
        Path output;

        @Override
        public Integer call() throws IOException {
            KbGenerator generator = new KbGenerator();
            PrintWriter out = spec.commandLine().getOut();
            for (Path tree : trees) {
                KbGenerator.Tree t = KbGenerator.Tree.of(tree);
                generator.read(t);
                out.println("read " + tree + " (Linux " + t.version() + ")");
            }
            KbGenerator.Summary s = generator.write(output);
            out.println("wrote " + s.rows() + " rows in " + s.dataFiles() + " files to " + output + " (" + s.files()
                    + " source files, " + s.calls() + " calls; " + s.skipped() + " calls without a literal format)");
            return ExitCode.CLEAN.code();
        }
    }

    /** {@code kb check DIR...}: load folders as --kb would and say what no line could match. */
    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Load knowledge-base folders as --kb does (every error with its file and line) and list"
                + " the rows whose own sample is not recognised as them.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "DIR", description = "Folders of *.tsv files; none: the built-in"
                + " knowledge base.")
        List<Path> folders = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            KnowledgeBase kb = folders.isEmpty() ? KnowledgeBase.builtIn() : KnowledgeBase.withFolders(folders);
            List<KbRow> rows = new ArrayList<>();
            for (Path f : folders) {
                rows.addAll(KnowledgeBase.readFolder(f));
            }
            if (folders.isEmpty()) {
                rows.addAll(kb.rows());
            }
            PrintWriter out = spec.commandLine().getOut();
            int missed = 0;
            for (KbRow r : rows) {
                KnowledgeBase.Recognition rec = kb.recognise(r.id());
                if (!rec.recognised()) {
                    missed++;
                    out.println(r.id() + "\t" + rec.reason());
                }
            }
            out.println(rows.size() + " rows, " + (rows.size() - missed) + " recognised from their samples, " + missed
                    + " not (listed above with the reason)");
            return missed == 0 ? ExitCode.CLEAN.code() : ExitCode.FINDINGS.code();
        }
    }
}
