package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A line read four times with new numbers, so that the readers' memos by rest and by shape answer for it too. */
final class RepeatedLine {
    private RepeatedLine() {
    }

    /** The four events of {@code line}, asserted to be read each time as a row whose id starts with {@code rowId}. */
    static List<Event> readAsRow(String line, String rowId) {
        List<Event> events = read(line);
        assertEquals(4, events.size(), line);
        for (Event e : events) {
            assertTrue(e.message() instanceof Message.Catalogued c && c.form().id().startsWith(rowId),
                    line + " read as " + e.message());
        }
        return events;
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
