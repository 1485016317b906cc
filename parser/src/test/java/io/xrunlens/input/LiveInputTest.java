package io.xrunlens.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveInputTest {
    @Test
    void aFollowedFileIsReadAsItGrowsAndAStopEndsIt(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("kern.log"), "one\n");
        AtomicLong idles = new AtomicLong();
        LiveInput[] self = new LiveInput[1];
        LiveInput in = LiveInput.follow(log, q -> {
            if (idles.incrementAndGet() == 3) {
                try {
                    Files.writeString(log, "two\n", StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (idles.get() == 30) {
                self[0].stop(); // Ctrl-C: what was read is served, then the end
            }
        }, note -> { });
        self[0] = in;
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[16];
        int n;
        while ((n = in.read(buf, 0, buf.length)) >= 0) {
            got.write(buf, 0, n);
        }
        assertEquals("one\ntwo\n", got.toString(StandardCharsets.UTF_8));
        assertTrue(idles.get() >= 30, "the reader was told when the input was quiet: " + idles.get());
    }

    /**
     * A stop interrupts the pump, and an interrupt closes the file channel it may be reading
     * (ClosedByInterruptException): that is the end of the input, never a read error. Stopped
     * many times while a large file streams, so that some stops land in a channel's read.
     */
    @Test
    void aStopWhileTheFileIsReadEndsTheInputWithoutAnError(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("big.log");
        byte[] line = "[    1.000000] fsl-sai 30010000.sai: isr: Transmit underrun detected\n".getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[line.length * 16_384];
        for (int i = 0; i < 16_384; i++) {
            System.arraycopy(line, 0, block, i * line.length, line.length);
        }
        Files.write(log, block);
        for (int round = 0; round < 40; round++) {
            LiveInput in = LiveInput.follow(log, q -> { }, note -> { });
            byte[] buf = new byte[4096];
            long read = 0;
            int n;
            while ((n = in.read(buf, 0, buf.length)) >= 0) {
                read += n;
                if (read >= 4096 * (round % 8 + 1)) {
                    in.stop();
                }
            }
            assertTrue(read > 0, "round " + round);
        }
    }

    @Test
    void availableCountsWhatIsAtHandAndAPipeEndsAtItsEnd() throws Exception {
        LiveInput in = LiveInput.of(new ByteArrayInputStream("abc\n".getBytes(StandardCharsets.UTF_8)), q -> { });
        byte[] buf = new byte[2];
        assertEquals(2, in.read(buf, 0, 2));
        assertEquals(2, in.available(), "the rest of the chunk");
        assertEquals(2, in.read(buf, 0, 2));
        assertEquals(-1, in.read(buf, 0, 2));
    }
}
