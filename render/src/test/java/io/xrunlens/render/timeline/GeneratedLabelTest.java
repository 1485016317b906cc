package io.xrunlens.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A generated row is labelled by what it prints, not by its id of source names and a hash. */
class GeneratedLabelTest {
    @Test
    void theFirstLiteralWordsOfTheFormat() {
        assertEquals("ipc tx timed out", TimelineModelBuilder.firstWords("ipc tx timed out for %#x (msg/reply size: %d/%zu)"));
        assertEquals("HW params ipc failed", TimelineModelBuilder.firstWords("HW params ipc failed for stream %d"));
        assertEquals("TX underrun on channel", TimelineModelBuilder.firstWords("TX underrun on channel %d"));
        assertEquals("driver error", TimelineModelBuilder.firstWords("%s: %d"));
    }
}
