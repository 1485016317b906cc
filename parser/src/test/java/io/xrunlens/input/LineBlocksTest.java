package io.xrunlens.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBlocksTest {
    private static List<String> blocks(String input, int blockBytes, LineBlocks.CleanStart cleanStart) throws IOException {
        LineBlocks blocks = new LineBlocks(new byte[0], false,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.US_ASCII)), 100, blockBytes, cleanStart);
        List<String> out = new ArrayList<>();
        for (LineBlocks.Block b = blocks.next(); b != null; b = blocks.next()) {
            out.add(new String(b.data(), 0, b.length(), StandardCharsets.US_ASCII));
        }
        return out;
    }

    @Test
    void everyBlockButTheFirstStartsAtACleanLineAndNothingIsLost() throws IOException {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            input.append(i % 7 == 0 ? "[ 1.0] record " + i : "piece " + i).append('\n');
        }
        List<String> got = blocks(input.toString(), 256, (b, from, to) -> b[from] == '[');
        assertEquals(input.toString(), String.join("", got));
        assertTrue(got.size() > 20, "cut into many blocks");
        for (int i = 1; i < got.size(); i++) {
            assertTrue(got.get(i).startsWith("["), got.get(i));
            assertTrue(got.get(i - 1).endsWith("\n"));
        }
    }

    /** A run longer than a block with no clean line: the block grows until one comes. */
    @Test
    void aBlockWithNoCleanLineGrowsUntilOneComes() throws IOException {
        String input = "[ 1.0] start\n" + "piece\n".repeat(300) + "[ 2.0] next\n" + "[ 3.0] more\n".repeat(200);
        List<String> got = blocks(input, 256, (b, from, to) -> b[from] == '[');
        assertEquals(input, String.join("", got));
        assertTrue(got.get(0).length() > 256 * 2, "grown: " + got.get(0).length());
        assertTrue(got.get(0).contains("[ 2.0] next\n"), "the run of pieces stays whole in the first block");
        assertTrue(got.get(1).startsWith("[ 3.0] more"), got.get(1));
    }

    @Test
    void withoutARuleBlocksEndAtTheirLastLineEnd() throws IOException {
        String input = "piece\n".repeat(300);
        List<String> got = blocks(input, 256, null);
        assertEquals(input, String.join("", got));
        assertEquals(256 / 6 * 6, got.get(0).length());
    }

    /**
     * A block's array handed back is filled again for a later block: the later block holds its
     * own lines only, whatever the array held past them (here, bytes of no line), and an array
     * of another size is not taken back.
     */
    @Test
    void anArrayHandedBackServesALaterBlock() throws IOException {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            input.append("[ ").append(i).append(".0] line ").append(i).append('\n');
        }
        LineBlocks blocks = new LineBlocks(new byte[0], false,
                new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.US_ASCII)), 100, 256, (b, from, to) -> true);
        StringBuilder got = new StringBuilder();
        List<byte[]> arrays = new ArrayList<>();
        for (LineBlocks.Block b = blocks.next(); b != null; b = blocks.next()) {
            got.append(new String(b.data(), 0, b.length(), StandardCharsets.US_ASCII));
            byte[] data = b.data();
            if (arrays.stream().noneMatch(a -> a == data)) {
                arrays.add(data);
            }
            Arrays.fill(b.data(), (byte) 'x'); // what a reused array held is never read
            blocks.recycle(b.data());
            blocks.recycle(new byte[10]);
        }
        assertEquals(input.toString(), got.toString());
        assertEquals(1, arrays.size(), "one array served every block");
    }
}
