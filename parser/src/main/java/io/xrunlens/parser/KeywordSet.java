package io.xrunlens.parser;

import io.xrunlens.input.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Does a line contain any of a set of keywords? Asked of every line of multi-gigabyte logs, for
 * about two hundred keywords (the grammar's and the message catalogue's), so it cannot afford a
 * search per keyword. It is the Wu-Manber multi-pattern search: a window of {@link #MIN_LENGTH}
 * characters slides along the line, and a table of three-character blocks says how far it may
 * jump (up to four characters) before a keyword could end in it; only where it may end now are
 * the keywords ending in that block compared. The block table is hashed into 16,384 entries of a
 * byte, which stay in the first-level cache. Blocks of two characters, hashed into 4,096, took
 * half again as long a line on a log of every driver's messages (315 against 210 ns, the quick
 * compiler): the 193 keywords' 965 pairs gave most common pairs of letters a short jump.
 */
final class KeywordSet {
    /** Every keyword is at least this long: the window, whose last block says how far it may jump. */
    static final int MIN_LENGTH = 6;
    /** Characters a block holds. */
    private static final int BLOCK = 3;
    private static final int TABLE = 1 << 14;

    private final byte[] shift = new byte[TABLE];
    private final String[][] endingIn = new String[TABLE][];
    /**
     * The same keywords as bytes, for the search over a line's bytes: comparing a byte with a
     * String's char went through three calls a character in the quick compiler's code, a
     * third of the search's time on a log of many drivers' lines.
     */
    private final byte[][][] endingInBytes = new byte[TABLE][][];

    KeywordSet(Collection<String> keywords) {
        Arrays.fill(shift, (byte) (MIN_LENGTH - BLOCK + 1));
        Map<Integer, List<String>> ending = new HashMap<>();
        for (String k : keywords) {
            if (!k.chars().allMatch(c -> c < 0x80)) {
                throw new IllegalArgumentException("keyword not ASCII: '" + k + "'"); // the byte search needs ASCII
            }
            if (k.length() < MIN_LENGTH) {
                throw new IllegalArgumentException("keyword shorter than " + MIN_LENGTH + ": '" + k + "'");
            }
            for (int j = BLOCK - 1; j < MIN_LENGTH; j++) {
                int block = block(k.charAt(j - 2), k.charAt(j - 1), k.charAt(j));
                shift[block] = (byte) Math.min(shift[block], MIN_LENGTH - 1 - j);
            }
            List<String> list = ending.computeIfAbsent(block(k.charAt(MIN_LENGTH - 3), k.charAt(MIN_LENGTH - 2),
                    k.charAt(MIN_LENGTH - 1)), b -> new ArrayList<>());
            if (!list.contains(k)) {
                list.add(k);
            }
        }
        ending.forEach((block, list) -> {
            endingIn[block] = list.toArray(String[]::new);
            endingInBytes[block] = list.stream().map(k -> k.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
        });
    }

    private static int block(int a, int b, int c) {
        return (a << 8 ^ b << 4 ^ c) & (TABLE - 1);
    }

    /**
     * The same search over a line's bytes, before it is decoded: most lines hold no keyword and
     * need no String at all. The keywords are ASCII, so no keyword can match inside a UTF-8
     * sequence; the blocks are those of the characters the bytes decode to.
     */
    boolean anyIn(byte[] s, int from, int to) {
        int end = from + MIN_LENGTH - 1;
        while (end < to) {
            int block = block(s[end - 2] & 0xff, s[end - 1] & 0xff, s[end] & 0xff);
            int jump = shift[block];
            if (jump > 0) {
                end += jump;
                continue;
            }
            byte[][] candidates = endingInBytes[block];
            if (candidates != null) {
                int start = end - MIN_LENGTH + 1;
                for (byte[] k : candidates) {
                    if (s[start] == k[0] && Bytes.startsWith(s, start, to, k)) { // most differ at once: no call
                        return true;
                    }
                }
            }
            end++;
        }
        return false;
    }

    boolean anyIn(String s) {
        int n = s.length();
        int end = MIN_LENGTH - 1; // last index of the window
        while (end < n) {
            int block = block(s.charAt(end - 2), s.charAt(end - 1), s.charAt(end));
            int jump = shift[block];
            if (jump > 0) {
                end += jump;
                continue;
            }
            String[] candidates = endingIn[block];
            if (candidates != null) {
                int start = end - MIN_LENGTH + 1;
                for (String k : candidates) {
                    if (s.startsWith(k, start)) {
                        return true;
                    }
                }
            }
            end++;
        }
        return false;
    }
}
