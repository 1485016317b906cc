package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A rest's shape: its numbers masked, its words kept. */
class NumberShapeTest {
    private static String shape(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length];
        int n = NumberShape.shape(b, 0, b.length, out);
        return n < 0 ? "(none)" : new String(out, 0, n, StandardCharsets.UTF_8).replace('\u0001', '#').replace('\u0002', '%');
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "usb 1-1.2: new device number 23| usb #-#.#: new device number #",
        "audit(1700423737.142:540264): pid=19431| audit(#.#:#): pid=#",
        "vchan 7d4623205a406695: txd 0d35ba04ceeb32b8[110d]| vchan %: txd %[%]",
        "ch0 bcm2835 0x1f i2c-0 mmcblk2p7 decade 1234abc 12345abc Fe12| ch0 bcm2835 0x1f i2c-# mmcblk2p7 decade % % Fe12",
        "advertised by 70:86:21:a4:64:09| advertised by #:#:#:%:#:#",
        "wlan0: associated| (none)",
        "caf\u00e9 42| caf\u00e9 #",
        "sdma\tchannel 2| (none)",
        "port 3\u001b[0m ok| (none)",
    })
    void numbersAreMaskedAndWordsKept(String text, String shape) {
        assertEquals(shape, shape(text));
    }

    /**
     * The shape read eight bytes at a time is the shape read byte by byte, on random rests of
     * digits, hex letters, other letters, separators, controls and bytes of UTF-8, at every
     * offset and length (the tests of eight bytes meet words across their edges).
     */
    @Test
    void eightBytesAtATimeGiveWhatOneAtATimeGives() {
        Random random = new Random(11);
        byte[] alphabet = "0123456789abcdefxyzABCDEF_ -.:[]()0x\t\u001b\u007f\u00e9".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 200_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            byte[] fast = new byte[b.length];
            byte[] slow = new byte[b.length];
            int n = NumberShape.shape(b, from, b.length, fast);
            int m = byteByByte(b, from, b.length, slow);
            String in = Arrays.toString(Arrays.copyOfRange(b, from, b.length));
            assertEquals(m, n, in);
            assertArrayEquals(Arrays.copyOf(slow, Math.max(m, 0)), Arrays.copyOf(fast, Math.max(n, 0)), in);
        }
    }

    /** The shape as its definition says, one byte at a time. */
    private static int byteByByte(byte[] b, int from, int to, byte[] out) {
        boolean masked = false;
        int n = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x20 || c == 0x7f) {
                return -1;
            }
            if (!isWord(c)) {
                out[n++] = b[i++];
                continue;
            }
            int start = i;
            boolean digits = true;
            boolean hex = true;
            boolean digit = false;
            while (i < to && isWord(b[i] & 0xff)) {
                int k = b[i] & 0xff;
                boolean d = k >= '0' && k <= '9';
                digit |= d;
                digits &= d;
                hex &= d || k >= 'a' && k <= 'f';
                i++;
            }
            if (digits || hex && digit) {
                out[n++] = digits ? NumberShape.DIGIT : NumberShape.HEX;
                masked = true;
            } else {
                System.arraycopy(b, start, out, n, i - start);
                n += i - start;
            }
        }
        return masked ? n : -1;
    }

    private static boolean isWord(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * A masked pointer where framing looks for a driver's name (the first word, or the word after
     * a dynamic-debug decoration) is told: a name starts with a letter.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "  deadbeef1 sound: started| true",
        "1deadbeef sound: started| true",
        "usb 1-1: 5e7e2c7a| false",
        "decade 12| false",
        "imx_sdma:sdma_prep:1497: a4 sound: started| true",
        "imx_sdma:sdma_prep:1497: 4a sound: started| true",
        "imx_sdma:sdma_prep:1497: sgtl5000 a4: started| false",
        "imx_sdma: a4 sound: started| false",
    })
    void aMaskedPointerFirstIsTold(String text, boolean pointerFirst) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length];
        int n = NumberShape.shape(b, 0, b.length, out);
        assertEquals(pointerFirst, NumberShape.startsWithPointer(out, n));
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel", "CCERR 0x", "Timeout waiting for CH0 ready", "I2S SYNC error!", "XRUN: ",
        "failed to add dai"})
    void keywordsWithoutANumberWordAreSafe(String keyword) {
        assertTrue(NumberShape.safeFor(keyword));
    }

    /** A keyword that a number could hold or touch would be found in one line of a shape and not another. */
    @ParameterizedTest
    @ValueSource(strings = {"port 0 failed", "12 foo", "foo 12", "added to", "in deadbeef0 x", "dma ac97 reset"})
    void keywordsANumberCouldTouchAreNot(String keyword) {
        assertFalse(NumberShape.safeFor(keyword));
    }
}
