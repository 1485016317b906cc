package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-read syslog prefix accepts exactly what its row's regex accepts, with the same clock and level. */
class SyslogPrefixTest {
    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(List.of("", "Nov", "Nov 24 10:00:00 h kernel: x", "Nov  4 10:00:00 h kernel: x",
                "Nov 124 10:00:00 h kernel: x", "Nov 24 10:00:00.201598 h kernel: x", "Nov 24 10:00:00. h kernel: x",
                "Nov 24 10:00:00 h kern.info kernel: x", "Nov 24 10:00:00 h kern. kernel: x",
                "Nov 24 10:00:00 h kern.info  kernel: x", "Nov 24 10:00:00 a b kernel: x", "Nov 24 10:00:00  h kernel: x",
                "Nov 24 10:00:00 h kernel:x", "Nov 24 1:00:00 h kernel: x", "Foo 24 10:00:00 h kernel: x",
                "Nov24 10:00:00 h kernel: x", "Nov 24 10:00:00 h\tkernel: x", "Dec 31 23:59:59.9 host-1 kernel: ",
                "Nov 24 10:00:00 h kern.info kernel: kernel: x", "Nov 24 10:00:00 kern.info kernel: x",
                "Nov 24 10:00:00 h\u00f4st kernel: x", "Nov 24 10:00:00 h\ud83d\ude00 kernel: x",
                "Nov 24 10:00:00 h\u2003x kernel: x", "Nov 24 10:00:00 h\u001cx kernel: x", "Nov 2\u0664 10:00:00 h kernel: x"));
        Path samples = Path.of(System.getProperty("xrunlens.samples", "../samples"));
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.ISO_8859_1));
            }
        }
        return lines;
    }

    @Test
    void theScannerReadsWhatTheRegexReads() throws IOException {
        WrapperFormat syslog = (WrapperFormat) FormatRegistry.byName("syslog").orElseThrow();
        WrapperFormat.FastPrefix fast = syslog.fastPrefix();
        assertTrue(fast != null, "the syslog row is read by hand");
        int matched = 0;
        for (String line : lines()) {
            Matcher m = syslog.prefix().matcher(line);
            WrapperFormat.Scan scan = new WrapperFormat.Scan();
            boolean regex = m.lookingAt();
            assertEquals(regex, fast.scan(line, scan), line);
            // a line's bytes, read where they sit in a buffer, give the same
            byte[] bytes = ("..." + line).getBytes(StandardCharsets.ISO_8859_1);
            WrapperFormat.Scan fromBytes = new WrapperFormat.Scan();
            if (bytes.length == line.length() + 3) {
                assertEquals(regex, fast.scan(bytes, 3, bytes.length, fromBytes), line);
                if (regex) {
                    assertEquals(scan.end, fromBytes.end, line);
                    assertEquals(scan.micros, fromBytes.micros, line);
                    assertEquals(List.of(scan.hostStart, scan.hostEnd), List.of(fromBytes.hostStart, fromBytes.hostEnd), line);
                }
            }
            if (regex) {
                matched++;
                assertEquals(m.end(), scan.end, line);
                assertEquals(Clocks.syslog(m.group(1), m.group(2), m.group(3)), scan.micros, line);
                assertEquals(Clocks.level(m.group(5)), scan.level, line);
                assertEquals(List.of(m.start("host"), m.end("host")), List.of(scan.hostStart, scan.hostEnd), line);
            }
        }
        assertTrue(matched > 100, "syslog lines among the samples: " + matched);
    }
}
