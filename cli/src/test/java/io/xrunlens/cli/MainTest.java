package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Which commands a command line is built with: the one a run names, or all where any may be asked of. */
class MainTest {
    private static final List<String> ALL = List.of("analyze", "timeline", "triage", "watch", "formats", "explain", "kb",
            "help", "generate-completion");

    @Test
    void aRunOfOneCommandBuildsThatOneOnly() {
        for (String name : List.of("analyze", "timeline", "triage", "watch", "formats", "explain", "kb")) {
            CommandLine cl = Main.commandLine(new String[] {name, "x.log"});
            assertEquals(List.of(name), List.copyOf(cl.getSubcommands().keySet()), name);
        }
    }

    /** The usage, help and completion list every command; a word that names none is told against all of them. */
    @Test
    void helpCompletionAndAnUnknownWordSeeEveryCommand() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "analyze"},
                new String[] {"generate-completion"}, new String[] {"analyse"})) {
            assertEquals(ALL, List.copyOf(Main.commandLine(args).getSubcommands().keySet()), String.join(" ", args));
        }
        Cli cli = Cli.run("--help");
        for (String name : ALL) {
            assertTrue(cli.out().contains("\n  " + name + " "), name + " in the usage: " + cli.out());
        }
    }
}
