package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.xrunlens.format.KernelTextFramer;
import io.xrunlens.kb.NumberShape;
import io.xrunlens.record.Record;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A record cut from a rest by another rest's spans is the record framing makes of it. */
class RecordSpansTest {
    private static final int REST = 15; // "[  535.201598] " is the clock

    private static Record framed(String line) {
        return KernelTextFramer.frame(line, 0, line.length(), 1, Record.NO_TIME, -1);
    }

    private static int[] words(byte[] b) {
        int[] words = new int[b.length + 2];
        NumberShape.shape(b, REST, b.length, new byte[b.length], words);
        return words;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "imx-sgtl5000 sound: snd_pcm_capture_avail: hw_ptr: 960, appl_ptr: 0|"
            + "imx-sgtl5000 sound: snd_pcm_capture_avail: hw_ptr: 4611686018427387904, appl_ptr: 1073741824",
        "usb 1-1: USB disconnect, device number 3|usb 12-7: USB disconnect, device number 127",
        "imx-sdma 20ec000.sdma: txd 2d9a2f8f5e7e2c7a: freeing  |imx-sdma 20ec000.sdma: txd 00000000a1b2c3d4: freeing  ",
        "snd_pcm_capture_avail: hw_ptr: 12, appl_ptr: 7|snd_pcm_capture_avail: hw_ptr: 123456, appl_ptr: 7777",
    })
    void aSiblingIsCutAsFramingCutsIt(String first, String sibling) {
        String line = "[  535.201598] " + first;
        String other = "[  999.000001] " + sibling;
        byte[] b = line.getBytes(StandardCharsets.US_ASCII);
        byte[] o = other.getBytes(StandardCharsets.US_ASCII);
        int[] spans = RecordSpans.of(framed(line), line, 0, REST, b.length, words(b));
        assertNotNull(spans, line);
        Record expected = framed(other);
        Record cut = RecordSpans.rebuild(framed(line), spans, o, REST, o.length, words(o), 1, expected.micros());
        assertEquals(expected, cut);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "imx-sdma 20ec000.sdma: txd é: freeing",
    })
    void aRestThatIsNotAsciiIsNotCut(String sibling) {
        String line = "[  535.201598] imx-sdma 20ec000.sdma: txd 2d9a2f8f5e7e2c7a: freeing";
        byte[] b = line.getBytes(StandardCharsets.US_ASCII);
        int[] spans = RecordSpans.of(framed(line), line, 0, REST, b.length, words(b));
        byte[] o = ("[  535.201598] " + sibling).getBytes(StandardCharsets.UTF_8);
        assertNull(RecordSpans.rebuild(framed(line), spans, o, REST, o.length, words(o), 1, 0));
    }
}
