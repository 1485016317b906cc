package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stamp read from a line's bytes is the stamp read from its text, on stamps good and broken. */
class KernelBytesTest {
    @Test
    void readsEveryStampAsTheTextReaderDoes() {
        List<String> known = List.of("[  535.201598] x", "[0.1]", "[ 1.123456789]", "[ 1.1234567890]", "[1234567890123.0]",
                "[123456789012.5]", "[  535.201598 <    0.000123>] x", "[ 5.0 <]", "[ .5]", "[5.]", "[", "", "x[1.0]",
                "[ 1.0 ]", "[1.0 <0.1> ]", "[  12.5", "[\u00e9 1.0]",
                "[999999999.999999]", "[1000000000.000000]", "[1764064805.1234]", "[000000001764.5]");
        for (String s : known) {
            same(s);
        }
        Random random = new Random(20261126);
        for (int round = 0; round < 50_000; round++) {
            same(bracketed(random, "[] .<>0123456789x"));
        }
    }

    /** "[" and up to 19 characters of {@code alphabet}: stamps good, broken and cut. */
    private static String bracketed(Random random, String alphabet) {
        StringBuilder b = new StringBuilder("[");
        for (int i = random.nextInt(20); i > 0; i--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** printk's own stamp, which opens a record even glued to text, reads the same from bytes as from text. */
    @Test
    void readsPrintksOwnStampAsTheTextReaderDoes() {
        Random random = new Random(20261206);
        for (int round = 0; round < 50_000; round++) {
            String s = bracketed(random, "[] .0123456789x");
            byte[] bytes = ("ab" + s).getBytes(StandardCharsets.UTF_8);
            assertEquals(KernelTextFramer.printkStampAt(s, 0), KernelBytes.printkStampAt(bytes, 2, bytes.length), s);
        }
        assertEquals(true, KernelTextFramer.printkStampAt("[   45.123456] x", 0));
        assertEquals(true, KernelTextFramer.printkStampAt("[45.123456]", 0));
        assertEquals(false, KernelTextFramer.printkStampAt("[45.12345] x", 0));
    }

    /** The kernel's clock counts from boot: 10^9 seconds and more in brackets is some program's Unix time. */
    @Test
    void aUnixTimeInBracketsIsNoKernelStamp() {
        assertEquals(999_999_999_999_999L, KernelTextFramer.timestampAt("[999999999.999999]", 0, 18));
        assertEquals(KernelTextFramer.NOT_FOUND, KernelTextFramer.timestampAt("[1764064805.1234]", 0, 17));
        assertEquals(KernelTextFramer.NOT_FOUND, KernelTextFramer.timestampAt("[1000000000.000000]", 0, 19));
        assertEquals(-1, KernelTextFramer.nextRecordStart("<info>  [1764064805.1234] device (eth0): carrier", 0));
    }

    private static void same(String s) {
        byte[] bytes = ("ab" + s).getBytes(StandardCharsets.UTF_8);
        assertEquals(KernelTextFramer.timestampAt(s, 0, s.length()), KernelBytes.timestampAt(bytes, 2, bytes.length), s);
    }
}
