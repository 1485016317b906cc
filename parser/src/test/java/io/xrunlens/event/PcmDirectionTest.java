package io.xrunlens.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stream a driver's words say, and the words that only look like one. */
class PcmDirectionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "failed to derive required Tx rate: 1411200|PLAYBACK",
        "Receive buffer overflow|UNKNOWN",
        "isr: Receive overflow detected on RX|CAPTURE",
        "ASoC: error at snd_soc_pcm_component_trigger on Capture: -5|CAPTURE",
        "hda_dsp_pcm_trigger: pcm0 (HDA Analog), dir 1: failed to start|CAPTURE",
        "sof_ipc4_trigger_pipelines: pcm1 (HDMI1), dir 0: failed to set pipeline state|PLAYBACK",
        "ipc tx timed out for 0x60010000 (msg/reply size: 108/20)|UNKNOWN",
        "IPC rx error: 0x12|UNKNOWN",
        "cmd: tx timeout (status = 0x80)|UNKNOWN",
        "TX underrun on channel 0|PLAYBACK",
        "tx and rx both stopped|UNKNOWN",
    })
    void theWordsSayTheStream(String text, PcmDirection expected) {
        assertEquals(expected, PcmDirection.fromWords(text));
    }

    /** The regular expressions the scan replaced: the scan must read every text as they did. */
    private static final String NOT_A_STREAM = "(?<!ipc )(?<!IPC )(?<!msg )(?<!mailbox )(?<!cmd: )(?<!midi )(?<!MIDI )";
    private static final Pattern TX = Pattern.compile(NOT_A_STREAM
            + "\\b(?:TX|Tx|tx|playback|Playback|PLAYBACK)\\b|\\bdir 0\\b");
    private static final Pattern RX = Pattern.compile(NOT_A_STREAM
            + "\\b(?:RX|Rx|rx|capture|Capture|CAPTURE)\\b|\\bdir 1\\b");

    @Test
    void theScanReadsEveryTextAsTheRegularExpressionsDid() {
        String[] pieces = {"tx", "TX", "Rx", "rx", "capture", "Playback", "dir 0", "dir 1", "dir 10", "ipc ", "IPC ",
            "cmd: ", "mailbox ", "midi ", " ", "_", "-", ":", "x", "0", "\u00e9", "txd", "underrun", "(", "dir"};
        Random random = new Random(3);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            boolean tx = TX.matcher(text).find();
            boolean rx = RX.matcher(text).find();
            PcmDirection expected = tx == rx ? PcmDirection.UNKNOWN : tx ? PcmDirection.PLAYBACK : PcmDirection.CAPTURE;
            assertEquals(expected, PcmDirection.fromWords(text), text);
        }
    }
}
