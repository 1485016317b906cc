package io.xrunlens.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into text lines with exact accounting, whatever the bytes are.
 *
 * <p>A line ends at {@code \n}; a last line without one still counts. Carriage returns are
 * dropped (serial consoles send CRLF and stray CRs), ANSI colour escapes are removed (dmesg
 * and consoles colourise), other control bytes stay visible as {@code \xNN}, and invalid
 * UTF-8 decodes to U+FFFD rather than failing. A line longer than {@code maxLineBytes} is cut
 * there: the rest is skipped without being held, so memory stays bounded by the limit, not by
 * the input.
 */
public final class LineReader implements LineSource {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] line = new byte[256];
    private int lineLen;
    private long lineNumber;
    private long truncatedLines;
    private long bytesRead;
    private final boolean live;

    public LineReader(InputStream in, int maxLineBytes) {
        this(in, maxLineBytes, false);
    }

    /** @param live the input grows while it is read: {@link #ready()} asks the stream */
    public LineReader(InputStream in, int maxLineBytes, boolean live) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.live = live;
    }

    /** For a live input: a whole line is buffered, or the stream has bytes at hand. */
    @Override
    public boolean ready() throws IOException {
        if (!live || eof) {
            return true;
        }
        for (int i = pos; i < limit; i++) {
            if (buf[i] == '\n') {
                return true;
            }
        }
        return in.available() > 0;
    }

    /** The next line, or null at the end of the input. */
    @Override
    public String next() throws IOException {
        lineLen = 0;
        boolean truncated = false;
        boolean sawAny = false;
        while (true) {
            if (pos >= limit) {
                if (eof || !fill()) {
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            int start = pos;
            int nl = -1;
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl < 0 ? limit : nl;
            truncated |= append(start, end);
            pos = nl < 0 ? limit : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        lineNumber++;
        if (truncated) {
            truncatedLines++;
        }
        return decode();
    }

    /** 1-based number of the line last returned by {@link #next()}. */
    @Override
    public long linesRead() {
        return lineNumber;
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    /** How many lines were cut at the length limit so far. */
    public long truncatedLines() {
        return truncatedLines;
    }

    public long bytesRead() {
        return bytesRead;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        bytesRead += n;
        pos = 0;
        limit = n;
        return true;
    }

    /** Appends buf[start, end) to the line up to the limit; returns true if bytes were dropped. */
    private boolean append(int start, int end) {
        int room = maxLineBytes - lineLen;
        int n = Math.min(end - start, Math.max(room, 0));
        if (n > 0) {
            if (lineLen + n > line.length) {
                int cap = line.length;
                while (cap < lineLen + n) {
                    cap *= 2;
                }
                byte[] bigger = new byte[Math.min(cap, Math.max(maxLineBytes, 256))];
                System.arraycopy(line, 0, bigger, 0, lineLen);
                line = bigger;
            }
            System.arraycopy(buf, start, line, lineLen, n);
            lineLen += n;
        }
        return end - start > n;
    }

    private String decode() {
        boolean plain = true;
        for (int i = 0; i < lineLen; i++) {
            byte b = line[i];
            if (b < 0x20 || b == 0x7f) {
                plain = false;
                break;
            }
        }
        if (plain) {
            // Pure ASCII or well-formed multi-byte text: the common case, no copying by hand.
            return new String(line, 0, lineLen, StandardCharsets.UTF_8);
        }
        return cleanControls(new String(line, 0, lineLen, StandardCharsets.UTF_8));
    }

    /** Drops CRs and ANSI CSI sequences, escapes the other control characters. */
    public static String cleanControls(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == 0x1b && i + 1 < s.length() && s.charAt(i + 1) == '[') {
                int j = i + 2;
                while (j < s.length() && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x3f) {
                    j++;
                }
                if (j < s.length() && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7e) {
                    i = j;
                    continue;
                }
            }
            if (c == '\t' || c >= 0x20 && c != 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\x%02x", (int) c));
            }
        }
        return out.toString();
    }
}
