package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.xrunlens.event.Message;
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
        RecordSpans spans = RecordSpans.of(framed(line), line, 0, REST, b.length, words(b));
        assertNotNull(spans, line);
        Record expected = framed(other);
        Record cut = spans.rebuild(framed(line), o, REST, o.length, words(o), 1, expected.micros());
        assertEquals(expected, cut);
    }

    /** With the tree of the first text's message, the sibling's message is the one a parse gives. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "imx-sgtl5000 sound: snd_pcm_capture_avail: hw_ptr: 960, appl_ptr: 0, avail: 960, boundary: 1073741824|"
            + "imx-sgtl5000 sound: snd_pcm_capture_avail: hw_ptr: 4611686018, appl_ptr: 12, avail: 7, boundary: 4611686018427387904",
        "imx-sdma 20ec000.sdma: vchan 5e7e2c7a: txd 0a262722[8]: submitted|"
            + "imx-sdma 20ec000.sdma: vchan d0d0d0d0a1: txd 1234abcd99[12345]: submitted",
        "imx-sdma 20ec000.sdma: entry 3: count: 1024 dma: 0x4c800c00 wrap intr|"
            + "imx-sdma 20ec000.sdma: entry 12: count: 64 dma: 0x4c800c00 wrap intr",
    })
    void aSiblingsMessageIsBuiltFromTheTree(String first, String sibling) {
        String line = "[  535.201598] " + first;
        String other = "[  999.000001] " + sibling;
        byte[] b = line.getBytes(StandardCharsets.US_ASCII);
        byte[] o = other.getBytes(StandardCharsets.US_ASCII);
        MessageParser parser = new MessageParser();
        Record record = framed(line);
        assertNotEquals(Message.Unknown.INSTANCE, parser.parseCandidate(record.text()));
        assertNotNull(parser.lastTree());
        RecordSpans spans = RecordSpans.of(record, line, 0, REST, b.length, words(b), parser.lastTree(), parser.lastSlots());
        assertNotNull(spans.tree());
        int[] words = words(o);
        Record cut = spans.rebuild(record, o, REST, o.length, words, 1, 0);
        Message built = parser.buildAlike(cut.text(), spans.tree(), spans.slotsIn(REST, words));
        assertEquals(new MessageParser().parseCandidate(framed(other).text()), built);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "imx-sdma 20ec000.sdma: txd é: freeing",
    })
    void aRestThatIsNotAsciiIsNotCut(String sibling) {
        String line = "[  535.201598] imx-sdma 20ec000.sdma: txd 2d9a2f8f5e7e2c7a: freeing";
        byte[] b = line.getBytes(StandardCharsets.US_ASCII);
        RecordSpans spans = RecordSpans.of(framed(line), line, 0, REST, b.length, words(b));
        byte[] o = ("[  535.201598] " + sibling).getBytes(StandardCharsets.UTF_8);
        assertNull(spans.rebuild(framed(line), o, REST, o.length, words(o), 1, 0));
    }
}
