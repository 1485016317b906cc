package io.xrunlens.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Stops a decompression that cannot be a log: past {@link #MIN_BYTES} of output, more than
 * {@link #MAX_RATIO} bytes out for each byte in. A few kilobytes of bzip2 unpack to gigabytes of
 * zeros in tens of seconds; the most repetitive real log, one line five million times, packs
 * about 12,000 to 1 with zstd and 7,000 to 1 with xz, and a log whose lines carry their own time
 * stamps packs far less.
 */
final class InflationGuard {
    /** Output below this is never stopped, whatever the ratio. */
    static final long MIN_BYTES = 256L * 1024 * 1024;
    /** Bytes out per byte in beyond which the output is not a log. */
    static final long MAX_RATIO = 100_000;

    private final long minBytes;
    private final long maxRatio;
    /** What the user allows an input to unpack to (--max-unpacked). */
    private final long ceiling;
    private long bytesIn;
    private long bytesOut;

    InflationGuard(long ceiling) {
        this(MIN_BYTES, MAX_RATIO, ceiling);
    }

    InflationGuard(long minBytes, long maxRatio, long ceiling) {
        this.minBytes = minBytes;
        this.maxRatio = maxRatio;
        this.ceiling = ceiling;
    }

    /** The compressed side: counts what the decompressor reads. */
    InputStream compressed(InputStream raw) {
        return new CountingStream(raw) {
            @Override
            void bytes(int n) {
                bytesIn += n;
            }
        };
    }

    /** The decompressed side: counts what comes out and stops a bomb. */
    InputStream decompressed(InputStream inflated) {
        return new CountingStream(inflated) {
            @Override
            void bytes(int n) throws IOException {
                count(n);
            }
        };
    }

    private void count(int n) throws IOException {
        bytesOut += n;
        if (bytesOut > ceiling) {
            throw new ReadStopped(String.format(Locale.ROOT, "unpacked past the ceiling of %,d bytes"
                    + " (--max-unpacked); what was read before it is reported", ceiling));
        }
        if (bytesOut > minBytes && bytesOut > maxRatio * Math.max(1, bytesIn)) {
            throw new ReadStopped(String.format(Locale.ROOT, "decompression stopped after %,d bytes from %,d"
                    + " compressed (more than %,d to 1: a decompression bomb, not a log)", bytesOut, bytesIn, maxRatio));
        }
    }
}
