package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordSetTest {
    private static final List<String> WORDS = List.of("channel", "Timeout waiting TX FIFO filling", "run!!!",
            "XRUN: ", "snd_pcm_period_elapsed", "CCERR 0x", "refused to stop!");

    private static boolean naive(String s) {
        return WORDS.stream().anyMatch(s::contains);
    }

    /**
     * Random lines made of keyword pieces, whole keywords and noise (multi-byte characters too)
     * agree with a plain search, searched as text and as the UTF-8 bytes they are read as.
     */
    @Test
    void agreesWithContainsOnRandomLines() {
        KeywordSet set = new KeywordSet(WORDS);
        Random random = new Random(20261125);
        String alphabet = "abcXRUN: !_-chanel[]0123456789\u00e9\u4e2d";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(4) == 0) {
                    String w = WORDS.get(random.nextInt(WORDS.size()));
                    int from = random.nextInt(w.length());
                    b.append(w, from, from + random.nextInt(w.length() - from) + 1);
                } else {
                    for (int c = random.nextInt(12); c > 0; c--) {
                        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
            }
            String line = b.toString();
            assertEquals(naive(line), set.anyIn(line), line);
            byte[] bytes = ("<" + line + ">").getBytes(StandardCharsets.UTF_8);
            assertEquals(naive(line), set.anyIn(bytes, 1, bytes.length - 1), "bytes of " + line);
        }
    }

    @Test
    void findsKeywordsAtEitherEndAndIgnoresShortLines() {
        KeywordSet set = new KeywordSet(WORDS);
        assertTrue(set.anyIn("channel"));
        assertTrue(set.anyIn("[ 1.0] sdma_tx_status channel"));
        assertTrue(set.anyIn("XRUN: pcmC0D0p:0"));
        assertFalse(set.anyIn("chann"));
        assertFalse(set.anyIn(""));
    }

    @Test
    void keywordsAreAsciiSoThatTheBytesOfALineCanBeSearched() {
        assertThrows(IllegalArgumentException.class, () -> new KeywordSet(List.of("\u00e9t\u00e9 caf\u00e9")));
    }

    @Test
    void keywordsMustSpanTheWindow() {
        assertThrows(IllegalArgumentException.class, () -> new KeywordSet(List.of("txd ")));
    }
}
