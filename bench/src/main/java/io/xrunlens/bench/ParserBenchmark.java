package io.xrunlens.bench;

import io.xrunlens.parser.EventSink;
import io.xrunlens.parser.InputSummary;
import io.xrunlens.parser.LogReader;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parser alone: bytes to lines to records to typed events, as the analysis reads them
 * (lines with no message of ours skimmed). Divide the log size by the score for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {
    private byte[] log;

    @Setup
    public void load() {
        log = BenchLog.load();
    }

    @Benchmark
    public long parse() {
        long[] typed = {0};
        EventSink sink = BenchLog.typedOnly(e -> typed[0]++);
        InputSummary s = new LogReader(LogReader.Options.defaults()).read("bench", "", new ByteArrayInputStream(log),
                sink);
        return s.records() + typed[0];
    }
}
