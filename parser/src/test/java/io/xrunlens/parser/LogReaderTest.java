package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.event.Event;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class LogReaderTest {

    private final List<Event> events = new ArrayList<>();

    private InputSummary read(String text) {
        return new LogReader(LogReader.Options.defaults()).read("t", "",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), events::add);
    }

    @Test
    void countsAddUp() {
        InputSummary s = read("[ 1.0] a b: random text\n[ 2.0] imx-sdma x.sdma: txd 1234abcd: freeing [ 3.0] XRUN: pcmC0D0c:0\n\n");
        assertEquals(3, s.lines());
        assertEquals(4, s.records());
        assertEquals(2, s.parsed());
        assertEquals(2, s.unknown());
        assertEquals(s.records(), s.parsed() + s.unknown());
        assertEquals(4, events.size());
    }

    @Test
    void bannerAfterKernelOutputStartsANewBoot() {
        InputSummary s = read("[    0.000000] Booting Linux on physical CPU 0x0\n"
                + "[    0.000000] Linux version 5.4.70 (x@y) #1\n"
                + "[   10.000000] something\n".repeat(60)
                + "[    0.000000] Booting Linux on physical CPU 0x0\n"
                + "[    0.000000] Linux version 5.10.72 (x@y) #1\n"
                + "[    3.000000] after\n");
        assertEquals(2, s.boots());
        assertEquals(0, events.get(1).record().boot());
        assertEquals(1, events.get(events.size() - 1).record().boot());
        assertEquals(1, events.get(events.size() - 2).record().boot());
    }

    /**
     * Lines a kernel stamps at its very start before its banner (32-bit PowerPC's hash table) are
     * that boot's: one boot; a line later than the first second before a banner is another's.
     */
    @Test
    void linesAtTheStartBeforeTheFirstBannerAreThatBoots() {
        InputSummary s = read("[    0.000000] Total memory = 1024MB; using 2048kB for hash table\n"
                + "[    0.000000] Linux version 6.1.0-28-powerpc (x@y) #1\n"
                + "[    9.712035] snd-aoa-fabric-layout: can use this codec\n");
        assertEquals(1, s.boots());
        events.clear();
        InputSummary tail = read("[   12.000000] a line of an earlier boot's end\n"
                + "[    0.000000] Linux version 6.1.0-28-powerpc (x@y) #1\n");
        assertEquals(2, tail.boots());
    }

    /** Short logs appended one after another: the same banner again starts a boot, however close. */
    @Test
    void theSameBannerAgainStartsANewBootHoweverClose() {
        InputSummary s = read("[ 2409.847318] imx-sdma 20ec000.sdma: txd 1: freeing\n"
                + "2026-11-24T10:00:00,000000+00:00 Booting Linux on physical CPU 0x0\n"
                + "2026-11-24T10:00:00,000000+00:00 Linux version 5.4.70 (x@y) #1\n"
                + "2026-11-24T10:00:01,000000+00:00 imx-sdma 20ec000.sdma: loaded firmware 3.5\n"
                + "[ 2423.109858] Booting Linux on physical CPU 0x0\n"
                + "[ 2423.109858] Linux version 5.4.70 (x@y) #1\n"
                + "[ 2424.061058] imx-sdma 20ec000.sdma: loaded firmware 3.5\n");
        assertEquals(3, s.boots());
        assertEquals(List.of(0, 1, 1, 1, 2, 2, 2), events.stream().map(e -> e.record().boot()).toList());
    }

    /**
     * A merged journal's boot ids go to the host whose entry names them, even where two hosts'
     * entries name one id and the entries in between repeat theirs (each id is handed on once
     * per run of entries, and again after another host's): two hosts of two boots each.
     */
    @Test
    void aMergedJournalsBootIdsAreEachHostsOwn() {
        StringBuilder log = new StringBuilder();
        for (String boot : List.of("x", "y")) {
            for (int i = 0; i < 40; i++) {
                String host = i % 3 == 0 ? "b" : "a";
                log.append("{\"_BOOT_ID\": \"").append(boot).append("\", \"_HOSTNAME\": \"").append(host)
                        .append("\", \"_SOURCE_MONOTONIC_TIMESTAMP\": \"").append(1000 + i)
                        .append("\", \"MESSAGE\": \"fsl-sai 30010000.sai: TX FIFO error ").append(i % 2).append("\"}\n");
            }
        }
        InputSummary s = read(log.toString());
        assertEquals("journal-json", s.format());
        assertEquals(4, s.boots());
        assertEquals(List.of(0, 1, 2, 3), events.stream().map(e -> e.record().boot()).distinct().sorted().toList());
    }

    @Test
    void clockResetStartsANewBootWithoutBanner() {
        InputSummary s = read("[  500.000000] a\n[  501.000000] b\n[    1.000000] c\n[    2.000000] d\n");
        assertEquals(2, s.boots());
        assertEquals(1, events.get(2).record().boot());
    }

    /**
     * A dmesg excerpt appended to a log whose clock is a date, with no banner between: its
     * records keep the kernel's uptime, far back from the dates, and are another boot's. A board
     * without a clock, going from 1970 to the date, stays in its boot; so does a serial console's
     * capture, which dates only the lines without a kernel stamp (its sample checks that).
     */
    @Test
    void aJumpBackFromADateToAnUptimeStartsANewBoot() {
        InputSummary s = read("2026-11-24T10:00:00,000000+00:00 imx-sgtl5000 sound: XRUN: pcmC0D0c:0\n".repeat(3)
                + "[  535.201922] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2\n"
                + "[  535.203207] imx-sdma 20ec000.sdma: txd 0a262722: freeing\n");
        assertEquals(2, s.boots());
        assertEquals(List.of(0, 0, 0, 1, 1), events.stream().map(e -> e.record().boot()).toList());
        InputSummary unset = read("1970-01-01T00:00:05,000000+00:00 imx-sdma 20ec000.sdma: loaded firmware 3.5\n"
                + "2026-11-24T10:00:00,000000+00:00 imx-sgtl5000 sound: XRUN: pcmC0D0c:0\n".repeat(3));
        assertEquals(1, unset.boots());
    }

    @Test
    void smallBackwardStepsStayInTheBoot() {
        InputSummary s = read("[    5.000000] a\n[    4.999000] b\n");
        assertEquals(1, s.boots());
        // within a minute, and after where the boot began
        assertEquals(1, read("[  500.000000] a\n[  545.766075] b\n[  520.000000] c\n").boots());
    }

    /**
     * Two excerpts of a kernel log appended, the second's uptime far back from the first's but
     * not near zero (a second boot's excerpt, or the same boot dumped again): two boots, so
     * that the first's race does not chain with the second's lines.
     */
    @Test
    void anUptimeThatJumpsBackByMinutesIsAnotherExcerpt() {
        InputSummary s = read("[  535.201922] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2\n"
                + "[  545.766075] imx-sgtl5000 sound: capture write error (DMA or IRQ trouble?)\n"
                + "[   12.201922] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2\n"
                + "[   22.766075] imx-sgtl5000 sound: capture write error (DMA or IRQ trouble?)\n");
        assertEquals(2, s.boots());
        assertEquals(List.of(0, 0, 1, 1), events.stream().map(e -> e.record().boot()).toList());
        // a syslog may interleave two boards' kernel lines, each with its own uptime: no boot there
        String board1 = "Nov 24 10:00:05 board1 kernel: [  535.201922] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic"
                + " channel: 2\n";
        String board2 = "Nov 24 10:00:05 board2 kernel: [ 1435.201922] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic"
                + " channel: 2\n";
        events.clear();
        assertEquals(2, read((board1 + board2).repeat(3)).boots(), "each board's boot its own");
        assertEquals(List.of(0, 1, 0, 1, 0, 1), events.stream().map(e -> e.record().boot()).toList());
        // the same excerpt pasted twice: back to where the boot began
        String excerpt = "[  535.201922] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2\n"
                + "[  545.766075] imx-sgtl5000 sound: capture write error (DMA or IRQ trouble?)\n";
        assertEquals(2, read(excerpt + excerpt).boots());
    }

    @Test
    void linesReadBeforeAFailureDuringDetectionAreStillRecords() {
        byte[] text = "[ 1.0] a b: one\n[ 2.0] a b: two\n".getBytes(StandardCharsets.UTF_8);
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(text),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new EOFException("Unexpected end of ZLIB input stream");
                    }
                });
        InputSummary s = new LogReader(LogReader.Options.defaults()).read("cut", "gzip", failing, events::add);
        assertEquals(2, s.lines());
        assertEquals(2, s.records());
        assertEquals(1, s.errors().size());
    }

    @Test
    void truncatedGzipKeepsWhatWasReadAndReportsIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 5000; i++) {
                gz.write(("[ " + i + ".000000] imx-sdma 20ec000.sdma: sdma_tx_status channel: 2\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = bytes.toByteArray();
        byte[] cut = Arrays.copyOf(all, all.length / 2);
        var opened = io.xrunlens.input.InputOpener.decompress("cut.gz", new ByteArrayInputStream(cut));
        assertEquals("gzip", opened.compression());
        InputSummary s = new LogReader(LogReader.Options.defaults()).read("cut.gz", "gzip", opened.stream(),
                events::add);
        assertEquals(1, s.errors().size());
        assertTrue(s.errors().get(0).contains("truncated or corrupt"), s.errors().get(0));
        assertTrue(s.lines() > 0 && s.lines() < 5000, "some lines were read: " + s.lines());
        assertEquals(s.records(), events.size());
    }
}
