package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small things a user notices: each says what is true. */
class SmallTruthsTest {
    private static final String FIRMWARE = " host kernel: imx-sdma 20ec000.sdma: sdma firmware not ready!\n";
    private static final String TRIGGER = " host kernel: fsl-sai 30c30000.sai: ASoC: error at soc_component_trigger"
            + " on 30c30000.sai: -12\n";

    @Test
    void aFileNamedTwoWaysIsReadOnce(@TempDir Path dir) throws Exception {
        Path f = Files.copy(SampleExpectationsTest.samples().resolve("synthetic/clean-session.log"), dir.resolve("x.log"));
        Cli cli = Cli.run("analyze", f.toString(), dir.resolve(".").resolve("x.log").toString());
        assertEquals(1, cli.out().lines().filter(l -> l.startsWith("== ")).count(), cli.out());
    }

    @Test
    void timelineOfTwoLogsSaysItDrawsOne() {
        String log = SampleExpectationsTest.samples().resolve("synthetic/clean-session.log").toString();
        Cli cli = Cli.run("timeline", log, log);
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("timeline reads one log at a time"), cli.err());
    }

    /** "Jan 01" (journalctl) and "Jan  1" (classic syslog) are printed back as the log prints them. */
    @Test
    void aSyslogDayIsPrintedAsTheLogPrintsIt(@TempDir Path dir) throws Exception {
        Path journal = Files.writeString(dir.resolve("j.log"), "Jan 01 10:00:00.100000" + FIRMWARE
                + "Jan 01 10:00:00.100050" + TRIGGER);
        Path syslog = Files.writeString(dir.resolve("s.log"), "Jan  1 10:00:00.100000" + FIRMWARE
                + "Jan  1 10:00:00.100050" + TRIGGER);
        assertTrue(Cli.run("analyze", journal.toString()).out().contains("at Jan 01 10:00:00.100050"));
        assertTrue(Cli.run("analyze", syslog.toString()).out().contains("at Jan  1 10:00:00.100050"));
    }

    /** Shell completion offers the format names --input-format takes. */
    @Test
    void completionOffersTheInputFormats() {
        String script = Cli.run("generate-completion").out();
        assertTrue(script.contains("dmesg-x-T") && script.contains("journal-monotonic"), "format names in completion");
    }
}
