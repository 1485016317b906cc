package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineCommandTest {
    private static final Path SAMPLES = SampleExpectationsTest.samples();
    private static final String REPORT = SAMPLES.resolve("report/imx6-report-flattened.log").toString();

    @Test
    void writesThePngOfTheIncident(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("r.png");
        Cli cli = Cli.run("timeline", "-o", png.toString(), REPORT);
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(cli.out().contains("wrote " + png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(900, image.getHeight());
    }

    @Test
    void svgAndCustomSize(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("r.svg");
        Cli cli = Cli.run("timeline", "--format", "svg", "--width", "800", "--height", "450", "-o", svg.toString(),
                REPORT);
        assertEquals(1, cli.exit(), cli.err());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml"), text.substring(0, 40));
        assertTrue(text.contains("width='800") && text.contains("0a262722"));
    }

    /** A sound server's lines get a lane of their own, and PipeWire's XRUN says it was not cleared. */
    @Test
    void aSoundServersXrunsAreItsOwnAndSayTheyWereNotCleared(@TempDir Path dir) throws Exception {
        StringBuilder log = new StringBuilder("Nov 14 21:01:00 laptop kernel: snd_hda_codec_realtek hdaudioC0D0:"
                + " autoconfig for ALC295: line_outs=1 (0x17/0x0/0x0/0x0/0x0) type:speaker\n");
        for (int i = 0; i < 3; i++) {
            log.append("Nov 14 21:02:1").append(i).append(" laptop pipewire[2216]: spa.alsa: hw:0,0p: (4")
                    .append(i).append(" missed) snd_pcm_avail after recover: Broken pipe\n");
        }
        Path file = dir.resolve("pipewire.log");
        Files.writeString(file, log);
        Path svg = dir.resolve("p.svg");
        Cli cli = Cli.run("timeline", "--format", "svg", "-o", svg.toString(), file.toString());
        assertEquals(1, cli.exit(), cli.err());
        String text = Files.readString(svg);
        assertTrue(text.contains("user space: pipewire") && !text.contains("aplay/arecord"), text);
        assertTrue(text.contains("XRUN not cleared"), text);
    }

    @Test
    void severalIncidentsGoIntoAFolder(@TempDir Path dir) throws Exception {
        Path twoBoots = dir.resolve("two-boots.log");
        String race = Files.readString(SAMPLES.resolve("synthetic/stock-5.4-race.log"));
        Files.writeString(twoBoots, race + race);
        Path out = dir.resolve("pictures");
        Cli cli = Cli.run("timeline", "-o", out.toString(), twoBoots.toString());
        assertEquals(1, cli.exit(), cli.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.filter(p -> p.toString().endsWith(".png")).count());
        }
        assertTrue(Files.exists(out.resolve("two-boots.timeline-2.png")));
    }

    @Test
    void noIncidentSaysSoAndOffersAnOverview(@TempDir Path dir) throws Exception {
        String clean = SAMPLES.resolve("synthetic/clean-session.log").toString();
        Cli cli = Cli.run("timeline", "-o", dir.resolve("x.png").toString(), clean);
        assertEquals(0, cli.exit());
        assertTrue(cli.out().contains("use --all"), cli.out());
        assertTrue(!Files.exists(dir.resolve("x.png")), "nothing written when there is nothing to draw");
        Cli all = Cli.run("timeline", "--all", "-o", dir.resolve("all.png").toString(), clean);
        assertEquals(0, all.exit(), all.err());
        assertTrue(Files.size(dir.resolve("all.png")) > 0);
    }

    @Test
    void aBootWithoutAudioIsNotDrawnAsAnEmptyChart(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("no-audio.log");
        Files.writeString(log, String.join("\n",
                "[    0.000000] Linux version 6.1.0-18-arm64 (debian-kernel@lists.debian.org) #1 SMP Debian",
                "[    2.104512] usb 1-1: new high-speed USB device number 2 using xhci_hcd",
                "[    3.550871] EXT4-fs (mmcblk0p2): mounted filesystem with ordered data mode. Quota mode: none.",
                "[    5.019232] IPv6: ADDRCONF(NETDEV_CHANGE): eth0: link becomes ready", ""));
        Path png = dir.resolve("all.png");
        Cli plain = Cli.run("timeline", "-o", png.toString(), log.toString());
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.out().contains("No audio activity in " + log), "no --all offered: " + plain.out());
        Cli cli = Cli.run("timeline", "--all", "-o", png.toString(), log.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("Nothing to draw in " + log + " boot 0: no audio line"), cli.out());
        assertFalse(Files.exists(png), "no empty chart written");
        Cli window = Cli.run("timeline", "--window", "0..1", "-o", png.toString(), log.toString());
        assertEquals(0, window.exit(), window.err());
        assertTrue(window.out().contains("--window 0..1: no audio line"), window.out());
        assertFalse(Files.exists(png));

        Path healthy = dir.resolve("healthy.png");
        Cli drawn = Cli.run("timeline", "--all", "-o", healthy.toString(),
                SAMPLES.resolve("healthy/x86-hda-realtek.log").toString());
        assertEquals(0, drawn.exit(), drawn.err());
        assertTrue(Files.size(healthy) > 0, "a healthy boot with audio lines is drawn");
    }

    @Test
    void anOverviewsBandOfAnInstantIsWideEnoughToSee(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("one-error.log");
        Files.writeString(log, "[    0.000000] Linux version 6.12.5 (builder@host) (gcc 12) #1 SMP\n"
                + "[    1.000000] snd_hda_intel 0000:00:1f.3: azx_get_response timeout, switching to polling mode:"
                + " last cmd=0x000f0000\n"
                + "[   60.300000] at_hdmac ffffec00.dma-controller: prep_dma_memcpy: length is zero!\n");
        Path svg = dir.resolve("all.svg");
        Cli cli = Cli.run("timeline", "--all", "-o", svg.toString(), log.toString());
        assertEquals(1, cli.exit(), cli.err());
        Matcher band = Pattern.compile("<rect [^>]*width='([0-9.]+)'[^>]*fill:rgb\\(230,60,60\\)")
                .matcher(Files.readString(svg));
        assertTrue(band.find(), "the incident's band is drawn");
        assertTrue(Double.parseDouble(band.group(1)) >= 3, "a band one can see: " + band.group(1) + " px");
    }

    @Test
    void windowPicksAStretchOfTheClock(@TempDir Path dir) throws Exception {
        Cli cli = Cli.run("timeline", "--window", "535.2016:535.2034", "-o", dir.resolve("w.png").toString(), REPORT);
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(Files.size(dir.resolve("w.png")) > 0);
        assertEquals(2, Cli.run("timeline", "--window", "5:1", REPORT).exit());
        assertEquals(2, Cli.run("timeline", "--window", "abc", REPORT).exit());
    }

    @Test
    void missingInputIsOneLine() {
        Cli cli = Cli.run("timeline", "/no/such.log");
        assertEquals(2, cli.exit());
        assertEquals("xrunlens: /no/such.log: no such file or directory", cli.err().strip());
    }

    @Test
    void aLogWithoutAClockIsDrawnInLogOrder(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("h.svg");
        Cli cli = Cli.run("timeline", "-o", svg.toString(), SAMPLES.resolve("formats/dmesg-H.log").toString());
        assertEquals(1, cli.exit(), cli.err());
        assertTrue(cli.out().contains("wrote " + svg), cli.out());
        String text = Files.readString(svg);
        assertTrue(text.contains("input line") && text.contains("7c1d3e55"), "drawn by line, with the race");
    }

    /** A log of another format appended to one with a clock: its incident has no time, and is drawn in log order. */
    @Test
    void anIncidentWithoutATimeInALogWithAClockIsDrawnInLogOrder(@TempDir Path dir) throws Exception {
        Path both = dir.resolve("appended.log");
        Files.writeString(both, Files.readString(SAMPLES.resolve("formats/dmesg-iso.log"))
                + Files.readString(SAMPLES.resolve("formats/logcat-kernel.log")));
        Path out = dir.resolve("pictures");
        Cli cli = Cli.run("timeline", "--format", "svg", "-o", out.toString(), both.toString());
        assertEquals(1, cli.exit(), cli.err());
        String timed = Files.readString(out.resolve("appended.timeline-1.svg"));
        String byLine = Files.readString(out.resolve("appended.timeline-2.svg"));
        assertTrue(timed.contains("2026-11-24 10:08:55") && !timed.contains("input line"), "the first log by its clock");
        assertTrue(byLine.contains("input line") && byLine.contains("7c1d3e55"), "the appended log by line, with the race");
    }

    @Test
    void theOverviewShadesEachIncidentAndSaysHowToZoomIn(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("all.svg");
        Cli cli = Cli.run("timeline", "--all", "-o", svg.toString(),
                SAMPLES.resolve("synthetic/race-in-second-boot.log").toString());
        assertEquals(1, cli.exit(), cli.err());
        String text = Files.readString(svg);
        assertTrue(text.contains("1 incident in this boot, shaded: dma-terminate-race."), text);
        Matcher hint = Pattern.compile("--window ([0-9.]+\\.\\.[0-9.]+)").matcher(text);
        assertTrue(hint.find(), "a zoom hint");
        Path zoomed = dir.resolve("zoom.png");
        Cli zoom = Cli.run("timeline", "--boot", "1", "--window", hint.group(1), "-o", zoomed.toString(),
                SAMPLES.resolve("synthetic/race-in-second-boot.log").toString());
        assertEquals(1, zoom.exit(), zoom.err());
        assertTrue(Files.size(zoomed) > 1000);
    }

    /** A window outside the log draws nothing and replaces nothing; a .jpg is refused; an overview has a name of its own. */
    @Test
    void outputsAreWhatTheyAreNamed(@TempDir Path dir) throws Exception {
        String race = SAMPLES.resolve("synthetic/stock-5.4-race.log").toString();
        Path picture = dir.resolve("race.png");
        assertEquals(1, Cli.run("timeline", "-o", picture.toString(), race).exit());
        long size = Files.size(picture);
        Cli outside = Cli.run("timeline", "--window", "9000..9001", "-o", picture.toString(), race);
        assertEquals(2, outside.exit(), outside.err());
        assertTrue(outside.err().contains("no record of"), outside.err());
        assertFalse(outside.out().contains("wrote"), outside.out());
        assertEquals(size, Files.size(picture), "the good picture is kept");

        Cli jpg = Cli.run("timeline", "-o", dir.resolve("t.jpg").toString(), race);
        assertEquals(2, jpg.exit());
        assertFalse(Files.exists(dir.resolve("t.jpg")));

        Path twoBoots = Files.writeString(dir.resolve("two-boots.log"),
                Files.readString(SAMPLES.resolve("synthetic/stock-5.4-race.log")).repeat(2));
        assertEquals(1, Cli.run("timeline", "-o", dir.resolve("sai.png").toString(), twoBoots.toString()).exit());
        assertTrue(Files.isRegularFile(dir.resolve("sai-1.png")) && Files.isRegularFile(dir.resolve("sai-2.png")));
        assertFalse(Files.isDirectory(dir.resolve("sai.png")));

        Cli missing = Cli.run("analyze", "-o", dir.resolve("newdir") + "/", race);
        assertEquals(2, missing.exit());
        assertFalse(Files.exists(dir.resolve("newdir")), "no file named after the folder");
    }
}
