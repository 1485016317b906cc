package io.xrunlens.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a report goes: stdout, or the file named by -o. */
final class OutputTarget {
    private OutputTarget() {
    }

    /** A writer for -o FILE, or one that writes through to {@code stdout} and is safe to close. */
    static Writer open(Path file, PrintWriter stdout) throws IOException {
        if (file == null) {
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
        return new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
    }
}
