package io.xrunlens.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A regular file's bytes, with a check at their end: a file that ends before the size it had
 * when it was opened was truncated by another program while it was read (a log rotated with
 * {@code copytruncate}), and what was read of it is not the whole log. Saying so at the end
 * turns a silent partial report into a read error after the last line read.
 */
final class ShrinkCheck extends FilterInputStream {
    private final long sizeAtOpen;
    private long read;

    ShrinkCheck(InputStream in, long sizeAtOpen) {
        super(in);
        this.sizeAtOpen = sizeAtOpen;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            read++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            atEnd();
        } else {
            read += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        read += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would make the count lie
    }

    private void atEnd() throws IOException {
        if (read < sizeAtOpen) {
            throw new IOException(String.format(Locale.ROOT,
                    "the file shrank while it was read: it ended after %,d of the %,d bytes it had (truncated by"
                            + " another program?)", read, sizeAtOpen));
        }
    }
}
