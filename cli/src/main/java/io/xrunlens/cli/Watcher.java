package io.xrunlens.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.xrunlens.analyzer.Analyzer;
import io.xrunlens.analyzer.boot.BootFold;
import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.event.Event;
import io.xrunlens.format.LogFormat;
import io.xrunlens.parser.EventSink;
import io.xrunlens.record.Record;
import io.xrunlens.record.TimeStyle;
import io.xrunlens.render.JsonRenderer;
import io.xrunlens.render.TextRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The analysis of a live log, told as it is decided: every finding the moment its rule reports
 * it (the misapplied free at its free line), every incident once it is complete (it ends in a
 * stall or error, or the log has moved on past it, or the input has been quiet for the settle
 * time, or the input ended). Nothing is printed twice: findings and incidents are known by their
 * rule (or cause), boot and first input line. Runs on the reading thread, from the events and
 * from the input's idle calls; its memory is the analyzer's (per boot and channel, not per line)
 * and the keys of what it printed of the current boot: a finished boot is printed to its end
 * when the next one starts, and forgotten.
 */
final class Watcher implements EventSink {
    /** An incident the log has moved past by this much, in its own clock, is complete. */
    static final long COMPLETE_AFTER_MICROS = 15_000_000L;
    /** Rules whose finding ends an episode: the incident holding one is complete. */
    private static final Set<String> ENDINGS = Set.of("dma-stall", "stream-start-failure", "dma-channel-error",
            "fifo-not-fed", "codec-failure", "usb-audio");
    private static final JsonFactory JSON = new JsonFactory();

    private final Analyzer analyzer = new Analyzer();
    private final PrintWriter out;
    private final boolean json;
    private final long settleMillis;
    private final Consumer<Incident> onIncident;
    /** Findings of the current boot printed that are still kept whole (folded ones are forgotten here too). */
    private Set<String> printedFindings = new HashSet<>();
    /** Incidents of the current boot printed. */
    private final Set<String> printedIncidents = new HashSet<>();
    /** The causes of the incidents printed, in the order first printed. */
    private final Set<String> causes = new LinkedHashSet<>();
    private boolean problems;
    private LogFormat format;
    private long findingsSeen;
    private int incidents;
    private int findings;
    private long latestMicros = Record.NO_TIME;
    private boolean settled;
    private long events;
    private Runnable beforePrint = () -> { };

    Watcher(PrintWriter out, boolean json, long settleMillis, Consumer<Incident> onIncident) {
        this.out = out;
        this.json = json;
        this.settleMillis = settleMillis;
        this.onIncident = onIncident;
        analyzer.onBootEnd(this::bootEnded);
    }

    @Override
    public boolean wantsUnknown() {
        return false;
    }

    @Override
    public void format(LogFormat f) {
        this.format = f;
        analyzer.format(f);
    }

    @Override
    public void accept(Event event) {
        analyzer.accept(event);
        events++;
        settled = false;
        if (event.record().hasTime()) {
            latestMicros = Math.max(latestMicros, event.micros());
        }
        emit(false);
    }

    /** The input has had nothing for {@code quietMillis}: analyse what is held; settle once when long quiet. */
    void idle(long quietMillis) {
        boolean settle = !settled && quietMillis >= settleMillis;
        analyzer.quiet(quietMillis, settleMillis);
        emit(settle);
        settled |= settle;
    }

    /** The input ended (or Ctrl-C): the last boot's last incidents, complete now. */
    Analyzer.Result finish() {
        Analyzer.Result result = analyzer.finish();
        out.flush();
        return result;
    }

    /** A boot ended (the next one started, or the input ended): what it found, printed to the end. */
    private void bootEnded(BootFold.BootResult boot) {
        printNew(boot.findings());
        boot.incidents().forEach(this::incident);
        printedFindings.clear();
        printedIncidents.clear();
        findingsSeen = 0;
    }

    /** Told before anything is printed (the status line on stderr clears itself). */
    void beforePrint(Runnable r) {
        beforePrint = r;
    }

    int incidentsPrinted() {
        return incidents;
    }

    int findingsPrinted() {
        return findings;
    }

    /** The causes of the incidents printed, in the order first printed. */
    Set<String> causes() {
        return causes;
    }

    /** True when a warning or an error was printed. */
    boolean problems() {
        return problems;
    }

    long events() {
        return events;
    }

    private void emit(boolean quiet) {
        List<Finding> all = analyzer.currentFindings();
        // every occurrence counts: in a flood the kept findings stay as many while new ones roll in
        long reported = all.stream().mapToLong(Finding::repeats).sum();
        if (reported == findingsSeen && !quiet) {
            return; // nothing new was decided: the incidents are as they were
        }
        findingsSeen = reported;
        printNew(all);
        for (Incident i : analyzer.currentIncidents()) {
            if (quiet || complete(i)) {
                incident(i);
            }
        }
        out.flush();
    }

    private boolean complete(Incident i) {
        if (i.findings().stream().anyMatch(f -> ENDINGS.contains(f.rule()))) {
            return true;
        }
        return latestMicros != Record.NO_TIME && i.endMicros() != Record.NO_TIME
                && latestMicros - i.endMicros() > COMPLETE_AFTER_MICROS;
    }

    /** Prints the findings not printed yet; remembers only those the analyzer still keeps whole. */
    private void printNew(List<Finding> all) {
        Set<String> kept = new HashSet<>();
        for (Finding f : all) {
            if (f.repeats() > 1) {
                continue; // a fold stands for findings each printed as it came
            }
            String key = f.rule() + "|" + f.boot() + "|" + Evidence.firstLine(f.evidence()) + "|" + f.descriptors();
            kept.add(key);
            if (!printedFindings.contains(key)) {
                finding(f);
            }
        }
        printedFindings = kept; // bounded by what the analyzer keeps, not by the flood
    }

    private void finding(Finding f) {
        findings++;
        problems |= f.severity().isProblem();
        beforePrint.run();
        if (json) {
            line("finding", g -> JsonRenderer.finding(g, f, times()));
        } else {
            out.print("finding: ");
            out.print(TextRenderer.findingBlock(f, times()).stripLeading());
        }
    }

    private void incident(Incident i) {
        String key = i.boot() + "|" + i.firstLine();
        if (!printedIncidents.add(key)) {
            return;
        }
        incidents++;
        causes.add(i.cause().id());
        beforePrint.run();
        if (json) {
            line("incident", g -> JsonRenderer.incident(g, i, times()));
        } else {
            out.println();
            out.print(TextRenderer.incidentBlock(i, incidents, times()));
            out.println();
        }
        onIncident.accept(i);
    }

    /** The incident as one JSON object, for --exec's standard input. */
    String json(Incident i) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            JsonRenderer.incident(g, i, times());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** One JSON Lines object naming what it holds: {"finding": {…}} or {"incident": {…}}. */
    private void line(String kind, JsonWriter body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeFieldName(kind);
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(w);
    }

    @FunctionalInterface
    private interface JsonWriter {
        void write(JsonGenerator g) throws IOException;
    }

    TimeStyle times() {
        return format == null ? TimeStyle.SECONDS : format.timeStyle();
    }
}
