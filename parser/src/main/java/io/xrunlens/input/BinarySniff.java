package io.xrunlens.input;

import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * Is this a binary file (a .class, an image, an executable) rather than text? Text logs have no
 * NUL bytes, except UTF-16, where every other byte of ASCII text is zero; binaries have NULs at
 * irregular places. Looks at the first {@link #BYTES} bytes and puts them back.
 */
public final class BinarySniff {
    public static final int BYTES = 512;

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
        return !utf16;
    }
}
