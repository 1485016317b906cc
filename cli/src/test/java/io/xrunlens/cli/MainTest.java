package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {
    private static final List<String> ALL = List.of("analyze", "timeline", "triage", "watch", "formats", "explain",
            "kb", "help", "generate-completion");

    /**
     * A command line that names a command gets that command alone (picocli reads each one's
     * annotations when it is added); help, completion, options and a word that is no command get
     * them all, so that the list, the script and the guesses name every one.
     */
    @Test
    void aCommandLineGetsTheCommandItNamesOrAll() {
        assertEquals(List.of("analyze"), names("analyze", "x.log"));
        assertEquals(List.of("kb"), names("kb", "check"));
        for (String first : List.of("help", "generate-completion", "--help", "-V", "analyse")) {
            assertEquals(ALL, names(first), first);
        }
        assertEquals(ALL, names());
    }

    private static List<String> names(String... args) {
        return List.copyOf(Main.commandLine(args).getSubcommands().keySet());
    }
}
