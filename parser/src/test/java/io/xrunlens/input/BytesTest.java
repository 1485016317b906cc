package io.xrunlens.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The search for control characters, which reads eight bytes at a time, answers as a byte-by-byte
 * loop does: for every byte value (those over 0x7f, whose sign bit a word's arithmetic could
 * confuse, included), at every place in and around a word of eight, from every start and to every end.
 */
class BytesTest {
    private static boolean naiveHasControl(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] >= 0 && b[i] < 0x20 || b[i] == 0x7f) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyByteValueAtEveryPlaceIsAControlOrNotAsForALoop() {
        byte[] b = new byte[27];
        for (int v = 0; v < 256; v++) {
            for (int at = 0; at < b.length; at++) {
                Arrays.fill(b, (byte) 'a');
                b[at] = (byte) v;
                for (int from = 0; from <= 9; from++) {
                    for (int to = from; to <= b.length; to += 3) {
                        String where = "value " + v + " at " + at + " in [" + from + ", " + to + ")";
                        assertEquals(naiveHasControl(b, from, to), Bytes.hasControl(b, from, to), where);
                    }
                }
            }
        }
    }

    @Test
    void linesOfMixedBytesAnswerAsForALoop() {
        // a borrow in "hasless" may flag a byte above a true one: whether there is one stays exact
        Random random = new Random(7);
        byte[] b = new byte[64];
        for (int round = 0; round < 20_000; round++) {
            for (int i = 0; i < b.length; i++) {
                int pick = random.nextInt(8);
                b[i] = (byte) (pick == 0 ? '\n' : pick == 1 ? 0x0b : pick == 2 ? 0x09 : pick == 3 ? 0x80 | random.nextInt(128)
                        : pick == 4 ? 0x7f : 0x20 + random.nextInt(0x5f));
            }
            int from = random.nextInt(16);
            int to = from + random.nextInt(b.length - from + 1);
            assertEquals(naiveHasControl(b, from, to), Bytes.hasControl(b, from, to), "round " + round);
        }
    }

    @Test
    void utf8TextHasNoControlAndATabOrDeleteIsOne() {
        byte[] text = "Jänner 5 Ωmega: ok, no control here at all".getBytes(StandardCharsets.UTF_8);
        assertFalse(Bytes.hasControl(text, 0, text.length));
        text[17] = '\t';
        assertTrue(Bytes.hasControl(text, 0, text.length));
        text[17] = 0x7f;
        assertTrue(Bytes.hasControl(text, 0, text.length));
        assertFalse(Bytes.hasControl(text, 18, text.length));
    }
}
