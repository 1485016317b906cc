package io.xrunlens.parser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Does a line contain any of a set of keywords? Asked of every line of multi-gigabyte logs, with
 * a hundred keywords (the grammar's and the message catalogue's), so it scans the line once: a
 * bit set of the keywords' first two characters rejects almost every position with one lookup,
 * and only a hit compares the keywords that start with that character.
 */
final class KeywordSet {
    private final long[] firstPairs = new long[(1 << 16) / 64];
    private final String[][] byFirstChar = new String[256][];

    KeywordSet(Collection<String> keywords) {
        List<List<String>> lists = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            lists.add(new ArrayList<>());
        }
        for (String k : keywords) {
            if (k.length() < 2 || k.charAt(0) > 255 || k.charAt(1) > 255) {
                throw new IllegalArgumentException("keyword needs two Latin-1 characters: '" + k + "'");
            }
            int pair = k.charAt(0) << 8 | k.charAt(1);
            firstPairs[pair >>> 6] |= 1L << pair;
            if (!lists.get(k.charAt(0)).contains(k)) {
                lists.get(k.charAt(0)).add(k);
            }
        }
        for (int i = 0; i < 256; i++) {
            byFirstChar[i] = lists.get(i).toArray(String[]::new);
        }
    }

    boolean anyIn(String s) {
        int last = s.length() - 1;
        for (int i = 0; i < last; i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if ((a | b) > 255) {
                continue;
            }
            int pair = a << 8 | b;
            if ((firstPairs[pair >>> 6] & 1L << pair) != 0) {
                for (String k : byFirstChar[a]) {
                    if (s.startsWith(k, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
