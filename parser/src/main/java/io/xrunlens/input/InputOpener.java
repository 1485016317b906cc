package io.xrunlens.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens what the user named: a file or {@code -} for standard input, decompressed by content
 * (magic bytes), never by file name, because field logs get renamed.
 */
public final class InputOpener {
    private static final int BUFFER = 1 << 16;

    private InputOpener() {
    }

    /** An open input and the name it is reported under. */
    public record OpenedInput(String name, InputStream stream, String compression) {
    }

    public static OpenedInput open(String arg) throws InputException {
        if (arg.equals("-")) {
            return decompress("-", System.in);
        }
        Path path = Path.of(arg);
        if (!Files.exists(path)) {
            throw new InputException(arg + ": no such file");
        }
        if (Files.isDirectory(path)) {
            throw new InputException(arg + ": is a directory (use xrunlens triage for folders)");
        }
        if (!Files.isReadable(path)) {
            throw new InputException(arg + ": permission denied");
        }
        try {
            return decompress(arg, Files.newInputStream(path));
        } catch (IOException e) {
            throw new InputException(arg + ": cannot open: " + e.getMessage());
        }
    }

    /** Wraps the stream in the decompressor its first bytes call for. */
    public static OpenedInput decompress(String name, InputStream raw) throws InputException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        try {
            in.mark(8);
            byte[] magic = in.readNBytes(6);
            in.reset();
            Compression c = Compression.of(magic);
            return new OpenedInput(name, c.wrap(in), c.label());
        } catch (IOException e) {
            throw new InputException(name + ": not a readable " + "compressed stream: " + e.getMessage());
        }
    }

    /** Compression formats known by their magic bytes. */
    enum Compression {
        NONE, GZIP;

        static Compression of(byte[] magic) {
            if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
                return GZIP;
            }
            return NONE;
        }

        /**
         * No buffering on top of the decompressor: LineReader buffers, and a BufferedInputStream
         * would keep reading to fill itself and throw away what it had when an archive is cut off.
         */
        InputStream wrap(InputStream in) throws IOException {
            return this == GZIP ? new GZIPInputStream(in, BUFFER) : in;
        }

        String label() {
            return this == NONE ? "" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
