package io.xrunlens.analyzer.finding;

import io.xrunlens.event.Event;
import io.xrunlens.record.Record;
import java.util.List;
import java.util.Objects;
import java.util.function.LongBinaryOperator;
import java.util.stream.LongStream;

/**
 * One log record a finding rests on.
 *
 * @param role   what the record shows in the story ("terminate", "prep", "free", ...)
 * @param line   1-based input line
 * @param micros time on the log's clock, or Record.NO_TIME
 * @param text   the record as the kernel printed it (origin and message)
 */
public record Evidence(String role, long line, long micros, String text) {

    // Written out, not the record's own: chains compare their lines for every incident, and the
    // generated methods are slow calls in code the quick compiler made.
    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && line == e.line && micros == e.micros && Objects.equals(role, e.role)
                && Objects.equals(text, e.text);
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(line) * 31 + Long.hashCode(micros)) * 31 + Objects.hashCode(text);
    }

    public static Evidence of(String role, Event event) {
        return new Evidence(role, event.record().line(), event.record().micros(), event.record().message());
    }

    /** The same record at another time ({@code to(line, micros)}: a picture's display clock). */
    public Evidence retimed(LongBinaryOperator to) {
        return new Evidence(role, line, to.applyAsLong(line, micros), text);
    }

    /** The earliest time of the records that have one, or {@code none} (a loop: findings are sorted by it). */
    public static long earliest(List<Evidence> evidence, long none) {
        long t = Long.MAX_VALUE;
        for (int i = 0; i < evidence.size(); i++) { // no iterator: asked at every comparison of findings
            Evidence e = evidence.get(i);
            if (e.micros != Record.NO_TIME && e.micros < t) {
                t = e.micros;
            }
        }
        return t == Long.MAX_VALUE ? none : t;
    }

    /** The latest time of the records that have one, or {@code none}. */
    public static long latest(List<Evidence> evidence, long none) {
        long t = Record.NO_TIME; // below every time a record has
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            if (e.micros != Record.NO_TIME && e.micros > t) {
                t = e.micros;
            }
        }
        return t == Record.NO_TIME ? none : t;
    }

    /** The first input line of the evidence, or 0 for none. */
    public static long firstLine(List<Evidence> evidence) {
        long first = Long.MAX_VALUE;
        for (int i = 0; i < evidence.size(); i++) {
            first = Math.min(first, evidence.get(i).line);
        }
        return evidence.isEmpty() ? 0 : first;
    }

    /** The last input line of the evidence, or 0 for none. */
    public static long lastLine(List<Evidence> evidence) {
        long last = Long.MIN_VALUE;
        for (int i = 0; i < evidence.size(); i++) {
            last = Math.max(last, evidence.get(i).line);
        }
        return evidence.isEmpty() ? 0 : last;
    }

    /** The times of the records that have one (untimed records say nothing about when). */
    public static LongStream times(List<Evidence> evidence) {
        return evidence.stream().mapToLong(Evidence::micros).filter(t -> t != Record.NO_TIME);
    }
}
