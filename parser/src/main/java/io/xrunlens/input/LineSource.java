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
}
