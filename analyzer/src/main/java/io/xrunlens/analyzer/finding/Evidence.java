package io.xrunlens.analyzer.finding;

import io.xrunlens.event.Event;
import io.xrunlens.record.Record;
import java.util.List;
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

    public static Evidence of(String role, Event event) {
        return new Evidence(role, event.record().line(), event.record().micros(), event.record().message());
    }

    /** The same record at another time ({@code to(line, micros)}: a picture's display clock). */
    public Evidence retimed(java.util.function.LongBinaryOperator to) {
        return new Evidence(role, line, to.applyAsLong(line, micros), text);
    }

    /** The times of the records that have one (untimed records say nothing about when). */
    public static LongStream times(List<Evidence> evidence) {
        return evidence.stream().mapToLong(Evidence::micros).filter(t -> t != Record.NO_TIME);
    }
}
