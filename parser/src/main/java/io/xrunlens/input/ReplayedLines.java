package io.xrunlens.input;

import java.io.IOException;
import java.util.List;

/**
 * The lines read ahead to detect the format, served again with their numbers, then the rest of
 * the input (none when reading it had already failed).
 */
public final class ReplayedLines implements LineSource {
    private final List<String> head;
    private final List<Long> headLines;
    private final LineSource rest;
    private int served;
    private long lineNumber;

    public ReplayedLines(List<String> head, List<Long> headLines, LineSource rest) {
        this.head = head;
        this.headLines = headLines;
        this.rest = rest;
    }

    @Override
    public String next() throws IOException {
        if (served < head.size()) {
            lineNumber = headLines.get(served);
            return head.get(served++);
        }
        if (rest == null) {
            return null;
        }
        String line = rest.next();
        lineNumber = rest.lineNumber();
        return line;
    }

    /** Whether the lines read ahead have all been served again. */
    public boolean headServed() {
        return served == head.size();
    }

    @Override
    public boolean ready() throws IOException {
        return served < head.size() || rest == null || rest.ready();
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public long linesRead() {
        return rest == null ? head.size() : rest.linesRead();
    }
}
