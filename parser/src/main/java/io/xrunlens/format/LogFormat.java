package io.xrunlens.format;

import io.xrunlens.record.RecordSink;
import io.xrunlens.record.TimeStyle;

/**
 * One way kernel logs get written down (plain dmesg, journald, syslog, ...). A format frames
 * each physical line into one or more records; it never drops a line.
 */
public interface LogFormat {
    /** Short name used by {@code --input-format} and reported per input. */
    String name();

    /** One line for {@code xrunlens formats}. */
    String description();

    /**
     * How strongly one line looks like this format: 0 not at all, 1 plausibly, 2 certainly.
     * Detection sums this over the first lines of an input.
     */
    int score(String line);

    /**
     * Whether a record of this format can start on this line. A line that cannot, between lines
     * that do, is what a terminal or mailer left when it cut a long line in two.
     */
    default boolean startsRecord(String line) {
        return score(line) > 0;
    }

    /** Frames one physical line; must emit at least one record. */
    void frame(String line, long lineNumber, RecordSink out);

    /**
     * Like {@link #frame}, for a line known to hold no message of ours: formats that can count
     * its records and read their clocks more cheaply report them through
     * {@link RecordSink#skipped}; the default frames the line in full.
     */
    default void skim(String line, long lineNumber, RecordSink out) {
        frame(line, lineNumber, out);
    }

    /**
     * The format as one input should use it. Formats whose clock prints no year keep per-input
     * state (see {@link YearlessClock}); the others are shared. {@code year} is the year given by
     * the user, or 0.
     */
    default LogFormat forInput(int year) {
        return this;
    }

    /**
     * How this input's times are shown: as the log prints them. Asked of the per-input format
     * ({@link #forInput}) once records have been read, since a wrapper that keeps the kernel's
     * own "[ seconds]" inside shows that clock, not its own.
     */
    default TimeStyle timeStyle() {
        return TimeStyle.SECONDS;
    }

    /** Finest step of the format's clock in microseconds (1 for dmesg, 1e6 for dmesg -T). */
    default long clockResolutionMicros() {
        return 1;
    }
}
