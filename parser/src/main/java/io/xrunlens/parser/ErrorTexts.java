package io.xrunlens.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The C libraries' texts for error numbers ({@code error-texts.txt}), as aplay and arecord end
 * their "write error: Input/output error" lines with them. A program's error line that ends in a
 * whole text is complete: the line after it is a line of its own. Without this, any next line
 * ("Playing WAVE …", a U-Boot banner) reads as more of the error text and was joined to it.
 */
final class ErrorTexts {
    private static final Set<String> WHOLE = read();

    private ErrorTexts() {
    }

    /** Whether {@code error} is one of the texts, whole. */
    static boolean whole(String error) {
        return WHOLE.contains(error);
    }

    private static Set<String> read() {
        Set<String> texts = new HashSet<>();
        try (InputStream in = ErrorTexts.class.getResourceAsStream("error-texts.txt")) {
            if (in == null) {
                throw new IllegalStateException("error-texts.txt is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    texts.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(texts);
    }
}
