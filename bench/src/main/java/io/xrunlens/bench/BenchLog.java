package io.xrunlens.bench;

import io.xrunlens.event.Event;
import io.xrunlens.parser.EventSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The log the benchmarks read, held in memory so the disk is not measured. */
final class BenchLog {
    private BenchLog() {
    }

    /** -Dxrunlens.bench.log=FILE (bench/run.sh passes the generated 20 MB log). */
    static byte[] load() {
        Path p = Path.of(System.getProperty("xrunlens.bench.log", "bench/out/jmh.log"));
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("generate it first: bench/run.sh (or bench/gen-log.py " + p + " 20)", e);
        }
    }

    /** A sink that sees the typed events only, as the analysis reads a log (unknown lines skimmed). */
    static EventSink typedOnly(Consumer<Event> each) {
        return new EventSink() {
            @Override
            public void accept(Event e) {
                each.accept(e);
            }

            @Override
            public boolean wantsUnknown() {
                return false;
            }
        };
    }
}
