package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The memo by shape must give what a fresh parse gives, for every record of every sample and
 * every form the grammar knows: each text is parsed after a sibling of its shape (other numbers,
 * other lengths) taught the parser that shape, so its message is built from the sibling's tree.
 */
class ShapeMemoTest {
    private static final Path SAMPLES = Path.of(System.getProperty("xrunlens.samples", "../samples"));

    @Test
    void everySampleRecordParsesAsAFreshParseWouldFromAnotherTextsTree() throws IOException {
        Set<String> texts = new LinkedHashSet<>(sampleTexts());
        MessageParserTest.forms().forEach(a -> texts.add((String) a.get()[0]));
        assertTrue(texts.size() > 500, "samples found: " + texts.size());

        MessageParser reference = new MessageParser(false, true, false);
        MessageParser shaped = new MessageParser(false, false, true);
        long fromSiblings = 0;
        long ours = 0;
        for (String text : texts) {
            MessageShape shape = MessageShape.of(text);
            boolean taught = false;
            for (String sibling : siblings(text)) {
                assertEquals(reference.parse(sibling), shaped.parse(sibling), () -> "sibling " + sibling + " of " + text);
                // the last sibling's shape is the one the bounded memo surely holds: a full memo is
                // emptied before a shape is put in it, which can drop an earlier sibling's
                MessageShape s = MessageShape.of(sibling);
                taught = s != null && s.key.equals(shape.key);
            }
            long runs = shaped.grammarRuns();
            Message expected = reference.parse(text);
            assertEquals(expected, shaped.parse(text), () -> "text: " + text);
            if (taught) {
                assertEquals(runs, shaped.grammarRuns(), () -> "the grammar ran again on " + text);
                fromSiblings++;
                ours += expected instanceof Message.Unknown ? 0 : 1;
            }
        }
        assertTrue(fromSiblings > 500, "texts built from a sibling's tree: " + fromSiblings);
        assertTrue(ours > 100, "typed texts among them: " + ours);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vchan 5e7e2c7a: txd 0a262722[8]: submitted", "entry 3: count: 1024 dma: 0x4c800c00 wrap intr",
        "snd_pcm_capture_avail: hw_ptr: 960, appl_ptr: 0, avail: 960, boundary: 201326592",
        "aplay: pcm_write:2011: write error: Input/output error",
        "Linux version 5.4.70-rt40 (oe-user@oe-host) (gcc version 9.3.0 (GCC)) #1 SMP PREEMPT"})
    void theFirstTextOfAShapeTeachesItsSiblings(String text) {
        MessageParser reference = new MessageParser(false, true, false);
        MessageParser shaped = new MessageParser(false, false, true);
        shaped.parse(text);
        for (String sibling : siblings(text)) {
            assertEquals(reference.parse(sibling), shaped.parse(sibling), sibling);
        }
        assertEquals(1, shaped.grammarRuns());
    }

    /**
     * Numbers too large for the field they fill fail the text they are in, with a tree taught by
     * a sibling of small numbers as with a fresh parse, and the other way round: a PCM pointer
     * line's boundary has ten digits on 32-bit boards and nineteen on 64-bit ones.
     */
    @Test
    void largeNumbersInAShapeParseAsAFreshParseWould() {
        List<String> texts = List.of(
                "snd_pcm_capture_avail: hw_ptr: 960, appl_ptr: 0, avail: 960, boundary: 1073741824",
                "snd_pcm_capture_avail: hw_ptr: 4294967296, appl_ptr: 0, avail: 960, boundary: 4611686018427387904",
                "snd_pcm_capture_avail: hw_ptr: 99999999999999999999, appl_ptr: 0, avail: 1, boundary: 1073741824",
                "wait_for_avail: tout=0, state=99999999999",
                "wait_for_avail: tout=0, state=3",
                "vchan 5e7e2c7a: txd 0a262722[99999999999]: submitted",
                "vchan 5e7e2c7a: txd 0a262722[8]: submitted");
        MessageParser reference = new MessageParser(false, true, false);
        List<String> backwards = new ArrayList<>(texts);
        Collections.reverse(backwards);
        for (List<String> order : List.of(texts, backwards)) {
            MessageParser shaped = new MessageParser(false, false, true);
            for (String text : order) {
                assertEquals(reference.parse(text), shaped.parse(text), text);
            }
            assertTrue(shaped.grammarRuns() <= 3, "one run per shape: " + shaped.grammarRuns());
        }
    }

    @Test
    void slotsAreNumbersAndPointersNotWords() {
        MessageShape shape = MessageShape.of("vchan 5e7e2c7a: txd 0a262722[8]: submitted dma 0x4c add pcmC0D0c");
        assertNotNull(shape);
        assertEquals("vchan \u0000H: txd \u0000H[\u0000D]: submitted dma \u0000X add pcmC0D0c", shape.key);
        assertEquals(List.of(6, 14, 20, 28, 29, 30, 47, 51), Stream.of(shape.slots).flatMapToInt(Arrays::stream)
                .boxed().toList());
        assertNull(MessageShape.of("snd_pcm_period_elapsed()"), "no number, no shape: the memo by text serves it");
        assertEquals(MessageShape.of("boundary: 1073741824").key, MessageShape.of("boundary: 20132659200").key,
                "a number's size makes no other shape");
        assertEquals(MessageShape.of("txd 1a: freeing").key, MessageShape.of("txd 19499aa8: freeing").key);
    }

    /** The records of every sample, as the reader frames them. */
    private static List<String> sampleTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                new LogReader(LogReader.Options.defaults()).read(file.toString(), "", in, new EventSink() {
                    @Override
                    public void accept(Event e) {
                        texts.add(e.record().text());
                    }
                });
            }
        }
        return texts;
    }

    /** The text with other values in its slots: each one changed, one text longer and one shorter. */
    static List<String> siblings(String text) {
        MessageShape shape = MessageShape.of(text);
        if (shape == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (boolean longer : new boolean[] {true, false}) {
            StringBuilder b = new StringBuilder();
            int from = 0;
            for (int k = 0; k < shape.slots.length; k += 2) {
                b.append(text, from, shape.slots[k]);
                b.append(changed(text.substring(shape.slots[k], shape.slots[k + 1]), longer));
                from = shape.slots[k + 1];
            }
            b.append(text.substring(from));
            out.add(b.toString());
        }
        return out;
    }

    /** Another value of the same class: digits and hex letters moved on, one longer or shorter. */
    private static String changed(String value, boolean longer) {
        boolean prefixed = value.startsWith("0x") || value.startsWith("0X");
        String digits = prefixed ? value.substring(2) : value;
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (c >= '0' && c <= '9') {
                b.append((char) ('0' + (c - '0' + 1) % 10));
            } else {
                b.append((char) (c == 'f' ? 'a' : c == 'F' ? 'A' : c + 1));
            }
        }
        if (longer && b.length() < 9) {
            b.insert(0, '1');
        } else if (!longer && b.length() > 2) {
            b.deleteCharAt(0);
        }
        return (prefixed ? value.substring(0, 2) : "") + b;
    }
}
