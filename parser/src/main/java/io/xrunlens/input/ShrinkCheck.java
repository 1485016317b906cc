package io.xrunlens.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A regular file's bytes, with a check at their end: a file that ends before the size it had
 * when it was opened was truncated by another program while it was read (a log rotated with
 * {@code copytruncate}), and what was read of it is not the whole log. Saying so at the end
 * turns a silent partial report into a read error after the last line read.
 */
final class ShrinkCheck extends CountingStream {
    private final long sizeAtOpen;
    private long read;

    ShrinkCheck(InputStream in, long sizeAtOpen) {
        super(in);
        this.sizeAtOpen = sizeAtOpen;
    }

    @Override
    void bytes(int n) {
        read += n;
    }

    @Override
    void ended() throws IOException {
        if (read < sizeAtOpen) {
            throw new IOException(String.format(Locale.ROOT,
                    "the file shrank while it was read: it ended after %,d of the %,d bytes it had (truncated by"
                            + " another program?)", read, sizeAtOpen));
        }
    }
}
