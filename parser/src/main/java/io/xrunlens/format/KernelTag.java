package io.xrunlens.format;

import io.xrunlens.input.Bytes;
import java.nio.charset.StandardCharsets;

/**
 * The end of the syslog and journal rows' prefixes, read by hand: " host [kern.info ]kernel: ",
 * the language of {@code FormatRegistry}'s KERNEL_TAG, on a line's Latin-1 bytes. Shared by the
 * rows whose prefixes are read by hand ({@link SyslogPrefix}, {@link IsoSyslogPrefix}), which read
 * their clocks before it.
 */
final class KernelTag {
    private static final byte[] KERNEL = "kernel: ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] KERN_DOT = "kern.".getBytes(StandardCharsets.ISO_8859_1);

    private KernelTag() {
    }

    /**
     * Whether the tag starts at {@code i} (its space before the host) in the line {@code s} that
     * starts at {@code from}; then {@code out}, unless null, gets the prefix's end, the host and
     * the level, {@code otherLevel} where the tag names none (the clock is the caller's). The host
     * is optional (journalctl --no-hostname), as in the regex, which tries it first.
     */
    static boolean read(byte[] s, int from, int i, int n, WrapperFormat.Scan out, int otherLevel) {
        if (i >= n || s[i] != ' ') {
            return false;
        }
        int hostStart = i + 1;
        int hostEnd = tokenEnd(s, hostStart, n);
        if (hostEnd > hostStart && hostEnd < n && s[hostEnd] == ' ' && levelAndKernel(s, from, hostEnd + 1, n, out, otherLevel)) {
            if (out != null) {
                out.hostStart = hostStart - from;
                out.hostEnd = hostEnd - from;
            }
            return true;
        }
        if (levelAndKernel(s, from, hostStart, n, out, otherLevel)) {
            if (out != null) {
                out.hostStart = -1;
                out.hostEnd = -1;
            }
            return true;
        }
        return false;
    }

    /** "[kern.info ]kernel: " at {@code i}: sets the prefix's end and the level. */
    private static boolean levelAndKernel(byte[] s, int from, int i, int n, WrapperFormat.Scan out, int otherLevel) {
        int levelStart = -1;
        int levelEnd = -1;
        if (Bytes.startsWith(s, i, n, KERN_DOT)) {
            int w = i + KERN_DOT.length;
            int wordStart = w;
            while (w < n && isWordChar(s[w])) {
                w++;
            }
            if (w > wordStart && w < n && s[w] == ' ' && Bytes.startsWith(s, w + 1, n, KERNEL)) {
                levelStart = wordStart;
                levelEnd = w;
                i = w + 1;
            }
        }
        if (!Bytes.startsWith(s, i, n, KERNEL)) {
            return false;
        }
        if (out != null) {
            out.end = i + KERNEL.length - from;
            out.level = levelStart < 0 ? otherLevel
                    : Clocks.level(HandReadPrefix.latin1(s, levelStart, levelEnd));
        }
        return true;
    }

    /** The end of the regex's \S+ from {@code i}: {@code i} where white space (or the line's end) is there. */
    static int tokenEnd(byte[] s, int i, int n) {
        while (i < n && !isWhitespace(s[i])) {
            i++;
        }
        return i;
    }

    /** The regex's \s: a space, tab, line feed, vertical tab, form feed or carriage return. */
    static boolean isWhitespace(byte c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** The regex's \w: an ASCII letter, digit or underscore. */
    static boolean isWordChar(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_';
    }
}
