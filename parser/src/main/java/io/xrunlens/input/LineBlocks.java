package io.xrunlens.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Cuts the rest of an input into blocks of whole lines, so that they can be framed and parsed on
 * several threads. A block ends after its last '\n' (the input's last line may have none). A
 * line too long for a block is longer than the length limit: it is cut to the limit here, and its
 * rest skipped without being held; shorter lines over the limit are cut by whoever splits the
 * block. Memory: the blocks in flight, each of {@code max(blockBytes, maxLineBytes + 1)} bytes.
 */
public final class LineBlocks {
    /** {@code data[0, length)}: whole lines; {@code cutLines} of them were cut to the limit here. */
    public record Block(byte[] data, int length, long cutLines) {
    }

    /** Where a block may start: a line of which this says true (null: at any line). */
    @FunctionalInterface
    public interface CleanStart {
        boolean at(byte[] line, int from, int to);
    }

    /**
     * A block grows to at most this many times its size to find a clean start for the next; past
     * that (a run of megabytes in which no line starts afresh) it is cut at its last line end.
     */
    private static final int MAX_GROWTH = 16;
    /** Blocks handed back for reuse, at most: one per block in flight, and some to spare. */
    private static final int MAX_FREE = 8;

    private final InputStream in;
    private final int maxLineBytes;
    private final int capacity;
    private final CleanStart cleanStart;
    private byte[] carry;
    private int carryLength;
    private boolean eof;
    /** A read error met after some lines of a block: raised once those lines are handed on. */
    private IOException pending;
    /** The lines before that read error, handed on as a block of their own (see {@link #fill}). */
    private Block pendingBlock;
    /** Arrays of blocks whose lines are done with ({@link #recycle}), of the usual size. */
    private final ArrayDeque<byte[]> free = new ArrayDeque<>();

    /**
     * @param buffered bytes already read from {@code in} but not yet split into lines
     * @param ended    whether {@code in} has already ended
     */
    public LineBlocks(byte[] buffered, boolean ended, InputStream in, int maxLineBytes, int blockBytes) {
        this(buffered, ended, in, maxLineBytes, blockBytes, null);
    }

    /** @param cleanStart where a block may start (each block but the first starts at such a line), or null */
    public LineBlocks(byte[] buffered, boolean ended, InputStream in, int maxLineBytes, int blockBytes,
                      CleanStart cleanStart) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.cleanStart = cleanStart;
        this.capacity = Math.max(blockBytes, maxLineBytes + 1);
        this.carry = new byte[Math.max(capacity, buffered.length)];
        System.arraycopy(buffered, 0, carry, 0, buffered.length);
        this.carryLength = buffered.length;
        this.eof = ended;
    }

    /** The next block, or null at the end of the input. */
    public Block next() throws IOException {
        if (pending != null) {
            IOException e = pending;
            pending = null;
            eof = true;
            carryLength = 0;
            throw e;
        }
        if (eof && carryLength == 0) {
            return null;
        }
        // the first block holds what the line reader had; what a reused array held past a block's length is never read
        byte[] data = carryLength <= capacity && !free.isEmpty() ? free.pop() : new byte[Math.max(capacity, carryLength)];
        System.arraycopy(carry, 0, data, 0, carryLength);
        int n = carryLength;
        carryLength = 0;
        while (true) {
            n = fill(data, n);
            if (n < 0) {
                Block whole = pendingBlock;
                pendingBlock = null;
                return whole;
            }
            if (eof || cleanStart == null || data.length >= MAX_GROWTH * capacity) {
                break;
            }
            int cut = cleanCut(data, n);
            if (cut > 0) {
                carry(data, cut, n);
                return new Block(data, cut, 0);
            }
            data = Arrays.copyOf(data, data.length * 2); // no line starts afresh here: read on
        }
        if (eof) {
            return n == 0 ? null : new Block(data, n, 0);
        }
        int last = Bytes.lastIndexOf(data, (byte) '\n', n);
        if (last >= 0) {
            carry(data, last + 1, n);
            return new Block(data, last + 1, 0);
        }
        return longLine(data);
    }

    /**
     * Hands back the array of a block whose lines nothing reads any more, for a later block:
     * a log of gigabytes would otherwise make (and the collector clear and move) an array a
     * megabyte, where a few in turn do.
     */
    public void recycle(byte[] data) {
        if (data.length == capacity && free.size() < MAX_FREE) {
            free.push(data);
        }
    }

    /**
     * Fills {@code data} from {@code n} until it is full or the input ends; the new length, or
     * -1 when a read error came after whole lines (they are {@link #pendingBlock}, the error comes next).
     */
    private int fill(byte[] data, int from) throws IOException {
        int n = from;
        while (n < data.length && !eof) {
            int r;
            try {
                r = in.read(data, n, data.length - n);
            } catch (IOException e) {
                // the whole lines read so far are still handed on; the cut one is lost, as when read line by line
                int last = Bytes.lastIndexOf(data, (byte) '\n', n);
                if (last < 0) {
                    eof = true;
                    throw e;
                }
                pending = e;
                pendingBlock = new Block(data, last + 1, 0);
                return -1;
            }
            if (r < 0) {
                eof = true;
            } else {
                n += r;
            }
        }
        return n;
    }

    /**
     * Where the next block can start afresh: after the last line end before a whole line that
     * {@link #cleanStart} accepts; 0 for nowhere.
     */
    private int cleanCut(byte[] data, int n) {
        int end = Bytes.lastIndexOf(data, (byte) '\n', n); // the line after it is not whole
        while (end > 0) {
            int start = Bytes.lastIndexOf(data, (byte) '\n', end) + 1;
            if (start > 0 && cleanStart.at(data, start, end)) {
                return start;
            }
            end = start - 1;
        }
        return 0;
    }

    /** Keeps {@code data[from, n)} for the next block. */
    private void carry(byte[] data, int from, int n) {
        carryLength = n - from;
        if (carry.length < carryLength) {
            carry = new byte[carryLength];
        }
        System.arraycopy(data, from, carry, 0, carryLength);
    }

    /** {@code data} is full and holds no line end: one line longer than the limit. */
    private Block longLine(byte[] data) throws IOException {
        while (true) {
            int r = in.read(carry, 0, carry.length);
            if (r < 0) {
                eof = true;
                return new Block(data, maxLineBytes, 1);
            }
            int nl = Bytes.indexOf(carry, (byte) '\n', 0, r);
            if (nl >= 0) {
                carryLength = r - nl - 1;
                System.arraycopy(carry, nl + 1, carry, 0, carryLength);
                data[maxLineBytes] = '\n';
                return new Block(data, maxLineBytes + 1, 1);
            }
        }
    }
}
