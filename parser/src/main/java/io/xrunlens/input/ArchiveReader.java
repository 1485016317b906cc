package io.xrunlens.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Archives of field logs (one .tar.gz or .zip per board): recognised by content after
 * decompression, read member by member as a stream, so an archive is never held whole.
 */
public final class ArchiveReader {
    private static final int TAR_MAGIC_OFFSET = 257;
    /** Bytes {@link #sniff} needs pushed back: a stream from {@link InputOpener#openForTriage} has room. */
    static final int SNIFF_BYTES = TAR_MAGIC_OFFSET + 8;

    private ArchiveReader() {
    }

    /** What an (already decompressed) stream holds. */
    public enum Kind { NONE, TAR, ZIP }

    /** Receives each member: its name and a stream that ends with the member. */
    @FunctionalInterface
    public interface MemberSink {
        void member(String name, InputStream content) throws IOException;

        /** A member that is no file: a link, a device, a FIFO ({@code what} says which). */
        default void notAFile(String name, String what) {
        }
    }

    /**
     * Looks at the first bytes and pushes them back. A pushback stream, not a buffered one: a
     * BufferedInputStream keeps reading to fill itself and loses what it had when a compressed
     * stream turns out truncated.
     */
    public static Kind sniff(PushbackInputStream in) throws IOException {
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.unread(head);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Kind.ZIP;
        }
        if (head.length >= TAR_MAGIC_OFFSET + 5 && new String(Arrays.copyOfRange(head, TAR_MAGIC_OFFSET,
                TAR_MAGIC_OFFSET + 5), StandardCharsets.US_ASCII).equals("ustar")) {
            return Kind.TAR;
        }
        return Kind.NONE;
    }

    /**
     * Hands every regular member to {@code sink} in archive order. A truncated or corrupt
     * archive throws after the members that could be read.
     */
    public static void members(InputStream in, Kind kind, MemberSink sink) throws IOException {
        @SuppressWarnings("resource") // closing it would close the caller's stream
        ArchiveInputStream<? extends ArchiveEntry> archive = kind == Kind.ZIP
                ? new ZipArchiveInputStream(in) : new TarArchiveInputStream(in);
        ArchiveEntry entry;
        while ((entry = archive.getNextEntry()) != null) {
            if (entry.isDirectory() || !archive.canReadEntryData(entry)) {
                continue;
            }
            String other = notAFile(entry);
            if (other != null) {
                sink.notAFile(entry.getName(), other);
                continue;
            }
            sink.member(entry.getName(), new FilterInputStream(archive) {
                @Override
                public void close() {
                    // the member ends, the archive goes on
                }
            });
        }
    }

    /** What a member is when it is no regular file (its data would be 0 bytes, not a log), or null. */
    private static String notAFile(ArchiveEntry entry) {
        if (entry instanceof TarArchiveEntry t) {
            if (t.isSymbolicLink()) {
                return "a symbolic link to " + t.getLinkName();
            }
            if (t.isLink()) {
                return "a hard link to " + t.getLinkName();
            }
            if (t.isCharacterDevice() || t.isBlockDevice()) {
                return "a device";
            }
            if (t.isFIFO()) {
                return "a FIFO";
            }
        } else if (entry instanceof ZipArchiveEntry z && z.isUnixSymlink()) {
            return "a symbolic link";
        }
        return null;
    }
}
