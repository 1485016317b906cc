package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The memo of rests keeps what comes back through a flood of rests that never do, and rests
 * itself where too few come back to pay for it.
 */
class RestMemoTest {
    private static byte[] rest(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static RestMemo.Kept find(RestMemo memo, byte[] rest) {
        return memo.find(rest, 0, rest.length, RestMemo.hash(rest, 0, rest.length));
    }

    private static void keep(RestMemo memo, byte[] rest) {
        memo.keep(rest, 0, rest.length, RestMemo.hash(rest, 0, rest.length), true, null, null);
    }

    @Test
    void aRestFoundSinceTheLastSweepOutlivesIt() {
        RestMemo memo = RestMemo.forThread(new Object(), false);
        byte[] often = rest(" kauditd_printk_skb: callbacks suppressed");
        byte[] once = rest(" wlan0: associated");
        keep(memo, often);
        keep(memo, once);
        for (int i = 0; i < 20_000; i++) { // a new address on every line: two sweeps or more
            keep(memo, rest(" wlan0: Limiting TX power as advertised by " + Integer.toHexString(i)));
            if (i % 1000 == 0) {
                assertNotNull(find(memo, often), "line " + i);
            }
        }
        assertNotNull(find(memo, often));
        assertNull(find(memo, once), "never asked for again: swept");
    }

    @Test
    void aTableOfRestsThatAllComeBackStartsAfresh() {
        RestMemo memo = RestMemo.forThread(new Object(), false);
        for (int i = 0; i < 7_000; i++) {
            byte[] r = rest(" line " + i);
            keep(memo, r);
            find(memo, r);
        }
        assertNull(find(memo, rest(" line 10")), "more than half the table was found: the sweep kept none");
        assertNotNull(find(memo, rest(" line 6999")));
    }

    /** Asks a window of rests, {@code hits} of them kept before (the rest new), as a reader would. */
    private static void window(RestMemo memo, int hits, String tag) {
        for (int i = 0; i < MemoWorth.WINDOW; i++) {
            byte[] r = rest(" " + tag + " " + (i < hits ? "again" : "new " + i));
            assertFalse(memo.resting(), "asked " + i);
            if (find(memo, r) == null) {
                keep(memo, r);
            }
        }
    }

    @Test
    void aMemoThatFindsTooFewRestsRestsThenIsAskedAgain() {
        RestMemo memo = RestMemo.forThread(new Object(), false);
        window(memo, 0, "a");
        for (int i = 0; i < MemoWorth.REST; i++) {
            assertTrue(memo.resting(), "line " + i);
        }
        assertFalse(memo.resting(), "asked again after its rest");
    }

    @Test
    void aMemoThatFindsEnoughIsAlwaysAsked() {
        RestMemo memo = RestMemo.forThread(new Object(), false);
        byte[] again = rest(" b again");
        keep(memo, again);
        // one rest found WORTH + 1 times a window (the first find is of the rest kept above)
        window(memo, MemoWorth.WORTH + 1, "b");
        window(memo, MemoWorth.WORTH + 1, "b");
        assertFalse(memo.resting());
        // one fewer found: a rest
        RestMemo other = RestMemo.forThread(new Object(), false);
        keep(other, rest(" c again"));
        window(other, MemoWorth.WORTH - 1, "c");
        assertTrue(other.resting());
    }

    @Test
    void anotherInputIsAskedAtOnce() {
        RestMemo memo = RestMemo.forThread(new Object(), false);
        window(memo, 0, "d");
        assertTrue(memo.resting());
        assertFalse(RestMemo.forThread(new Object(), false).resting(), "another format starts asking");
    }
}
