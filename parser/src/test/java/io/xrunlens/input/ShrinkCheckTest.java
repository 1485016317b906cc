package io.xrunlens.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file truncated by another program while it is read ends with a read error, not silently. */
class ShrinkCheckTest {
    @Test
    void aFileTruncatedWhileReadSaysSoAtItsEnd(@TempDir Path dir) throws Exception {
        Path log = Files.write(dir.resolve("kern.log"), "[    1.000000] line\n".repeat(10_000).getBytes());
        InputOpener.OpenedInput in = InputOpener.open(log.toString());
        try (InputStream s = in.stream()) {
            s.readNBytes(4096);
            try (FileChannel c = FileChannel.open(log, StandardOpenOption.WRITE)) {
                c.truncate(50_000); // logrotate's copytruncate, mid-read
            }
            IOException e = assertThrows(IOException.class, s::readAllBytes);
            assertTrue(e.getMessage().contains("the file shrank while it was read: it ended after 50,000 of the 200,000"),
                    e.getMessage());
        }
    }

    @Test
    void aWholeFileOrOneThatGrowsReadsAsIs(@TempDir Path dir) throws Exception {
        byte[] body = "[    1.000000] line\n".repeat(1_000).getBytes();
        Path log = Files.write(dir.resolve("kern.log"), body);
        try (InputStream s = InputOpener.open(log.toString()).stream()) {
            assertArrayEquals(body, s.readAllBytes());
        }
        try (InputStream s = InputOpener.open(log.toString()).stream()) {
            s.readNBytes(100);
            Files.write(log, "[    2.000000] more\n".getBytes(), StandardOpenOption.APPEND);
            assertTrue(s.readAllBytes().length >= body.length - 100, "appended lines are no error");
        }
    }
}
