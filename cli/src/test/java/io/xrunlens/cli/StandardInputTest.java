package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "dmesg | xrunlens analyze", with no FILE, reads the pipe as grep and jq would. */
class StandardInputTest {
    @Test
    void analyzeWithoutAFileReadsThePipe() {
        Cli cli = Cli.withStdin("[    1.000000] fsl-sai 30c30000.sai: isr: Transmit underrun detected\n", "analyze");
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(cli.out().startsWith("== - (dmesg, 1 boot)"), cli.out());
        assertTrue(cli.out().contains("dai-fifo-error"), cli.out());
    }

    @Test
    void timelineWithoutAFileReadsThePipe(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t.png");
        Cli cli = Cli.withStdin("[    1.000000] fsl-sai 30c30000.sai: isr: Transmit underrun detected\n", "timeline", "-o",
                out.toString());
        assertTrue(cli.exit() == 0 || cli.exit() == 1, cli.err());
        assertTrue(Files.size(out) > 0, cli.err());
    }
}
