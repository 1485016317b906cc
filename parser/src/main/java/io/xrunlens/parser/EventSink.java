package io.xrunlens.parser;

import io.xrunlens.event.Event;
import io.xrunlens.format.LogFormat;
import java.util.function.Consumer;

/** Receives the events of one input, and first the format they were framed with. */
public interface EventSink extends Consumer<Event> {
    /** Called once, before the first event, when the format is known (detected or forced). */
    default void format(LogFormat format) {
    }

    /**
     * Whether this sink wants {@link io.xrunlens.event.Message.Unknown} events. Those that do not
     * (the analyzer, the timeline) let the reader skim lines that cannot hold a message of ours:
     * their records are still counted and their clock still splits boots, but they are not
     * framed in full. Most lines of a real log are such lines.
     */
    default boolean wantsUnknown() {
        return true;
    }

    /**
     * The events after this are {@code name}'s: told where a log's prefixes name a host (a
     * central log server's file), before the first host's events and at each change of host.
     * Each host's boots are its own (numbered for the input in the order they start).
     */
    default void host(String name) {
    }
}
