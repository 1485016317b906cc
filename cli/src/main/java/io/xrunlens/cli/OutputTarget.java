package io.xrunlens.cli;

import io.xrunlens.input.IoProblems;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a report goes: stdout (no -o, or -o -), the file named by -o (replaced if it exists), or
 * a file named after the input inside the folder -o names. Opened before any input is read, so a
 * wrong path is told at once, not after minutes of analysis.
 */
final class OutputTarget {
    private OutputTarget() {
    }

    /** True when the report goes to standard output. */
    static boolean isStdout(Path file) {
        return file == null || file.toString().equals("-");
    }

    /**
     * The file to write: {@code file} itself, or {@code defaultName} inside it when it is an
     * existing folder. Checks that its folder exists, so the error names what is wrong.
     */
    static Path resolve(Path file, String defaultName) throws IOException {
        Path target = Files.isDirectory(file) ? file.resolve(defaultName) : file;
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException("cannot write " + target + ": no such folder " + parent);
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + target + ": is a folder");
        }
        return target;
    }

    /** A writer for -o (see {@link #resolve}), or one that writes through to {@code stdout} and is safe to close. */
    static Writer open(Path file, String defaultName, PrintWriter stdout) throws IOException {
        if (isStdout(file)) {
            return new Writer() {
                @Override
                public void write(char[] cbuf, int off, int len) {
                    stdout.write(cbuf, off, len);
                }

                @Override
                public void flush() {
                    stdout.flush();
                }

                @Override
                public void close() {
                    stdout.flush();
                }
            };
        }
        return new OutputStreamWriter(stream(resolve(file, defaultName)), StandardCharsets.UTF_8);
    }

    /** Opens a file for writing, replacing it; the error in words. */
    static OutputStream stream(Path target) throws IOException {
        try {
            return Files.newOutputStream(target);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + IoProblems.reason(e), e);
        }
    }
}
