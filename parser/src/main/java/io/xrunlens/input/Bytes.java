package io.xrunlens.input;

/** Searches in a line's bytes, shared by line splitting and by framing lines that are never decoded. */
public final class Bytes {
    private Bytes() {
    }

    /** Index of the first {@code value} in {@code b[from, to)}, or -1. */
    public static int indexOf(byte[] b, byte value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last {@code value} in {@code b[0, to)}, or -1. */
    public static int lastIndexOf(byte[] b, byte value, int to) {
        for (int i = to - 1; i >= 0; i--) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
