package io.xrunlens.input;

import java.io.IOException;

/** Lines of an input, one at a time, each with the number of the input line it starts on. */
public interface LineSource {
    /** The next line, or null at the end. */
    String next() throws IOException;

    /** The 1-based input line the last line returned starts on. */
    long lineNumber();

    /** Physical lines read so far (more than {@link #lineNumber()} where lines were joined). */
    long linesRead();

    /**
     * Whether a next line (or the end) can be had without waiting. Always true but for a live
     * input ({@code xrunlens watch}), where looking a line ahead must not hold back the line
     * before it until the board prints again.
     */
    default boolean ready() throws IOException {
        return true;
    }
}
