package io.xrunlens.input;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.tukaani.xz.XZInputStream;

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

    /** A decompressed input that {@link ArchiveReader#sniff} can look into. */
    public record SniffableInput(String name, PushbackInputStream stream, String compression) {
    }

    /** Opens a file for triage: decompressed, with room to sniff for an archive. */
    public static SniffableInput openForTriage(Path path, String name, long ceiling) throws InputException {
        if (!Files.isReadable(path)) {
            throw new InputException(name + ": permission denied");
        }
        try {
            return sniffable(name, stream(path), ceiling);
        } catch (IOException e) {
            throw new InputException(name + ": cannot open: " + IoProblems.reason(e));
        }
    }

    /** Any stream, decompressed, with room to sniff for an archive or a binary. */
    public static SniffableInput sniffable(String name, InputStream rawStream, long ceiling) throws InputException {
        OpenedInput raw = decompress(name, rawStream, ceiling);
        return new SniffableInput(name, new PushbackInputStream(raw.stream(),
                Math.max(ArchiveReader.SNIFF_BYTES, BinarySniff.BYTES)), raw.compression());
    }

    /** Whether a file is a tar or zip archive (also compressed), by its content. */
    public static boolean isArchive(Path path) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            return false;
        }
        try (InputStream in = openForTriage(path, path.toString(), Long.MAX_VALUE).stream()) {
            return ArchiveReader.sniff((PushbackInputStream) in) != ArchiveReader.Kind.NONE;
        } catch (IOException | InputException e) {
            return false; // reading it as a log will say what is wrong
        }
    }

    /**
     * A file's bytes as a plain stream. A named pipe, {@code <(...)} or {@code /dev/stdin} is
     * read with FileInputStream: NIO's stream asks a pipe its position ("Illegal seek"). A
     * regular file that shrinks while it is read says so at its end ({@link ShrinkCheck}).
     */
    private static InputStream stream(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            long size = Files.size(path);
            return new ShrinkCheck(Files.newInputStream(path), size);
        }
        return new FileInputStream(path.toFile());
    }

    /** Why a path that does not exist as a file is not there: a link loop, a dangling link, or nothing. */
    public static String missing(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return "no such file or directory";
        }
        try {
            path.toRealPath();
            return "no such file or directory";
        } catch (NoSuchFileException e) {
            return "a symbolic link to a file that does not exist";
        } catch (IOException e) {
            return "a loop of symbolic links";
        }
    }

    public static OpenedInput open(String arg) throws InputException {
        return open(arg, Long.MAX_VALUE);
    }

    /**
     * Opens a file, or standard input for {@code -}.
     *
     * @param ceiling the bytes a compressed input may unpack to before it is a read error
     */
    public static OpenedInput open(String arg, long ceiling) throws InputException {
        if (arg.equals("-")) {
            return decompress("-", System.in, ceiling);
        }
        Path path = Path.of(arg);
        if (!Files.exists(path)) {
            throw new InputException(arg + ": " + missing(path));
        }
        if (Files.isDirectory(path)) {
            throw new InputException(arg + ": is a folder (use xrunlens triage for folders)");
        }
        if (isEndlessDevice(path)) {
            throw new InputException(arg + ": a device, which never ends: follow it with xrunlens watch " + arg
                    + ", or analyze what dmesg prints (dmesg -x | xrunlens analyze -)");
        }
        if (!Files.isReadable(path)) {
            throw new InputException(arg + ": permission denied");
        }
        try {
            return decompress(arg, stream(path), ceiling);
        } catch (IOException e) {
            throw new InputException(arg + ": cannot open: " + IoProblems.reason(e));
        }
    }

    /**
     * Whether the path is a character device other than /dev/null: /dev/kmsg waits for the next
     * record at its end (and refuses a stream's probes of what is available), /dev/zero never
     * ends. A named pipe or {@code <(...)} ends when its writer does, and is read.
     */
    private static boolean isEndlessDevice(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return (mode & S_IFMT) == S_IFCHR && !path.toRealPath().equals(Path.of("/dev/null"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return false; // no POSIX attributes here: read it as any file
        }
    }

    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;

    /** Wraps the stream in the decompressor its first bytes call for. */
    public static OpenedInput decompress(String name, InputStream raw) throws InputException {
        return decompress(name, raw, Long.MAX_VALUE);
    }

    /** The same, stopping with a read error once the output passes {@code ceiling} bytes. */
    public static OpenedInput decompress(String name, InputStream raw, long ceiling) throws InputException {
        // Only the magic bytes are peeked: a small buffer, because a triage opens thousands of files.
        InflationGuard guard = new InflationGuard(ceiling);
        BufferedInputStream in = new BufferedInputStream(guard.compressed(raw), 8192);
        try {
            in.mark(8);
            byte[] magic = in.readNBytes(6);
            in.reset();
            Compression c = Compression.of(magic);
            return new OpenedInput(name, c == Compression.NONE ? in : guard.decompressed(c.wrap(in)), c.label());
        } catch (IOException e) {
            throw new InputException(name + ": not a readable " + "compressed stream: " + IoProblems.reason(e));
        }
    }

    /** Compression formats known by their magic bytes. */
    enum Compression {
        NONE, GZIP, XZ, ZSTD, BZIP2;

        static Compression of(byte[] m) {
            if (starts(m, 0x1f, 0x8b)) {
                return GZIP;
            }
            if (starts(m, 0xfd, '7', 'z', 'X', 'Z', 0x00)) {
                return XZ;
            }
            if (starts(m, 0x28, 0xb5, 0x2f, 0xfd)) {
                return ZSTD;
            }
            if (starts(m, 'B', 'Z', 'h')) {
                return BZIP2;
            }
            return NONE;
        }

        private static boolean starts(byte[] magic, int... prefix) {
            if (magic.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((magic[i] & 0xff) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * No buffering on top of the decompressor: LineReader buffers, and a BufferedInputStream
         * would keep reading to fill itself and throw away what it had when an archive is cut off.
         */
        InputStream wrap(InputStream in) throws IOException {
            return switch (this) {
                // the JDK's reader hands out what it inflated up to a cut; it reads the next member
                // of a concatenated gzip only when the input says more is available, which a pipe
                // whose writer is slow would not: WaitingAvailable waits for the next byte or the end
                case GZIP -> new GZIPInputStream(new WaitingAvailable(in), BUFFER);
                case XZ -> new CorruptionAsIoException(new XZInputStream(in));
                case ZSTD -> new CorruptionAsIoException(new ZstdInputStream(in));
                case BZIP2 -> new CorruptionAsIoException(new BZip2CompressorInputStream(in, true));
                case NONE -> in;
            };
        }

        String label() {
            return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
        }
    }
}
