package io.xrunlens.bench;

import io.xrunlens.analyzer.Analyzer;
import io.xrunlens.event.Event;
import io.xrunlens.parser.LogReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
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

/** The analyzer alone: rules and state over typed events parsed beforehand. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzerBenchmark {
    private List<Event> events;

    @Setup
    public void parse() {
        List<Event> all = new ArrayList<>();
        new LogReader(LogReader.Options.defaults()).read("bench", "", new ByteArrayInputStream(BenchLog.load()),
                BenchLog.typedOnly(all::add));
        events = all;
    }

    @Benchmark
    public int analyze() {
        Analyzer analyzer = new Analyzer();
        for (Event e : events) {
            analyzer.accept(e);
        }
        return analyzer.finish().findings().size();
    }
}
