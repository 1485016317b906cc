package io.xrunlens.input;

import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * Is this a binary file (a .class, an image, an executable, a compressed blob) rather than text?
 * Looks at the first {@link #BYTES} bytes and puts them back. Text has no NUL bytes, except
 * UTF-16 (every other byte of ASCII text zero) and a serial capture whose power-on noise put a
 * few NULs in its first lines; so a head with NULs is binary only when less than four in five of
 * its bytes are text (printable ASCII, tab, line ends, escape, valid UTF-8). Compressed or machine
 * code is about one third printable.
 */
public final class BinarySniff {
    public static final int BYTES = 4096;

    private BinarySniff() {
    }

    public static boolean isBinary(PushbackInputStream in) throws IOException {
        byte[] head = in.readNBytes(BYTES);
        in.unread(head);
        int zeros = 0;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                zeros++;
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (zeros == 0) {
            return false;
        }
        boolean bom16 = head.length >= 2 && ((head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe
                || (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff);
        boolean utf16 = bom16 || evenZeros == 0 || oddZeros == 0;
        return !utf16 && textBytes(head) * 5 < head.length * 4;
    }

    /** How many bytes are text: printable ASCII, tab, line ends, form feed, escape, valid UTF-8. */
    static int textBytes(byte[] b) {
        int text = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c >= 0x20 && c < 0x7f || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x1b) {
                text++;
                i++;
                continue;
            }
            int more = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
            int k = 1;
            while (more > 0 && k <= more && i + k < b.length && (b[i + k] & 0xc0) == 0x80) {
                k++;
            }
            if (more > 0 && k == more + 1) {
                text += k;
                i += k;
            } else {
                i++;
            }
        }
        return text;
    }
}
