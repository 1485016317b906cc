package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pairs of characters answer "may hold" for every run a text holds, and "no" for most it does not. */
class BigramsTest {
    @Test
    void neverRefusesARunTheTextHolds() {
        Random random = new Random(7);
        String letters = "abcdefghijklmnopqrstuvwxyz ABCDEFXYZ0123456789:=_-()[]%";
        for (int t = 0; t < 2_000; t++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            long[] bits = Bigrams.of(text.toString());
            long[] runs = new long[2];
            for (int r = 0; r < 3; r++) {
                int from = random.nextInt(text.length());
                int to = from + random.nextInt(text.length() - from + 1);
                Bigrams.add(text.substring(from, to), runs);
            }
            assertTrue(Bigrams.mayHold(bits, runs, 0), text.toString());
        }
    }

    @Test
    void refusesRunsOfOtherWords() {
        long[] line = Bigrams.of("dwmac-rk 30010000.dwmac: failed to get phy regulator");
        assertTrue(Bigrams.mayHold(line, Bigrams.of("failed to get phy"), 0));
        assertFalse(Bigrams.mayHold(line, Bigrams.of("failed to get mclk"), 0));
        assertFalse(Bigrams.mayHold(line, Bigrams.of("Failed to get"), 0));
        long[] both = Bigrams.of("failed to get");
        Bigrams.add("clock", both);
        assertFalse(Bigrams.mayHold(line, both, 0), "one run of two not in the line");
    }
}
