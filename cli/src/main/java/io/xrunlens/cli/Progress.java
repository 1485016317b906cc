package io.xrunlens.cli;

import io.xrunlens.render.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line counter on stderr ("xrunlens triage: analysing 12/128"), redrawn in place, only
 * when stderr is a terminal: a redirected or piped stderr gets nothing, so logs of CI runs stay
 * clean. Thread-safe: triage's workers step it.
 */
final class Progress {
    private final PrintWriter err;
    private final String label;
    private final boolean shown;
    private String phase = "";
    private int total;
    private int done;

    Progress(PrintWriter err, String label) {
        this(err, label, stderrIsTerminal());
    }

    Progress(PrintWriter err, String label, boolean shown) {
        this.err = err;
        this.label = label;
        this.shown = shown;
    }

    /** Starts counting a new stretch of work ("analysing", 128). */
    synchronized void phase(String name, int steps) {
        phase = name;
        total = steps;
        done = 0;
        draw();
    }

    synchronized void step() {
        done++;
        draw();
    }

    /** Clears the line, so the report that follows starts clean. */
    synchronized void done() {
        if (shown) {
            err.print("\r" + TerminalText.ERASE_LINE);
            err.flush();
        }
    }

    private void draw() {
        if (shown) {
            err.print("\r" + label + ": " + phase + " " + done + "/" + total + TerminalText.ERASE_LINE);
            err.flush();
        }
    }

    /**
     * Whether this process's stderr is a terminal. Java 17 can only ask about stdin and stdout
     * together (System.console()); on Linux the file descriptor's link says it for stderr alone.
     * {@code -Dxrunlens.progress=true|false} overrides (tests, odd terminals).
     */
    static boolean stderrIsTerminal() {
        String forced = System.getProperty("xrunlens.progress");
        if (forced != null) {
            return Boolean.parseBoolean(forced);
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
