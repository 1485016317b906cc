package io.xrunlens.parser;

import io.xrunlens.event.Message;
import io.xrunlens.format.LogFormat;
import io.xrunlens.record.Record;

/**
 * Receives the records of an input once framed and typed, in input order: what the part of
 * reading that needs order (boots, counts, the events handed on) starts from.
 */
interface TypedSink {
    /** A record counted but not framed in full (or typed Unknown): its clock and whether it has a kernel origin. */
    void skipped(long micros, boolean hasOrigin);

    /** A typed record; its line number counts from {@code lineOffset} (a block's from its first line). */
    void typed(Record record, Message message, long lineOffset);

    void bootSeparator();

    void bootId(String id);

    /** The records after this are {@code name}'s, a host the lines' prefixes name ({@link LogFormat#lineHost}). */
    default void host(String name) {
    }
}
