package io.xrunlens.bench;

import io.xrunlens.parser.InputSummary;
import io.xrunlens.parser.LogReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A log read as {@code xrunlens analyze} reads it (framed, typed, the knowledge base asked, on
 * all cores), its typed events counted and not analysed: bench/run.sh sets its time beside the
 * end-to-end time of each kind, so that what the rules and the chaining cost is seen apart from
 * what reading costs. Run with the command's jar on the class path before this module's classes.
 *
 * <pre>java -cp cli/target/xrunlens.jar:bench/target/classes io.xrunlens.bench.ReadingOnly FILE...</pre>
 */
public final class ReadingOnly {
    private ReadingOnly() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ReadingOnly FILE...");
            System.exit(2);
        }
        for (String name : args) {
            long[] events = new long[1];
            long start = System.nanoTime();
            InputSummary s;
            try (InputStream in = Files.newInputStream(Path.of(name))) {
                s = new LogReader(LogReader.Options.defaults()).read(name, "", in, BenchLog.typedOnly(e -> events[0]++));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %s, %d lines, %d records, %d parsed, %d events, read in %.3f s%n",
                    name, s.format(), s.lines(), s.records(), s.parsed(), events[0], seconds);
        }
    }
}
