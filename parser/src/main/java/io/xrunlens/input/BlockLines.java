package io.xrunlens.input;

/**
 * The lines of one block ({@link LineBlocks}), numbered from 1, each cut to the length limit
 * (counted in {@link #cutLines()}).
 */
public final class BlockLines implements RawLines {
    private final byte[] data;
    private final int length;
    private final int maxLineBytes;
    private int pos;
    private int start;
    private int end;
    private long line;
    private long cut;

    public BlockLines(byte[] data, int length, int maxLineBytes) {
        this.data = data;
        this.length = length;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public boolean nextRaw() {
        if (pos >= length) {
            return false;
        }
        int nl = Bytes.indexOf(data, (byte) '\n', pos, length);
        int lineEnd = nl < 0 ? length : nl;
        start = pos;
        end = lineEnd;
        if (end - start > maxLineBytes) {
            end = start + maxLineBytes;
            cut++;
        }
        pos = lineEnd + 1;
        line++;
        return true;
    }

    @Override
    public String next() {
        return nextRaw() ? LineReader.decode(data, start, end - start) : null;
    }

    @Override
    public byte[] rawBytes() {
        return data;
    }

    @Override
    public int rawStart() {
        return start;
    }

    @Override
    public int rawEnd() {
        return end;
    }

    @Override
    public int peek(int[] span) {
        if (pos >= length) {
            return NO_MORE;
        }
        int nl = Bytes.indexOf(data, (byte) '\n', pos, length);
        span[0] = pos;
        span[1] = nl < 0 ? length : nl;
        return PEEKED;
    }

    @Override
    public byte[] peekBytes() {
        return data;
    }

    @Override
    public long lineNumber() {
        return line;
    }

    @Override
    public long linesRead() {
        return line;
    }

    /** Lines cut to the length limit here. */
    public long cutLines() {
        return cut;
    }
}
