package io.xrunlens.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Logs are UTF-8 (or ASCII) everywhere but on Windows, where PowerShell's {@code >} writes
 * UTF-16 LE with a byte order mark. This looks at the first bytes of a (decompressed) input and
 * hands on UTF-8: a UTF-8 BOM is dropped; UTF-16 with a BOM, or without one but with a zero byte
 * in every other position of the first line, is transcoded as it streams.
 */
public final class TextDecoding {
    private static final int SNIFF = 64;

    private TextDecoding() {
    }

    /** The input as UTF-8 bytes and the name of what was undone ("" when nothing was). */
    public record Decoded(InputStream stream, String note) {
    }

    public static Decoded of(InputStream raw) throws IOException {
        byte[] head = new byte[SNIFF];
        int n = 0;
        try {
            int r;
            while (n < SNIFF && (r = raw.read(head, n, SNIFF - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            // a stream cut short: sniff what came; the line reader meets the error again and
            // reports it after framing these bytes
        }
        int length = n;
        if (n >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            return new Decoded(rest(head, 3, length, raw), "UTF-8 byte order mark dropped");
        }
        if (n >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return new Decoded(transcode(rest(head, 2, length, raw), StandardCharsets.UTF_16LE), "UTF-16LE decoded");
        }
        if (n >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return new Decoded(transcode(rest(head, 2, length, raw), StandardCharsets.UTF_16BE), "UTF-16BE decoded");
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (pairs >= 8 && oddZeros >= pairs * 9 / 10 && evenZeros == 0) {
            return new Decoded(transcode(rest(head, 0, length, raw), StandardCharsets.UTF_16LE),
                    "UTF-16LE decoded (no byte order mark)");
        }
        if (pairs >= 8 && evenZeros >= pairs * 9 / 10 && oddZeros == 0) {
            return new Decoded(transcode(rest(head, 0, length, raw), StandardCharsets.UTF_16BE),
                    "UTF-16BE decoded (no byte order mark)");
        }
        return new Decoded(rest(head, 0, length, raw), "");
    }

    /**
     * The sniffed bytes from {@code from}, then the rest of the input, one source per read call:
     * a read error of the rest cannot swallow the sniffed bytes (PushbackInputStream's would).
     */
    private static InputStream rest(byte[] head, int from, int length, InputStream raw) {
        int start = Math.min(from, length);
        ByteArrayInputStream sniffed = new ByteArrayInputStream(head, start, length - start);
        return new SequenceInputStream(sniffed, raw) {
            /** What is at hand in both parts: a live input asks (SequenceInputStream asks only the current one). */
            @Override
            public int available() throws IOException {
                return sniffed.available() + raw.available();
            }
        };
    }

    /** Reads characters in one charset and gives them out as UTF-8 bytes, a buffer at a time. */
    private static InputStream transcode(InputStream in, Charset from) {
        Reader reader = new InputStreamReader(in, from);
        CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStream() {
            private final CharBuffer chars = CharBuffer.allocate(8192);
            private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3);
            private boolean eof;

            {
                bytes.flip();
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                while (!bytes.hasRemaining()) {
                    if (eof) {
                        return -1;
                    }
                    int r = reader.read(chars); // chars is in write mode, holding any unencoded rest
                    if (r < 0) {
                        eof = true;
                        continue;
                    }
                    chars.flip();
                    bytes.clear();
                    utf8.encode(chars, bytes, false);
                    bytes.flip();
                    chars.compact(); // a surrogate pair split by the read waits for its second half
                }
                int k = Math.min(len, bytes.remaining());
                bytes.get(b, off, k);
                return k;
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }
}
