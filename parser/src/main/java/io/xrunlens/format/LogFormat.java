package io.xrunlens.format;

import io.xrunlens.record.RecordSink;
import io.xrunlens.record.TimeStyle;
import java.util.List;

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
     * {@link #skim} for a line given as its bytes, when the format can count its records without
     * decoding it: true when it did; false when the line is to be decoded and skimmed as text
     * (the default, and any line out of the ordinary). A line holding a control character must
     * be left to the text path: decoding drops CRs and colour escapes, which may move what the
     * format looks for.
     */
    default boolean skim(byte[] line, int from, int to, RecordSink out) {
        return false;
    }

    /**
     * {@link #startsRecord(String)} asked of a line's bytes, for a reader that looks at the next
     * line before it frames this one: true only where the decoded line starts a record; false
     * where that is not known from the bytes (the reader then asks the text). Reads no state and
     * changes none.
     */
    default boolean startsRecord(byte[] line, int from, int to) {
        return false;
    }

    /**
     * The host the last line read with a host in its prefix named ("Nov 24 10:00:00 board-a
     * kernel: …"), one instance of it until another host's line comes; null for a format that
     * names none. Only a per-input format ({@link #forInput}) or a block's copy knows it.
     */
    default String lineHost() {
        return null;
    }

    /**
     * What reading the input showed that its report should say ("hosts: …"), asked of the
     * per-input format ({@link #forInput}) once every line is read.
     */
    default List<String> notes() {
        return List.of();
    }

    /** Returned by {@link #clockAndRest} for a line that is not a clock and a rest (no clock reads as it). */
    long NOT_SPLIT = Long.MIN_VALUE + 2;

    /**
     * Added to the level in {@code split[1]} ({@link #clockAndRest}) for a line split after the
     * prefix of another format than the input's: its rest is framed as that format's line is
     * in any input, which need not be how this format frames its own rests.
     */
    int ANOTHER_FORMAT = 64;

    /**
     * For a line that is its clock and then a rest that alone decides the line's records, with
     * the level of the prefix before it (plain dmesg: "[  535.201598]" and the rest): the clock
     * in microseconds, the rest's start in {@code split[0]} and in {@code split[1]} the printk
     * level the prefix gave ("kern  :err   :", "3,1012,…;"), -1 where it carries none, or
     * {@link #ANOTHER_FORMAT} and that level; {@link #NOT_SPLIT} for any other line and any
     * other format. The rest runs to the line's end, or to {@code split[2]} where the format sets
     * it (a journal entry's MESSAGE, followed by other fields); the caller sets it to {@code to}.
     * Readers keep what a rest gave by the rest and its level, and reuse it when they come again
     * (see RestMemo). Called once per line, in order, before the line is framed
     * (if it is): a format with a clock that learns from the lines before may learn here, as long
     * as framing the line after it learns the same.
     */
    default long clockAndRest(byte[] line, int from, int to, int[] split) {
        return NOT_SPLIT;
    }

    /**
     * For a line {@link #clockAndRest} does not split: where its message's text lies in its bytes
     * as is, in {@code span} (from, to), when the format knows it cheaply (a journal entry's
     * MESSAGE among its other fields); false to have the whole line searched (the default). The
     * reader searches only there for the words that make a line one of ours: a line's other
     * fields name no message, and were most of what was searched.
     */
    default boolean messageSpan(byte[] line, int from, int to, int[] span) {
        return false;
    }

    /**
     * Whether framing one line depends on nothing but that line: then blocks of lines may be
     * framed on several threads at once. Formats that learn from the lines before (a year-less
     * clock counting New Year's Eves) are read on one thread.
     */
    default boolean lineLocal() {
        return false;
    }

    /**
     * The format as a worker thread frames one block of later lines with it, when
     * {@link #lineLocal}: itself for a format without state, else a copy that starts from this
     * one's state (what the input has shown of its clock so far).
     */
    default LogFormat forBlock() {
        return this;
    }

    /**
     * Called in input order for each block framed by a {@link #forBlock} copy, once the blocks
     * before it are done: whether the copy framed it as this format would have, having read them.
     * If so this format goes on from the block's end; if not, the block is framed again with this
     * format (a year-less clock that met New Year's Eve in a block before).
     */
    default boolean follows(LogFormat block) {
        return true;
    }

    /**
     * Whom the reader's memos of what a line's rest gave (all but its clock) belong to: the
     * format itself, and for each {@link #forBlock} copy the format it was copied from. What a
     * rest gives does not depend on what a copy learns of the clock, and a memo emptied for
     * every block relearnt its lines at every megabyte of a wrapped log.
     */
    default Object framingKey() {
        return this;
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
