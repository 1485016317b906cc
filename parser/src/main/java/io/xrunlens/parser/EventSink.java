package io.xrunlens.parser;

import io.xrunlens.event.Event;
import io.xrunlens.format.LogFormat;
import java.util.function.Consumer;

/** Receives the events of one input, and first the format they were framed with. */
public interface EventSink extends Consumer<Event> {
    /** Called once, before the first event, when the format is known (detected or forced). */
    default void format(LogFormat format) {
    }
}
