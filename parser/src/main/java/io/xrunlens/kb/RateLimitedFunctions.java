package io.xrunlens.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The functions of the knowledge base's rate-limited calls (dev_err_ratelimited and its kin):
 * the names the kernel's rate limit prints before the count of their messages it dropped
 * ("i2s_irq_handler: 412 callbacks suppressed"). Written by 'xrunlens kb import' beside the rows,
 * so that a log's rate-limit line is told an audio driver's without reading every row.
 */
public final class RateLimitedFunctions {
    public static final String FILE = "ratelimited.txt";

    private RateLimitedFunctions() {
    }

    /** The functions of the rows whose macro is a rate-limited one, sorted. */
    public static Set<String> of(Collection<KbRow> rows) {
        Set<String> functions = new TreeSet<>();
        for (KbRow r : rows) {
            if (r.macro().endsWith("_ratelimited") && !r.function().isEmpty() && !r.function().equals("-")) {
                functions.add(r.function());
            }
        }
        return functions;
    }

    public static void write(Writer w, Set<String> functions) throws IOException {
        w.write("# The functions of the knowledge base's rate-limited calls (dev_err_ratelimited and its kin), which\n");
        w.write("# the kernel's rate limit names before the count it dropped. Written by 'xrunlens kb import'.\n");
        for (String f : functions) {
            w.write(f);
            w.write('\n');
        }
    }

    static Set<String> read(Reader in) {
        Set<String> functions = new TreeSet<>();
        try (BufferedReader r = new BufferedReader(in)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    functions.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return functions;
    }

    /** The built-in file's functions, read on first use. */
    static Set<String> builtIn() {
        return BuiltIn.FUNCTIONS;
    }

    private static final class BuiltIn {
        static final Set<String> FUNCTIONS = load();

        private static Set<String> load() {
            try (InputStream in = RateLimitedFunctions.class.getResourceAsStream("/io/xrunlens/kb/" + FILE)) {
                return in == null ? Set.of() : Set.copyOf(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
