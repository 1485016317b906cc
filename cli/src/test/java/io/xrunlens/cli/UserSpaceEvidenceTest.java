package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paste of the player's own output, with no kernel line, is analysed: not "not a kernel log". */
class UserSpaceEvidenceTest {
    @TempDir
    Path dir;

    @Test
    void aplayAndArecordAloneAreReadWithTheirStreams() throws Exception {
        Path log = dir.resolve("paste.txt");
        Files.writeString(log, """
                $ aplay -D hw:0,0 /usr/share/sounds/alsa/Front_Center.wav
                Playing WAVE '/usr/share/sounds/alsa/Front_Center.wav' : Signed 16 bit Little Endian, Rate 48000 Hz, Mono
                ALSA lib pcm.c:8545:(snd_pcm_recover) underrun occurred
                ALSA lib pcm.c:8545:(snd_pcm_recover) underrun occurred
                ALSA lib pcm.c:8545:(snd_pcm_recover) underrun occurred
                ALSA lib pcm.c:8545:(snd_pcm_recover) underrun occurred
                $ arecord -D hw:0,0 -f S16_LE -r 48000 -c 2 /tmp/x.wav
                arecord: main:830: audio open error: Device or resource busy
                """);
        Cli cli = Cli.run("analyze", log.toString());
        assertEquals(1, cli.exit(), cli.err());
        assertFalse(cli.out().contains("not a kernel log"), cli.out());
        assertTrue(cli.out().contains("Capture could not open the device at line 8: arecord printed"), cli.out());
        assertTrue(cli.out().contains("cause device-busy (observed)"), cli.out());
        assertTrue(cli.out().contains("Playback XRUNs from line 3, 4 of them until line 6, each recovered"), cli.out());
        // alsa-lib's own line names no program: the player's library printed it, whichever player
        assertTrue(cli.out().contains("(alsa-lib underrun)") && !cli.out().contains("aplay/arecord underrun"), cli.out());
    }

    /**
     * alsactl restoring the mixer of a codec that does not acknowledge on its bus (EREMOTEIO, EIO,
     * in either release's words) is the codec; a control a state file names wrongly is nothing.
     */
    @Test
    void alsactlThatCannotWriteTheCodecIsTheCodec() throws Exception {
        Path log = dir.resolve("restore.txt");
        Files.writeString(log, """
                alsactl: set_control:1475: Cannot write control '2:0:0:Mic 1 Volume:0' : Remote I/O error
                alsactl: set_control:1462: Cannot write control 'numid=2,iface=MIXER,name='PCM Playback Volume'': \
                Input/output error
                """);
        Cli cli = Cli.run("analyze", "--format", "json", log.toString());
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(cli.out().contains("\"cause\" : \"codec\""), cli.out());
        assertTrue(cli.out().contains("\"form\" : \"alsa-utils.alsactl-write-io\""), cli.out());
        Files.writeString(log, "[    5.1] wm8960 1-001a: probe\n"
                + "alsactl: set_control:1475: Cannot write control '2:0:0:Mic 1 Volume:0' : Invalid argument\n");
        assertFalse(Cli.run("analyze", "--format", "json", log.toString()).out().contains("codec-failure"));
    }

    @Test
    void noSoundCardAndPulseAudiosPointerNoteAreRead() throws Exception {
        Path log = dir.resolve("paste2.txt");
        Files.writeString(log, """
                aplay: device_list:274: no soundcards found...
                E: [alsa-sink-USB Audio] alsa-sink.c: ALSA woke us up to write new data to the device, \
                but there was actually nothing to write.
                """);
        Cli cli = Cli.run("analyze", "--format", "json", log.toString());
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(cli.out().contains("\"form\" : \"alsa-utils.no-soundcards\""), cli.out());
        assertTrue(cli.out().contains("\"form\" : \"pulseaudio.woke-up\""), cli.out());
    }

    /**
     * aplay's "no soundcards found" alone is a card that never registered, with a fix about that
     * (not about a stream's pointer); with a codec's failure before it, the codec is the cause.
     */
    @Test
    void noSoundCardIsItsOwnCauseUnlessTheLogShowsWhy() throws Exception {
        Path alone = dir.resolve("no-card.txt");
        Files.writeString(alone, "aplay: device_list:274: no soundcards found...\n");
        Cli cli = Cli.run("analyze", alone.toString());
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(cli.out().contains("cause no-card (observed)"), cli.out());
        assertTrue(cli.out().contains("aplay found no sound card at line 1"), cli.out());
        assertTrue(cli.out().contains("devices_deferred") && !cli.out().contains("position_fix"), cli.out());
        Path codec = dir.resolve("codec.txt");
        Files.writeString(codec, "[    2.100000] sgtl5000 0-000a: Error reading chip id -6\n"
                + "aplay: device_list:274: no soundcards found...\n");
        Cli withCodec = Cli.run("analyze", codec.toString());
        assertTrue(withCodec.out().contains("cause codec (observed)"), withCodec.out());
    }

    /**
     * A player's line in a syslog file is read without the log's prefix and the program's tag:
     * the player is named by its own first word, not by the date before it.
     */
    @Test
    void aPlayersLineInASyslogIsItsOwnText() throws Exception {
        Path log = dir.resolve("syslog");
        Files.writeString(log, """
                Nov  3 09:12:06 laptop kernel: [    5.100000] snd_hda_intel 0000:00:1b.0: no codecs initialized
                Nov  3 09:14:40 laptop aplay[1432]: aplay: device_list:274: no soundcards found...
                """);
        Cli cli = Cli.run("analyze", log.toString());
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(cli.out().contains("aplay printed \"aplay: device_list:274: no soundcards found...\""), cli.out());
        assertFalse(cli.out().contains("Nov  3 09 printed"), cli.out());
    }
    /**
     * A sound server's lines in a journal whose kernel lines carry the journal's clock too sit
     * among them in time (their own prefix's); where the kernel's lines keep their own stamps,
     * a clock since boot, the journal's wall clock cannot be set against them and they have none.
     */
    @Test
    void aProgramsLineTakesTheJournalsClockWhereTheKernelsLinesDo() throws Exception {
        String server = "Dec 06 10:05:00 laptop pulseaudio[1234]: E: [alsa-sink-ALC257 Analog] alsa-sink.c: ALSA woke us up"
                + " to write new data to the device, but there was actually nothing to write.\n";
        Path wall = dir.resolve("journal.log");
        Files.writeString(wall, "Dec 06 10:00:05 laptop kernel: snd_hda_intel 0000:00:1f.3: enabling device (0000 -> 0002)\n"
                + server);
        Cli cli = Cli.run("analyze", "--format", "json", wall.toString());
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(cli.out().contains("\"time_printed\" : \"Dec 06 10:05:00\""), cli.out());
        Path stamped = dir.resolve("syslog.log");
        Files.writeString(stamped, "Dec 06 10:00:05 laptop kernel: [    5.100000] snd_hda_intel 0000:00:1f.3: enabling"
                + " device (0000 -> 0002)\n" + server);
        Cli since = Cli.run("analyze", "--format", "json", stamped.toString());
        assertEquals(1, since.exit(), since.err());
        assertTrue(since.out().contains("\"form\" : \"pulseaudio.woke-up\""), since.out());
        assertFalse(since.out().contains("10:05:00"), since.out());
    }
}
