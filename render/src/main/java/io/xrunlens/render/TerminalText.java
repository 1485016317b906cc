package io.xrunlens.render;

import io.xrunlens.input.ControlChars;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text for a terminal: control characters shown as {@code \xNN}. The reader already shows a
 * log's control bytes so, but file names and archive members reach reports and error lines as
 * they are, and an escape sequence in a name ("\x1b]0;...") would be run by the terminal.
 */
public final class TerminalText {
    /**
     * Erases the rest of a terminal's line ({@code ESC [K}) where a progress or status line is
     * redrawn: written through {@link #forErrors}, which escapes every other escape character,
     * as this private-use character, and turned into the sequence there.
     */
    public static final String ERASE_LINE = "\uE000";

    private TerminalText() {
    }

    /** {@code text} with every control character but line feed and tab written as {@code \xNN}. */
    public static String escape(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean keepCarriageReturn) {
        return ControlChars.escape(text, keepCarriageReturn ? "\n\t\r" : "\n\t");
    }

    /**
     * A writer that escapes what passes through it, for standard error: a carriage return is
     * kept there, as progress lines redraw themselves with it, and {@link #ERASE_LINE} becomes
     * the erase it stands for (written as an escape character, it would show as "\x1b[K").
     */
    public static Writer forErrors(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                write(String.valueOf((char) c), 0, 1);
            }

            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                write(new String(chars, off, len), 0, len);
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                String e = escape(s.substring(off, off + len), true).replace(ERASE_LINE, "\033[K");
                out.write(e, 0, e.length());
            }
        };
    }
}
