package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.format.FormatRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrapJoinerTest {
    private final List<Event> events = new ArrayList<>();

    private InputSummary read(String text) {
        return new LogReader(LogReader.Options.defaults()).read("t", "",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), events::add);
    }

    private static final String BEFORE = "[  535.201598] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2\n";

    private Event only(Class<? extends Message> type) {
        List<Event> of = events.stream().filter(e -> type.isInstance(e.message())).toList();
        assertEquals(1, of.size(), events.toString());
        return of.get(0);
    }

    @Test
    void aWordCutByATerminalIsJoinedAndKeepsItsFirstLineNumber() {
        InputSummary s = read(BEFORE + "[  545.766075] imx-sgtl5000 sound: capture write error (DMA or IRQ trou\n"
                + "ble?)\n" + BEFORE);
        Event error = only(Message.PcmIoError.class);
        assertEquals(2, error.record().line());
        assertEquals(545_766_075L, error.record().micros());
        assertEquals(4, events.get(events.size() - 1).record().line(), "the lines after keep their numbers");
        assertEquals(4, s.lines());
        assertEquals(3, s.records());
        assertEquals(1, s.joined());
        assertTrue(s.notes().contains("wrapped lines: 1 joined to the line before"), s.notes().toString());
    }

    /**
     * A word cut mid-way by a terminal is joined as cut where that reads a more specific message:
     * with a space put back, 6.1's "ASoC: no backend DAIs enabled for %s" takes the rest as its
     * value and reads as well, but 6.12's longer row is the line the kernel printed.
     */
    @Test
    void aCutWordJoinsAsCutWhereThatReadsTheLongerRow() {
        InputSummary s = read("[  241.330217]  MultiMedia1: ASoC: no backend DAIs enabled for MultiMedia1, poss\n"
                + "ibly missing ALSA mixer-based routing or UCM profile\n" + BEFORE);
        assertEquals(1, s.joined());
        Message.Catalogued c = (Message.Catalogued) events.get(0).message();
        assertEquals("ASoC: no backend DAIs enabled for %s, possibly missing ALSA mixer-based routing or UCM profile",
                c.form().format());
        assertEquals(List.of("MultiMedia1"), c.values());
    }

    /**
     * A console's kernel record written into a program's unfinished line, the whole cut by an
     * 80-column terminal: the program's line is no piece of the record above, the record's own
     * cut piece still joins it, and the program's last word ("ng)") stays a line of its own.
     */
    @Test
    void aProgramsLineThatAKernelRecordCutIsNoPieceOfTheRecordAbove() {
        InputSummary s = read(BEFORE + "[  215.158410] UBIFS (ubi0:0): recovery needed\n"
                + "underrun!!! (at least 41.871 ms lo[  215.162201] fsl-sai 30010000.sai: isr: Tran\n"
                + "smit underrun detected\nng)\n" + BEFORE);
        Event xrun = only(Message.UserXrun.class);
        assertEquals(3, xrun.record().line());
        assertEquals(1, s.joined());
        assertTrue(events.stream().anyMatch(e -> e.record().text().equals("isr: Transmit underrun detected")
                && e.record().micros() == 215_162_201L && e.record().line() == 3), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.record().text().equals("UBIFS (ubi0:0): recovery needed")), events.toString());
    }

    @Test
    void aTailThatReadsAloneStillGoesBackToTheStampedLineItWasCutFrom() {
        read("Nov 24 10:08:55 imx6board kernel: [  535.201598] imx-sgtl5000 sound:\nXRUN: pcmC0D0c:0\n"
                + "Nov 24 10:08:55 imx6board kernel: [  535.201922] imx-sdma 20ec000.sdma: sdma_prep_dma_cyclic channel: 2\n");
        Event xrun = only(Message.Xrun.class);
        assertEquals(535_201_598L, xrun.record().micros());
        assertEquals("imx-sgtl5000", xrun.record().driver());
    }

    /** Another program's syslog line is an entry of its own, never a piece of the kernel line before it. */
    @Test
    void anotherProgramsSyslogLineIsNeverJoined() {
        InputSummary s = read("Dec 03 10:00:01 laptop kernel: Linux version 6.12.6-amd64 (debian-kernel@lists.debian.org)\n"
                + "Dec 03 10:00:05 laptop kernel: snd_hda_intel 0000:00:1f.3: enabling device (0000 -> 0002)\n"
                + "Dec 03 10:06:01 laptop pipewire[1190]: spa.alsa: hw:0,0: (0 suppressed) xrun state:3 delay:1024/4096\n"
                + "Dec 03 10:06:02 laptop pulseaudio[1300]: E: [alsa-sink-ALC257 Analog] alsa-sink.c: ALSA woke us up"
                + " to write new data to the device, but there was actually nothing to write.\n");
        assertEquals(0, s.joined(), s.notes().toString());
        assertEquals(4, s.records());
    }

    /**
     * A syslog whose programs' entries outnumber the kernel's lines, cut by an 80-column terminal:
     * a program's entry opens a line of its own (so the log is one worth joining), and a line cut
     * into three pieces is joined as cut at each, "byte" + "s", where the row reads "byte%s" either way.
     */
    @Test
    void aSyslogOfProgramsEntriesCutByATerminalIsJoinedAsCut() {
        String entry = "Mar 14 09:31:44 deskpc pulseaudio[1312]: E: [alsa-sink-ALC892 Analog] alsa-util.c: snd_pcm_avail()"
                + " returned a value that is exceptionally large: 4294965412 bytes (24347 ms).";
        StringBuilder log = new StringBuilder("Mar 14 09:12:01 deskpc kernel: [    4.201312] snd_hda_intel 0000:00:1f.3:"
                + " enabling device (0000 -> 0002)\n");
        for (int i = 0; i < 4; i++) {
            log.append("Mar 14 09:12:06 deskpc systemd[1]: Started Sound Service.\n");
            for (int at = 0; at < entry.length(); at += 80) {
                log.append(entry, at, Math.min(entry.length(), at + 80)).append('\n');
            }
        }
        InputSummary s = read(log.toString());
        assertEquals(8, s.joined(), s.notes().toString());
        List<Event> read = events.stream().filter(e -> e.message() instanceof Message.Catalogued).toList();
        assertEquals(4, read.size(), events.toString());
        assertTrue(read.get(0).record().text().endsWith("4294965412 bytes (24347 ms)."), read.get(0).record().text());
    }

    /**
     * Logs of several boards appended into one file: the first (which decides the format) is
     * dmesg --time-format iso, with a line its terminal cut; then plain dmesg, dmesg -x, /dev/kmsg,
     * logcat, journalctl with its date cut off, dmesg -T and a mail's quote of plain dmesg. A line that opens a record of any of those is
     * a record of its own, on its own line (joined onto the line before, each would also have cost
     * a reading of the whole run of lines joined so far).
     */
    @Test
    void aLineThatOpensARecordOfAnotherFormatIsNeverJoined() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            log.append(String.format("2026-11-24T10:00:%02d,000000+00:00 usb 1-1: new high-speed USB device number %d%n", i, i));
        }
        log.append("2026-11-24T10:08:55,201598+00:00 imx-sgtl5000 sound: capture write error (DMA or IRQ trou\nble?)\n");
        log.append("\narecord: pcm_read:2221: read error: Input/output error\n"); // the paste's last line
        List<String> prefixes = List.of("kern  :debug : [  %d.%06d] ", "[  %d.%06d] ", "<7>[  %d.%06d] ",
                "7,1012,%d%06d,-;", "11-24 10:%02d:00.%03d     0     0 I ", "10:10:%02d.%06d kernel: ",
                "> [  %d.%06d] ", "[Tue Nov 24 10:%02d:%02d 2026] ");
        int lines = 44;
        for (int i = 0; i < 60; i++) {
            String prefix = String.format(prefixes.get(i % prefixes.size()), 10 + i, i);
            log.append(prefix).append(String.format("imx-sdma 20ec000.sdma: txd %08x: freeing%n", i));
            lines++;
        }
        InputSummary s = read(log.toString());
        assertEquals("dmesg-iso", s.format());
        assertEquals(1, s.joined(), "only the line the terminal cut is joined");
        assertEquals(lines, s.lines());
        assertEquals(lines - 1, s.records());
        List<Event> freed = events.stream().filter(e -> e.message() instanceof Message.DescriptorFreed).toList();
        assertTrue(freed.size() >= 10, events.toString()); // at least those with a kernel stamp
        for (Event e : freed) {
            int i = Integer.parseInt(((Message.DescriptorFreed) e.message()).txd(), 16);
            assertEquals(45 + i, e.record().line(), e.toString());
        }
    }

    /**
     * /dev/kmsg's dictionary lines (" SUBSYSTEM=sound") belong to the record before as fields:
     * even after a line as wide as the terminal that cut the input, they are no piece of its text.
     */
    @Test
    void aKmsgDictionaryLineIsNeverJoined() {
        String cut = "[  545.766075] imx-sgtl5000 sound: capture write error (DMA or"; // 62 columns
        InputSummary s = read((cut + "\n IRQ trouble?)\n").repeat(4)
                + "[  546.000000] fsl-ssi-dai 2028000.ssi: ASoC: error at snd_soc\n SUBSYSTEM=sound\n"
                + " DEVICE=+sound:card0\n" + BEFORE);
        assertEquals(4, s.joined(), s.notes().toString());
        assertTrue(events.stream().anyMatch(e -> e.record().text().equals(" SUBSYSTEM=sound")
                || e.record().text().equals("SUBSYSTEM=sound")), events.toString());
    }

    @Test
    void aMailerThatDroppedTheSpaceGetsItBack() {
        read(BEFORE + "[   12.118340] aplay: pcm_write:2127: write error: Cannot allocate\nmemory\n" + BEFORE);
        Message.UserIoError e = (Message.UserIoError) only(Message.UserIoError.class).message();
        assertTrue(e.error().endsWith("Cannot allocate memory"), e.error());
    }

    /**
     * A player's error line that ends in a whole error text is complete: the next line, whatever
     * it says, would read as more of that text, and is a line of its own.
     */
    @Test
    void aLineAfterAPlayersWholeErrorIsALineOfItsOwn() {
        for (String next : List.of("Playing WAVE '/usr/share/sounds/alsa/Front_Center.wav' : Signed 16 bit Little Endian",
                "U-Boot SPL 2020.04-5.4.70-2.3.0 (Nov 03 2020 - 10:00:00 +0000)",
                "-- Journal begins at Tue 2026-11-24 10:00:00 UTC, ends at Tue 2026-11-24 10:20:00 UTC. --",
                "Hi Robin, the board printed this")) {
            for (String error : List.of("[  545.766075] aplay: pcm_write:2011: write error: Input/output error",
                    "arecord: pcm_read:2221: read error: Input/output error", "aplay: pcm_write:2011: write error: I/O error")) {
                events.clear();
                InputSummary s = read(BEFORE + error + "\n" + next + "\n" + BEFORE);
                Message.UserIoError e = (Message.UserIoError) only(Message.UserIoError.class).message();
                assertTrue(e.error().endsWith("error"), error + " / " + next + ": " + e.error());
                assertEquals(0, s.joined(), error + " / " + next);
                assertEquals(4, s.records(), error + " / " + next);
            }
        }
    }

    @Test
    void userSpaceLinesAndPromptsBetweenKernelLinesStayLinesOfTheirOwn() {
        InputSummary s = read(BEFORE + "[  545.766075] imx-sgtl5000 sound: capture write error (DMA or IRQ trouble?)\n"
                + "arecord: pcm_read:2221: read error: Input/output error\n"
                + "root@imx6:~# arecord -D hw:0 -f S16_LE x.wav\n" + BEFORE);
        assertInstanceOf(Message.PcmIoError.class, events.get(1).message());
        assertInstanceOf(Message.UserIoError.class, events.get(2).message());
        assertEquals(3, events.get(2).record().line());
        assertEquals(4, events.get(3).record().line());
        assertEquals(0, s.joined());
        // a program's own output is no cut piece: with nothing cut, the joiner has nothing to say
        assertTrue(s.notes().stream().noneMatch(n -> n.startsWith("wrapped lines")), s.notes().toString());
    }

    @Test
    void aRecordCutTwiceByARewrappedQuoteIsJoinedWhole() {
        InputSummary s = read(BEFORE + "[  535.202135] imx-sdma 20ec000.sdma: vchan 8aa58994: txd\n0a262722[8]:\nsubmitted\n"
                + "random words that stay a line of their own\n" + BEFORE);
        Event submitted = only(Message.DescriptorSubmitted.class);
        assertEquals(new Message.DescriptorSubmitted("8aa58994", "0a262722", "8"), submitted.message());
        assertEquals(2, submitted.record().line());
        assertEquals(2, s.joined());
        assertEquals(6, events.get(events.size() - 1).record().line(), "the lines after keep their numbers");
    }

    /**
     * A reply quoting a log in a log that is mostly not quoted (so the quotes stay): a piece
     * re-wrapped by the mailer carries the markers of its line and joins it without them; a
     * quoted line after an unquoted one, or a quoted blank line, is no piece.
     */
    @Test
    void aQuotedPieceJoinsTheLineQuotedAlike() {
        InputSummary s = read(BEFORE.repeat(6) + "Hi,\n> [  545.766075] imx-sgtl5000 sound: capture write error (DMA or IRQ\n"
                + "> trouble?)\n>\n> [  545.766080] imx-sdma 20ec000.sdma: txd\n> 0a262722: freeing\nThanks\n"
                + BEFORE + "> note to self\n" + BEFORE);
        assertEquals(new Message.PcmIoError(PcmDirection.CAPTURE, "write", false), only(Message.PcmIoError.class).message());
        assertEquals(8, only(Message.PcmIoError.class).record().line());
        assertEquals(new Message.DescriptorFreed("0a262722"), only(Message.DescriptorFreed.class).message());
        assertEquals(2, s.joined());
        assertTrue(events.stream().anyMatch(e -> e.record().line() == 15 && e.record().text().equals("> note to self")),
                events.toString());
        assertEquals(1, events.stream().filter(e -> e.record().line() == 8).count(), "quote markers are no record: " + events);
    }

    @Test
    void proseAfterABlankLineIsNotJoinedToIt() {
        InputSummary s = read(BEFORE + "\nAny ideas? Kernel is 5.4.70.\n" + BEFORE);
        assertEquals(0, s.joined());
        assertEquals(4, s.records());
    }

    @Test
    void aLogWithoutStampsIsNeverJoined() {
        InputSummary s = read("imx-sgtl5000 sound: capture write error (DMA or IRQ trou\nble?)\n");
        assertEquals(0, s.joined());
        assertEquals(2, s.records());
    }

    @Test
    void aFlattenedLogCutInsideAStampIsRebuilt() {
        read("Failure log: [ 535.203182] imx-sdma 20ec000.sdma: txd 19499aa8: freeing [\n"
                + "535.203207] imx-sdma 20ec000.sdma: txd 0a262722: freeing [ 545.766059] imx-sgtl5000\n"
                + "sound: wait_for_avail: tout=0, state=3\n");
        List<Message> freed = events.stream().map(Event::message).filter(Message.DescriptorFreed.class::isInstance).toList();
        assertEquals(List.of(new Message.DescriptorFreed("19499aa8"), new Message.DescriptorFreed("0a262722")), freed);
        assertEquals(545_766_059L, only(Message.WaitResult.class).record().micros());
    }

    @Test
    void theTerminalWidthIsTheLengthSharedByTheLinesTailsFollow() {
        String a = "[ 1.000000] " + "x".repeat(68);
        String b = "[ 2.000000] " + "y".repeat(68);
        List<String> cut = List.of(a, "tail one", b, "tail two", "[ 3.000000] short");
        assertEquals(80, WrapJoiner.cutWidth(cut, FormatRegistry.byName("dmesg").orElseThrow()));
        List<String> wrapped = List.of(a, "tail one", a.substring(0, 70), "tail two");
        assertEquals(0, WrapJoiner.cutWidth(wrapped, FormatRegistry.byName("dmesg").orElseThrow()));
    }
}
