package io.xrunlens.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that tells what passes through it: the bytes of each read, and its end. The checks
 * on a read that must stop ({@link InflationGuard}, {@link ShrinkCheck}) are made in the hooks.
 */
abstract class CountingStream extends FilterInputStream {
    CountingStream(InputStream in) {
        super(in);
    }

    /** {@code n} more bytes were read (n &gt; 0). */
    abstract void bytes(int n) throws IOException;

    /** The stream ended; nothing by default. */
    void ended() throws IOException {
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            ended();
        } else {
            bytes(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            ended();
        } else if (n > 0) {
            bytes(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            bytes((int) Math.min(Integer.MAX_VALUE, skipped));
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would make the count lie
    }
}
