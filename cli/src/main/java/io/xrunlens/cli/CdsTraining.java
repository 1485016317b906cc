package io.xrunlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of the class-data-sharing archive that {@code ./xrunlens} records after each
 * build: the commands users run most (analyze as text and as JSON, timeline, triage) on bundled
 * samples, in one JVM, so that the archive written at its exit holds the classes of all of them
 * (one command's run would leave the others to load theirs from the jar). Not a command.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    /** @param args the repository's samples folder */
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path samples = Path.of(args[0]);
        String log = samples.resolve("report/imx6-report-flattened.log").toString();
        Path tmp = Files.createTempDirectory("xrunlens-cds");
        try (PrintWriter quiet = new PrintWriter(Writer.nullWriter())) {
            Main.run(new String[] {"analyze", log}, quiet, quiet);
            Main.run(new String[] {"analyze", "--format", "json", log}, quiet, quiet);
            Main.run(new String[] {"timeline", "-o", tmp.resolve("t.png").toString(), log}, quiet, quiet);
            Main.run(new String[] {"triage", "--jobs", "1", samples.resolve("synthetic").toString()}, quiet, quiet);
        } finally {
            Files.deleteIfExists(tmp.resolve("t.png"));
            Files.deleteIfExists(tmp);
        }
    }
}
