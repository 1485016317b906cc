package io.xrunlens.spark;

import java.io.Serializable;
import java.util.Locale;

/**
 * One file of the fleet as the driver knows it: its path and size, nothing more, so that a
 * listing of 100k files stays a few megabytes. {@code bytes} is negative when a list file did
 * not give it (the file is then weighed as the listing's mean).
 */
public record FleetFile(String path, long bytes) implements Serializable {
    /** Compressed logs hold about this many times their size in text to read. */
    static final int COMPRESSION_RATIO = 5;
    /** Opening, sniffing and reporting a file costs about what reading this many bytes does. */
    static final long OPEN_COST = 8 * 1024;

    /** The work this file is estimated to be, in bytes of text, given the mean size of the others. */
    long weight(long meanBytes) {
        long size = bytes >= 0 ? bytes : meanBytes;
        return OPEN_COST + (isCompressed() ? size * COMPRESSION_RATIO : size);
    }

    boolean isCompressed() {
        String name = path.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".gz", ".tgz", ".bz2", ".xz", ".zst", ".zip", ".7z"}) {
            if (name.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }
}
