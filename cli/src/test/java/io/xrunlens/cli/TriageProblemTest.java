package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bucket is a problem exactly when analyze exits 1 for its files, whatever the cause (not only races and stalls). */
class TriageProblemTest {
    @TempDir
    Path dir;

    @Test
    void everyFailingCauseIsAProblemBucketAndHealthyBootsAreNot() throws Exception {
        Path samples = SampleExpectationsTest.samples();
        List<String> failing = List.of("causes/imx8mm-sai-44k1-rate.log", "causes/x86-sof-ipc-timeout.log");
        List<String> healthy = List.of("healthy/x86-hda-realtek.log", "healthy/rpi4-hifiberry.log");
        for (String s : failing) {
            assertEquals(1, Cli.run("analyze", samples.resolve(s).toString()).exit(), s);
            Files.copy(samples.resolve(s), dir.resolve(Path.of(s).getFileName()));
        }
        for (String s : healthy) {
            assertEquals(0, Cli.run("analyze", samples.resolve(s).toString()).exit(), s);
            Files.copy(samples.resolve(s), dir.resolve(Path.of(s).getFileName()));
        }
        Cli cli = Cli.run("triage", "--format", "json", dir.toString());
        JsonNode buckets = new ObjectMapper().readTree(cli.out()).get("buckets");
        int problems = 0;
        boolean clean = false;
        for (JsonNode b : buckets) {
            String file = Path.of(b.get("files").get(0).asText()).getFileName().toString();
            boolean fails = failing.stream().anyMatch(f -> f.endsWith(file));
            assertEquals(fails, b.get("problem").asBoolean(), b.toString());
            assertTrue(!fails || !clean, "problem buckets come first: " + cli.out());
            clean |= !fails;
            problems += fails ? 1 : 0;
        }
        assertEquals(2, problems, cli.out());
        String html = Cli.run("triage", "--format", "html", dir.toString()).out();
        assertEquals(2, html.split("class=\"problem\"", -1).length - 1, html);
        assertTrue(html.contains("4 inputs, 4 analysed, 2 with problems"), html);
    }

    @Test
    void aCsvAServerAndAHealthyBootAreToldApart() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a,b,c\n1,2,3\n");
        Files.writeString(dir.resolve("server.log"), """
                [    0.000000] Linux version 6.12.9-amd64 (debian-kernel@lists.debian.org) (gcc-14) #1 SMP
                [    2.310118] EXT4-fs (vda1): mounted filesystem with ordered data mode. Quota mode: none.
                """);
        Files.copy(SampleExpectationsTest.samples().resolve("healthy/x86-sof-tgl.log"), dir.resolve("sof.log"));
        String csv = Cli.run("triage", "--format", "csv", dir.toString()).out();
        assertTrue(csv.contains("data.csv,dmesg,not a kernel log,"), csv);
        assertTrue(csv.contains("server.log,dmesg,no audio activity,"), csv);
        assertTrue(csv.contains("sof.log,dmesg,clean,"), csv);
    }

    /**
     * A kernel's report read from a trace (a crash, a hang, a warning under audio code) has no
     * text of its own: its bucket is the audio function it names, so two boards' warnings under
     * one function are one problem whatever their offsets, and one under another function another.
     */
    @Test
    void aTracedReportIsBucketedByTheAudioFunctionItNames() throws Exception {
        String head = "[    0.000000] Linux version 6.1.21-v8+ (dom@buildbot) #1642 SMP PREEMPT\n"
                + "[  100.000001] WARNING: CPU: 0 PID: 812 at drivers/usb/dwc2/hcd.c:2919 dwc2_hcd_urb_enqueue+0x1d8/0x1f0\n"
                + "[  100.000002] Call trace:\n";
        Files.writeString(dir.resolve("a.log"), head + "[  100.000003]  snd_usb_endpoint_start+0x1d0/0x3e0 [snd_usb_audio]\n");
        Files.writeString(dir.resolve("b.log"), head + "[  100.000003]  snd_usb_endpoint_start+0x1c4/0x3d0 [snd_usb_audio]\n");
        Files.writeString(dir.resolve("c.log"), head + "[  100.000003]  snd_usb_queue_pending_output_urbs+0x1c7/0x300"
                + " [snd_usb_audio]\n");
        JsonNode buckets = new ObjectMapper().readTree(Cli.run("triage", "--format", "json", dir.toString()).out())
                .get("buckets");
        assertEquals(2, buckets.size(), buckets.toString());
        assertTrue(buckets.toString().contains("a kernel warning under snd_usb_endpoint_start"), buckets.toString());
        assertTrue(buckets.toString().contains("a kernel warning under snd_usb_queue_pending_output_urbs"), buckets.toString());
    }
}
