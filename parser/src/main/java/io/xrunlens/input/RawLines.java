package io.xrunlens.input;

import java.io.IOException;

/**
 * Lines given as their bytes, with a look at the next one: what a reader needs to frame a line
 * from its bytes once it knows no cut piece of it follows ({@link LineReader} for an input,
 * {@link BlockLines} for a block of it).
 */
public interface RawLines extends LineSource {
    /** What {@link #peek} found: the next line, whole at hand. */
    int PEEKED = 1;
    /** What {@link #peek} found: no line follows. */
    int NO_MORE = 0;
    /** What {@link #peek} found: the next line is not (wholly) read yet. */
    int NOT_AT_HAND = -1;

    /**
     * Steps to the next line without decoding it: its bytes are {@code rawBytes()[rawStart(),
     * rawEnd())}, valid until the next call. False at the end.
     */
    boolean nextRaw() throws IOException;

    byte[] rawBytes();

    int rawStart();

    int rawEnd();

    /**
     * Looks at the line after the one last stepped to without stepping to it: when it is whole
     * at hand, its bytes are {@code peekBytes()[span[0], span[1])} (valid until the next step)
     * and the answer is {@link #PEEKED}.
     */
    int peek(int[] span);

    /** The bytes {@link #peek} points into. */
    byte[] peekBytes();
}
