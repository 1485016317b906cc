package io.xrunlens.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A decompressor's stream whose failures are all IOExceptions. zstd (aircompressor) reports a
 * bad checksum or a malformed frame as a RuntimeException, which would skip the reader's
 * handling of a corrupt input (keep what was read, say after which line) and end the command.
 */
final class CorruptionAsIoException extends FilterInputStream {
    CorruptionAsIoException(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (RuntimeException e) {
            throw corrupt(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (RuntimeException e) {
            throw corrupt(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (RuntimeException e) {
            throw corrupt(e);
        }
    }

    private static IOException corrupt(RuntimeException e) {
        String why = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
        return new IOException("corrupt compressed data" + why, e);
    }
}
