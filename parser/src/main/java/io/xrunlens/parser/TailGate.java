package io.xrunlens.parser;

import io.xrunlens.format.LogFormat;
import io.xrunlens.input.LineReader;
import io.xrunlens.input.RawLines;
import java.io.IOException;

/**
 * Reads the lines of an input whose head showed a cut line: a line that no cut piece can follow
 * is framed from its bytes, as every line of an uncut input is; a line a piece may follow, and
 * the pieces the joiner joins to it, are read as text by the joiner. What is framed is what the
 * joiner alone would return, line for line.
 */
final class TailGate {
    private final RawLines lines;
    private final WrapJoiner joiner;
    private final int[] next = new int[2];

    /** @param joiner reads from {@code lines} (or from a source that ends in them) */
    TailGate(RawLines lines, WrapJoiner joiner) {
        this.lines = lines;
        this.joiner = joiner;
    }

    /** Frames the next line, joined or alone; false at the end of the lines. */
    boolean step(LogFormat format, RecordTyper typer) throws IOException {
        if (!joiner.holdsNothing()) {
            // lines the joiner read ahead, as text: one with no piece after it is served alone
            String line = joiner.holdsOneLine() && noTailFollows() ? joiner.nextAlone() : joiner.next();
            typer.frame(format, line, joiner.lineNumber());
            return true;
        }
        if (!lines.nextRaw()) {
            return false;
        }
        if (noTailFollows()) {
            typer.frame(format, lines.rawBytes(), lines.rawStart(), lines.rawEnd(), lines.lineNumber());
        } else {
            String text = LineReader.decode(lines.rawBytes(), lines.rawStart(), lines.rawEnd() - lines.rawStart());
            typer.frame(format, joiner.next(text, lines.lineNumber()), joiner.lineNumber());
        }
        return true;
    }

    /** Whether the lines may be handed on here (to blocks): nothing is held, and the next line starts afresh. */
    boolean atCleanCut() {
        return joiner.holdsNothing() && noTailFollows();
    }

    /** Whether the line after the one at hand is certainly no cut piece of it (or there is none). */
    private boolean noTailFollows() {
        int peeked = lines.peek(next);
        return peeked == RawLines.NO_MORE
                || peeked == RawLines.PEEKED && joiner.noTail(lines.peekBytes(), next[0], next[1]);
    }
}
