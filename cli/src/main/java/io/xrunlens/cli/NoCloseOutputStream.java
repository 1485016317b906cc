package io.xrunlens.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Standard output for a picture: flushed, never closed, so later messages still reach it. */
final class NoCloseOutputStream extends FilterOutputStream {
    NoCloseOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
