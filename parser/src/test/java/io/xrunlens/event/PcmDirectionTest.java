package io.xrunlens.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
