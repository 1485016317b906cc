package io.xrunlens.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.xrunlens.analyzer.Analyzer;
import io.xrunlens.analyzer.boot.BootFold;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.analyzer.finding.RuleId;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The analysis of a live log, told as it is decided: every finding the moment its rule reports
 * it (the misapplied free at its free line), every incident once it is complete (it ends in a
 * stall or error, or the log has moved on past it, or the input has been quiet for the settle
 * time, or the input ended). Nothing is printed twice: findings are known by their rule, boot and
 * first input line, incidents by their cause, boot and first input line. Runs on the reading
 * thread, from the events and from the input's idle calls; its memory is the analyzer's (per boot
 * and channel, not per line) and the keys of what it printed of the current boot: a finished
 * boot is printed to its end when the next one starts, and forgotten.
 */
final class Watcher implements EventSink {
    /** An incident the log has moved past by this much, in its own clock, is complete. */
    static final long COMPLETE_AFTER_MICROS = 15_000_000L;
    private static final JsonFactory JSON = new JsonFactory();

    private final PrintWriter out;
    private final boolean json;
    private final long settleMillis;
    private final Consumer<Incident> onIncident;
    /**
     * The machines whose lines the log holds: one, or in a log server's file each host its own,
     * as {@code analyze} reads it (one board's terminate and another's prep are no race).
     */
    private final Map<String, Machine> machines = new LinkedHashMap<>();
    private Machine machine = new Machine("");
    /** The causes of the incidents printed, in the order first printed. */
    private final Set<String> causes = new LinkedHashSet<>();
    private boolean problems;
    private LogFormat format;
    private int incidents;
    private int findings;
    private boolean settled;
    private long flushedAt = System.nanoTime();
    /** Findings of a flood are written at most this often (a quiet input is flushed at once). */
    private static final long FLUSH_EVERY_NANOS = 20_000_000L;
    private long events;
    private Runnable beforePrint = () -> { };

    Watcher(PrintWriter out, boolean json, long settleMillis, Consumer<Incident> onIncident) {
        this.out = out;
        this.json = json;
        this.settleMillis = settleMillis;
        this.onIncident = onIncident;
    }

    /** One machine's analysis, and what of it was printed. */
    private final class Machine {
        final Analyzer analyzer = Analyzer.live();
        /** Its name in a log of several hosts, else "". */
        String host;
        /** Incidents of its current boot printed. */
        final Set<String> printedIncidents = new HashSet<>();
        long latestMicros = Record.NO_TIME;
        /** Since the incidents were last chained: a finding reported, one that ends an episode. */
        boolean reported;
        boolean ending;
        /** The log's time at which the incidents are chained again, if findings came meanwhile. */
        long nextCheckMicros = Record.NO_TIME;

        Machine(String host) {
            this.host = host;
            analyzer.onFinding(f -> finding(this, f));
            analyzer.onBootEnd(this::bootEnded);
            if (format != null) {
                analyzer.format(format);
            }
        }

        /** A boot ended (the next one started, or the input ended): its incidents, printed to the end. */
        void bootEnded(BootFold.BootResult boot) {
            boot.incidents().forEach(i -> incident(this, i));
            printedIncidents.clear();
            reported = false;
            ending = false;
        }

        /**
         * Prints the incidents that are complete. Chaining the boot's findings into incidents costs
         * as much as the findings kept, so it is done when it can change the answer: on a quiet
         * input, after a finding that ends an episode, and once the log's clock has passed the time
         * at which the earliest open incident (or one a new finding starts) would be complete; an
         * XRUN flood would otherwise chain them all again at every line.
         */
        void emit(boolean quiet) {
            boolean due = quiet || ending || (reported && latestMicros != Record.NO_TIME
                    && (nextCheckMicros == Record.NO_TIME || latestMicros >= nextCheckMicros));
            if (!due) {
                return;
            }
            reported = false;
            ending = false;
            long earliestOpen = latestMicros;
            for (Incident i : analyzer.currentIncidents()) {
                if (quiet || complete(i)) {
                    incident(this, i);
                } else if (i.endMicros() != Record.NO_TIME) {
                    earliestOpen = Math.min(earliestOpen, i.endMicros());
                }
            }
            nextCheckMicros = earliestOpen == Record.NO_TIME ? Record.NO_TIME : earliestOpen + COMPLETE_AFTER_MICROS + 1;
            out.flush();
        }

        private boolean complete(Incident i) {
            if (i.findings().stream().anyMatch(f -> RuleId.of(f.rule()).endsEpisode())) {
                return true;
            }
            return latestMicros != Record.NO_TIME && i.endMicros() != Record.NO_TIME
                    && latestMicros - i.endMicros() > COMPLETE_AFTER_MICROS;
        }
    }

    @Override
    public boolean wantsUnknown() {
        return false;
    }

    @Override
    public void format(LogFormat f) {
        this.format = f;
        machine.analyzer.format(f);
    }

    /** The lines after this are {@code name}'s: its own analysis (the lines before the first name are the first host's). */
    @Override
    public void host(String name) {
        Machine next = machines.get(name);
        if (next == null) {
            if (machines.isEmpty()) {
                next = machine;
                next.host = name;
            } else {
                next = new Machine(name);
            }
            machines.put(name, next);
        }
        machine = next;
    }

    @Override
    public void accept(Event event) {
        machine.analyzer.accept(event);
        events++;
        settled = false;
        if (event.record().hasTime()) {
            machine.latestMicros = Math.max(machine.latestMicros, event.micros());
        }
        machine.emit(false);
    }

    /** The input has had nothing for {@code quietMillis}: analyse what is held; settle once when long quiet. */
    void idle(long quietMillis) {
        boolean settle = !settled && quietMillis >= settleMillis;
        for (Machine m : all()) {
            m.analyzer.quiet(quietMillis, settleMillis);
            m.emit(settle);
        }
        settled |= settle;
        out.flush();
    }

    /** The input ended (or Ctrl-C): the last boots' last incidents, complete now. */
    void finish() {
        for (Machine m : all()) {
            m.analyzer.finish();
        }
        out.flush();
    }

    private Iterable<Machine> all() {
        return machines.isEmpty() ? List.of(machine) : machines.values();
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

    /** A finding, printed the moment its rule reports it (each is reported once). */
    private void finding(Machine m, Finding f) {
        m.reported = true;
        m.ending |= RuleId.of(f.rule()).endsEpisode();
        findings++;
        problems |= f.severity().isProblem();
        beforePrint.run();
        if (json) {
            line("finding", g -> JsonRenderer.finding(g, f, times(), m.host));
        } else {
            out.print("finding: ");
            out.print(TextRenderer.findingBlock(f, times()).stripLeading());
        }
        flushSoon();
    }

    /**
     * Flushes what was printed unless that was done in the last few milliseconds: a flood's
     * findings go out in batches, not one write each; a quiet input flushes at once ({@link #idle}).
     */
    private void flushSoon() {
        long now = System.nanoTime();
        if (now - flushedAt >= FLUSH_EVERY_NANOS) {
            out.flush();
            flushedAt = now;
        }
    }

    private void incident(Machine m, Incident i) {
        // by cause too: a boot's line may lead several incidents (the card that did not come up
        // leads its own and the missing card's of a player after it)
        String key = i.boot() + "|" + i.firstLine() + "|" + i.cause().id();
        if (!m.printedIncidents.add(key)) {
            return;
        }
        incidents++;
        causes.add(i.cause().id());
        beforePrint.run();
        if (json) {
            line("incident", g -> JsonRenderer.incident(g, i, times(), m.host));
        } else {
            out.println();
            out.print(TextRenderer.incidentBlock(i, incidents, times(), m.host));
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
