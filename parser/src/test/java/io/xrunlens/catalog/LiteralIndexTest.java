package io.xrunlens.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LiteralIndexTest {
    private static final List<String> LITERALS = List.of("IRQ underrun", "IRQ overrun", "isr: ", "ab", "abc", "bc",
            "TX FIFO Underrun", ": nobody cared");

    /** For each of the index's {@code literals}, by its place in the list, whether the index says the text holds it. */
    private static boolean[] foundIn(LiteralIndex index, int literals, String text) {
        boolean[] found = new boolean[literals];
        for (int i : index.indicesIn(text)) {
            found[i] = true;
        }
        return found;
    }

    private static boolean[] byContains(String text) {
        boolean[] found = new boolean[LITERALS.size()];
        for (int i = 0; i < found.length; i++) {
            found[i] = text.contains(LITERALS.get(i));
        }
        return found;
    }

    @Test
    void findsWhatContainsFinds() {
        LiteralIndex index = new LiteralIndex(LITERALS);
        for (String text : List.of("", "a", "ab", "xabcx", "IRQ overrun IRQ underrun", "irq 9: nobody cared",
                "fsl-ssi 2028000.ssi: isr: TX FIFO Underrun", "\u00e9ab\u4e2d bc", "IRQ\u00a0underrun")) {
            assertArrayEquals(byContains(text), foundIn(index, LITERALS.size(), text), text);
        }
    }

    @Test
    void agreesWithContainsOnRandomTexts() {
        LiteralIndex index = new LiteralIndex(LITERALS);
        Random random = new Random(7);
        String alphabet = "abcIRQ uneordrvTXFIsr:\u00e9\u4e2d";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            while (text.length() < length) {
                if (random.nextInt(8) == 0) {
                    text.append(LITERALS.get(random.nextInt(LITERALS.size())));
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            assertArrayEquals(byContains(text.toString()), foundIn(index, LITERALS.size(), text.toString()), text::toString);
        }
    }

    @Test
    void indicesAreAscendingAndEachOnce() {
        LiteralIndex index = new LiteralIndex(LITERALS);
        // "bc" (5) comes before "abc" (4) in the text, and "ab" (3) three times
        assertArrayEquals(new int[] {3, 4, 5}, index.indicesIn("bc ab ab abc"));
        assertArrayEquals(new int[] {0, 1}, index.indicesIn("IRQ overrun, IRQ underrun, IRQ overrun"));
        assertArrayEquals(new int[0], index.indicesIn("nothing"));
    }

    @Test
    void aCharacterBeyondLatin1IsNoQuestionMark() {
        LiteralIndex index = new LiteralIndex(List.of("?b", "what?", "?\u4e2d"));
        assertArrayEquals(new boolean[] {false, false, true}, foundIn(index, 3, "\u4e2db what\u4e2d"));
        assertArrayEquals(new boolean[] {true, true, true}, foundIn(index, 3, "a?b, what? ?"));
    }

    @Test
    void whatItCannotFileIsNeverMissed() {
        LiteralIndex index = new LiteralIndex(List.of("x", "\u00e9t\u00e9", "ab"));
        assertArrayEquals(new boolean[] {true, true, false}, foundIn(index, 3, "nothing here"));
        assertArrayEquals(new boolean[] {true, true, true}, foundIn(index, 3, "cab"));
    }
}
