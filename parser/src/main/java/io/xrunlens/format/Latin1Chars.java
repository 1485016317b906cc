package io.xrunlens.format;

import io.xrunlens.input.Bytes;
import java.nio.charset.StandardCharsets;

/**
 * A line's bytes seen as characters, one byte each (Latin-1), without copying them: a pattern
 * asked about the first bytes of every line (does a record of some format start here?) would
 * otherwise make a String for each. Reset to the next line and reused, by one thread.
 */
final class Latin1Chars implements CharSequence {
    private byte[] bytes = new byte[0];
    private int from;
    private int length;

    /** Now the bytes {@code [from, to)} of {@code line}; returns this. */
    Latin1Chars of(byte[] line, int from, int to) {
        this.bytes = line;
        this.from = from;
        this.length = to - from;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return (char) (bytes[from + index] & 0xff);
    }

    /** Index of the first {@code c} (an ASCII character) at or after {@code from}, or -1. */
    int indexOf(char c, int from) {
        int i = Bytes.indexOf(bytes, (byte) c, this.from + from, this.from + length);
        return i < 0 ? -1 : i - this.from;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }
}
