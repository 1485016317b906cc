package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
        "vchan 7d4623205a406695: txd 0d35ba04ceeb32b8[110d]| vchan %: txd %[110d]",
        "ch0 bcm2835 0x1f i2c-0 mmcblk2p7 decade 1234abc 12345abc| ch0 bcm2835 0x1f i2c-# mmcblk2p7 decade 1234abc %",
        "wlan0: associated| (none)",
        "caf\u00e9 42| caf\u00e9 #",
        "sdma\tchannel 2| (none)",
        "port 3\u001b[0m ok| (none)",
    })
    void numbersAreMaskedAndWordsKept(String text, String shape) {
        assertEquals(shape, shape(text));
    }

    /** A control character is cleaned from the text by framing, and a mark could pass for one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "  deadbeef1 sound: started| true",
        "1deadbeef sound: started| true",
        "usb 1-1: 5e7e2c7a| false",
        "decade 12| false",
    })
    void aMaskedPointerFirstIsTold(String text, boolean pointerFirst) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length];
        int n = NumberShape.shape(b, 0, b.length, out);
        assertEquals(pointerFirst, NumberShape.startsWithPointer(out, n));
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel", "CCERR 0x", "Timeout waiting for CH0 ready", "I2S SYNC error!", "XRUN: "})
    void keywordsWithoutANumberWordAreSafe(String keyword) {
        assertTrue(NumberShape.safeFor(keyword));
    }

    /** A keyword that a number could hold or touch would be found in one line of a shape and not another. */
    @ParameterizedTest
    @ValueSource(strings = {"port 0 failed", "12 foo", "foo 12", "added to", "in deadbeef0 x"})
    void keywordsANumberCouldTouchAreNot(String keyword) {
        assertFalse(NumberShape.safeFor(keyword));
    }
}
