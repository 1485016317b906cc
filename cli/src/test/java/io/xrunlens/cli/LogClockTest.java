package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Times are shown as the log prints them, so that a person can find them in the log. */
class LogClockTest {
    private static final Path FORMATS = SampleExpectationsTest.samples().resolve("formats");

    private static String text(String sample, String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "analyze";
        System.arraycopy(more, 0, args, 1, more.length);
        args[args.length - 1] = FORMATS.resolve(sample).toString();
        Cli cli = Cli.run(args);
        assertEquals(1, cli.exit(), cli.err());
        return cli.out().replaceAll("\\s+", " "); // the report wraps at 80 columns
    }

    @Test
    void dmesgTTimesAreDatesNotSecondsSinceTheEpoch() {
        String out = text("dmesg-T.log");
        assertTrue(out.contains("died at 2026-11-24 10:09:05"), out);
        assertFalse(out.contains("17956"), "no epoch seconds: " + out);
    }

    @Test
    void yearlessSyslogAndLogcatTimesAreTheStampsTheyPrinted() {
        String syslog = text("journal-short-precise.log");
        assertTrue(syslog.contains("died at Nov 24 10:09:05.766075"), syslog);
        assertFalse(syslog.contains("975060"), syslog);
        String logcat = text("logcat-kernel.log");
        assertTrue(logcat.contains("died at 11-24 10:09:05.766"), logcat);
        assertTrue(text("journal-short-precise.log", "--year", "2026").contains("died at 2026-11-24 10:09:05.766075"));
    }

    @Test
    void aSyslogThatKeptTheKernelsStampsShowsThem() {
        assertTrue(text("rsyslog-kern.log").contains("died at 545.766075"));
    }

    @Test
    void aLogWithoutAClockNamesLinesInsteadOfTimes() {
        String out = text("dmesg-H.log");
        assertTrue(out.contains("died at line "), out);
        assertFalse(out.contains(" at -") || out.contains("? s"), out);
        assertTrue(out.contains(", line 33 to line 42"), out);
    }

    @Test
    void jsonKeepsSecondsAndAddsThePrintedForm() throws Exception {
        Cli cli = Cli.run("analyze", "--format", "json", FORMATS.resolve("dmesg-T.log").toString());
        JsonNode input = new ObjectMapper().readTree(cli.out()).get("inputs").get(0);
        assertEquals("wall", input.get("clock").asText());
        JsonNode incident = input.get("incidents").get(0);
        assertTrue(incident.get("end").isNumber());
        assertEquals("2026-11-24 10:09:05", incident.get("end_printed").asText());
    }

    @Test
    void timelineWindowTakesTheLogsOwnForm(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("w.png");
        Cli cli = Cli.run("timeline", "--window", "Nov 24 10:08:55.20..Nov 24 10:08:55.21", "-o", png.toString(),
                FORMATS.resolve("journal-short-precise.log").toString());
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(Files.size(png) > 1000);
        Cli bad = Cli.run("timeline", "--window", "soon..later", "-o", png.toString(),
                FORMATS.resolve("dmesg-T.log").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("'2026-11-24 10:08:55..2026-11-24 10:09:06'"), bad.err());
    }
}
