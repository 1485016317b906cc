package io.xrunlens.parser;

import io.xrunlens.event.Event;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A line read four times with new numbers, so that the readers' memos by rest and by shape answer for it too. */
final class RepeatedLine {
    private RepeatedLine() {
    }

    /** The events of four stamped lines of {@code line}, its %d filled with new numbers on each. */
    static List<Event> read(String line) {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            log.append(String.format("[%5d.%06d] ", 10 + i, 1234 + i)).append(line.replace("%d", String.valueOf(7 + i * 11)))
                    .append('\n');
        }
        List<Event> events = new ArrayList<>();
        new LogReader(LogReader.Options.defaults()).read("t", "", new ByteArrayInputStream(
                log.toString().getBytes(StandardCharsets.UTF_8)), events::add);
        return events;
    }
}
