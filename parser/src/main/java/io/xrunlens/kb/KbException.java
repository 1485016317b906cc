package io.xrunlens.kb;

/** A knowledge-base file that cannot be read as written, with the file and line to fix. */
public final class KbException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KbException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    public KbException(String file, String problem) {
        super(file + ": " + problem);
    }
}
