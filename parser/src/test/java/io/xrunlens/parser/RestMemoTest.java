package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The memo of rests keeps what comes back through a flood of rests that never do. */
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
}
