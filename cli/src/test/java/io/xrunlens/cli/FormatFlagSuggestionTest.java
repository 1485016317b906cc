package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "--json" as other tools spell it is answered with this command's "--format json". */
class FormatFlagSuggestionTest {
    @Test
    void aFormatWrittenAsAFlagIsSuggestedAsFormat() {
        Cli json = Cli.run("analyze", "--json", "x.log");
        assertEquals(2, json.exit());
        assertTrue(json.err().contains("did you mean --format json?"), json.err());
        assertTrue(Cli.run("triage", "--csv", "x").err().contains("did you mean --format csv?"));
        assertTrue(Cli.run("timeline", "--svg", "x").err().contains("did you mean --format svg?"));
        Cli typo = Cli.run("analyze", "--fromat", "json", "x.log");
        assertTrue(typo.err().contains("did you mean --format?"), typo.err());
        Cli none = Cli.run("analyze", "--pdf", "x.log");
        assertTrue(!none.err().contains("--format pdf"), none.err());
    }
}
