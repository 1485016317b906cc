package io.xrunlens.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
public final class LineReader implements RawLines {
    private static final int BUFFER = 1 << 16;
    /** Bytes read before the line end is judged (see {@link #newline}). */
    private static final int DECIDE_BYTES = 4096;

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
    /** The line last stepped to, as bytes: in {@link #buf} or in {@link #line}. */
    private byte[] raw;
    private int rawStart;
    private int rawEnd;
    /**
     * What ends a line: a line feed, or a carriage return in an input whose first block with a
     * line end has carriage returns and no line feed (classic Mac text, some serial terminals).
     */
    private byte newline = '\n';
    private boolean newlineKnown;
    /** A read error met while reading ahead, thrown when the bytes before it are used up. */
    private IOException pending;

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
            if (buf[i] == newline) {
                return true;
            }
        }
        return in.available() > 0;
    }

    /** The next line, or null at the end of the input. */
    @Override
    public String next() throws IOException {
        return nextRaw() ? decode(raw, rawStart, rawEnd - rawStart) : null;
    }

    /**
     * Steps to the next line without decoding it: its bytes are {@code rawBytes()[rawStart(),
     * rawEnd())}, valid until the next call. False at the end of the input.
     */
    @Override
    public boolean nextRaw() throws IOException {
        if (pos < limit) {
            // The common case: the whole line is in the buffer, used from there without a copy.
            int nl = Bytes.indexOf(buf, newline, pos, limit);
            if (nl >= 0 && nl - pos <= maxLineBytes) {
                raw = buf;
                rawStart = pos;
                rawEnd = nl;
                pos = nl + 1;
                lineNumber++;
                return true;
            }
        }
        lineLen = 0;
        boolean truncated = false;
        boolean sawAny = false;
        while (true) {
            if (pos >= limit) {
                if (eof || !fill()) {
                    if (!sawAny) {
                        return false;
                    }
                    break;
                }
            }
            sawAny = true;
            int start = pos;
            int nl = Bytes.indexOf(buf, newline, pos, limit);
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
        raw = line;
        rawStart = 0;
        rawEnd = lineLen;
        return true;
    }

    @Override
    public int peek(int[] span) {
        if (pos >= limit) {
            return eof ? NO_MORE : NOT_AT_HAND;
        }
        int nl = Bytes.indexOf(buf, newline, pos, limit);
        if (nl < 0 && !eof) {
            return NOT_AT_HAND;
        }
        span[0] = pos;
        span[1] = nl < 0 ? limit : nl;
        return PEEKED;
    }

    @Override
    public byte[] peekBytes() {
        return buf;
    }

    /**
     * The bytes that were read from the stream but not yet returned as lines; afterwards this
     * reader is at their end. For a reader that takes the rest of the input over in blocks.
     */
    public byte[] takeBuffered() {
        byte[] rest = Arrays.copyOfRange(buf, pos, limit);
        pos = limit;
        return rest;
    }

    /** Whether the stream has ended (everything left is in {@link #takeBuffered()}). */
    public boolean atEnd() {
        return eof;
    }

    @Override
    public byte[] rawBytes() {
        return raw;
    }

    @Override
    public int rawStart() {
        return rawStart;
    }

    @Override
    public int rawEnd() {
        return rawEnd;
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
        if (pending != null) {
            IOException e = pending;
            pending = null;
            throw e;
        }
        int n = in.read(buf, 0, buf.length);
        if (!newlineKnown && !live) {
            // the first read may be a few sniffed bytes: read on until a line end can be judged
            try {
                int more;
                while (n > 0 && n < DECIDE_BYTES && (more = in.read(buf, n, buf.length - n)) > 0) {
                    n += more;
                }
            } catch (IOException e) {
                pending = e; // the bytes read so far are lines first; the error comes at the next read
            }
        }
        if (n <= 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        if (!newlineKnown) {
            decideNewline(n);
        }
        bytesRead += n;
        pos = 0;
        limit = n;
        return true;
    }

    /**
     * Decided by the first block that holds a line end: a line feed anywhere makes it the
     * line end; else two carriage returns before the block's last byte (a CRLF cut between two
     * blocks leaves its CR last), one after a line of text, make carriage returns the line ends.
     */
    private void decideNewline(int n) {
        for (int i = 0; i < n; i++) {
            if (buf[i] == '\n') {
                newlineKnown = true;
                return;
            }
        }
        int returns = 0;
        boolean line = false;
        int last = -1;
        for (int i = 0; i + 1 < n; i++) {
            if (buf[i] == '\r') {
                returns++;
                line |= i - last > 8; // a line of text before it, not serial noise ("\0\r\0\r")
                last = i;
            }
        }
        if (returns >= 2 && line) {
            newline = '\r';
            newlineKnown = true;
        }
    }

    /** Whether lines end with a carriage return alone (see {@link #newline}). */
    public boolean carriageReturnLines() {
        return newline == '\r';
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

    /**
     * The text of one line's bytes: UTF-8, invalid bytes as U+FFFD; control characters are
     * cleaned (see {@link #cleanControls}) only where the bytes hold one.
     */
    public static String decode(byte[] b, int off, int len) {
        return decode(b, off, len, hasControls(b, off, len));
    }

    /** The same, for bytes already known to hold a control character or not ({@link #hasControls}). */
    public static String decode(byte[] b, int off, int len, boolean controls) {
        String s = new String(b, off, len, StandardCharsets.UTF_8); // the common case, no copying by hand
        return controls ? cleanControls(s) : s;
    }

    /** Whether the bytes hold a control character: then {@link #decode} cleans the text. */
    public static boolean hasControls(byte[] b, int off, int len) {
        return Bytes.hasControl(b, off, off + len);
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
                ControlChars.appendEscaped(out, c);
            }
        }
        return out.toString();
    }
}
