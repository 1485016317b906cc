package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The compiled index the build writes says what the text index says. */
class CompiledIndexTest {
    private static CompiledIndex fromText() throws Exception {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream("/io/xrunlens/kb/" + KnowledgeBase.INDEX)) {
            return CompiledIndex.of(KbIndex.read(new InputStreamReader(in, StandardCharsets.UTF_8), KnowledgeBase.INDEX));
        }
    }

    @Test
    void theBuildsCompiledIndexEqualsTheText() throws Exception {
        CompiledIndex built;
        try (InputStream in = KnowledgeBase.class.getResourceAsStream("/io/xrunlens/kb/" + CompiledIndex.NAME)) {
            assertNotNull(in, "the build compiles " + CompiledIndex.NAME + " (parser's process-classes)");
            built = CompiledIndex.read(in);
        }
        assertSame(fromText(), built);
    }

    @Test
    void writingAndReadingGiveTheSameIndex() throws Exception {
        CompiledIndex index = fromText();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        index.write(out);
        assertSame(index, CompiledIndex.read(new ByteArrayInputStream(out.toByteArray())));
    }

    private static void assertSame(CompiledIndex expected, CompiledIndex actual) {
        assertEquals(expected.files(), actual.files());
        assertEquals(expected.unindexed(), actual.unindexed());
        assertEquals(expected.minSingle(), actual.minSingle());
        assertEquals(expected.anchors().size(), actual.anchors().size());
        for (int i = 0; i < expected.anchors().size(); i++) {
            AnchorFilter.Anchor e = expected.anchors().get(i);
            AnchorFilter.Anchor a = actual.anchors().get(i);
            assertEquals(e.hash(), a.hash(), "anchor " + i);
            assertEquals(e.first(), a.first(), "anchor " + i);
            assertEquals(e.pair(), a.pair(), "anchor " + i);
            assertArrayEquals(e.rows(), a.rows(), "anchor " + i);
        }
    }
}
