package io.xrunlens.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * A stream whose {@link #available()} waits for the next byte: 0 only at the end. The JDK's
 * GZIPInputStream reads the member after a member only when the input has bytes available,
 * so on a pipe whose writer pauses between members ({@code (cat a.gz; sleep 1; cat b.gz) |})
 * it would stop after the first and drop the rest.
 */
final class WaitingAvailable extends PushbackInputStream {
    WaitingAvailable(InputStream in) {
        super(in, 1);
    }

    @Override
    public int available() throws IOException {
        int now = super.available();
        if (now > 0) {
            return now;
        }
        int next = read();
        if (next < 0) {
            return 0;
        }
        unread(next);
        return 1;
    }
}
