package io.xrunlens.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<String> lines(byte[] bytes, int max) throws IOException {
        LineReader r = new LineReader(new ByteArrayInputStream(bytes), max);
        List<String> out = new ArrayList<>();
        String l;
        while ((l = r.next()) != null) {
            out.add(l);
        }
        assertEquals(out.size(), r.lineNumber());
        return out;
    }

    private static List<String> lines(String s) throws IOException {
        return lines(s.getBytes(StandardCharsets.UTF_8), 1 << 20);
    }

    @Test
    void lastLineWithoutNewlineCounts() throws IOException {
        assertEquals(List.of("a", "b"), lines("a\nb"));
        assertEquals(List.of("a", "b"), lines("a\nb\n"));
        assertEquals(List.of("", ""), lines("\n\n"));
    }

    @Test
    void emptyInputHasNoLines() throws IOException {
        assertEquals(List.of(), lines(""));
    }

    @Test
    void dropsCarriageReturnsAndColourEscapes() throws IOException {
        assertEquals(List.of("[    1.0] hello", "x"), lines("\u001b[32m[    1.0] \u001b[0mhello\r\r\nx\r\n"));
    }

    @Test
    void escapesOtherControlBytes() throws IOException {
        assertEquals(List.of("a\\x00b\\x07c\td"), lines("a\u0000b\u0007c\td"));
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() throws IOException {
        byte[] bad = {'o', 'k', (byte) 0xff, (byte) 0xc3, '\n', 'z'};
        List<String> out = lines(bad, 100);
        assertEquals(2, out.size());
        assertEquals("ok\uFFFD\uFFFD", out.get(0));
    }

    @Test
    void cutsLongLinesAndCountsThem() throws IOException {
        String longLine = "x".repeat(100_000);
        LineReader r = new LineReader(new ByteArrayInputStream((longLine + "\nshort\n").getBytes(StandardCharsets.UTF_8)),
                1000);
        assertEquals(1000, r.next().length());
        assertEquals("short", r.next());
        assertNull(r.next());
        assertEquals(1, r.truncatedLines());
        assertEquals(2, r.lineNumber());
    }

    @Test
    void hugeLineIsReadWithoutHoldingIt() throws IOException {
        // 64 MiB of one line through a 1 KiB limit: only the limit is ever held.
        long size = 64L << 20;
        InputStream endless = new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'y' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 'y');
                left -= n;
                return n;
            }
        };
        LineReader r = new LineReader(endless, 1024);
        assertEquals(1024, r.next().length());
        assertNull(r.next());
        assertEquals(size, r.bytesRead());
    }
}
