package io.xrunlens.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which of a list of literal strings a text contains, found in one pass over the text instead
 * of one search per literal. Each literal is filed under its first two characters; a bitset of
 * the pairs in use (2 KB) answers for most positions of a text without a lookup, and only
 * ASCII characters start a literal. The pairs in use are kept sorted, not in a table of every
 * pair: the knowledge base holds an index for each of a hundred folders, some of two literals.
 * A literal that is not ASCII or is shorter than two characters cannot be filed: it is reported
 * as contained in every text (the caller's own match decides), never missed.
 */
public final class LiteralIndex {
    private final String[] literals;
    /** The indices of the literals that cannot be filed, ascending: "contained" in every text. */
    private final int[] unfiled;
    private final long[] pairsInUse = new long[(1 << 14) / 64];
    /** The pairs in use, in order, and the literals filed under each (arrays: a map boxed every lookup). */
    private final int[] pairs;
    private final int[][] byPair;

    public LiteralIndex(List<String> literals) {
        this.literals = literals.toArray(String[]::new);
        List<Integer> notFiled = new ArrayList<>();
        Map<Integer, List<Integer>> filed = new TreeMap<>();
        for (int i = 0; i < this.literals.length; i++) {
            String s = this.literals[i];
            if (s.length() < 2 || !s.chars().allMatch(c -> c < 128)) {
                notFiled.add(i);
                continue;
            }
            int pair = pair(s.charAt(0), s.charAt(1));
            pairsInUse[pair >>> 6] |= 1L << pair;
            filed.computeIfAbsent(pair, k -> new ArrayList<>()).add(i);
        }
        unfiled = notFiled.stream().mapToInt(Integer::intValue).toArray();
        pairs = filed.keySet().stream().mapToInt(Integer::intValue).toArray();
        byPair = filed.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Two ASCII characters, seven bits each. */
    private static int pair(char first, char second) {
        return first << 7 | second;
    }

    /**
     * The indices of the literals {@code text} contains (or that could not be filed), ascending
     * and distinct: a caller tries only those, where flags for every literal cost a copy and a
     * pass over all of them on every line read in full. The text's characters are read from a
     * copy of its Latin-1 bytes: two calls of {@code charAt} a position cost the quick compiler's
     * code more than the copy. A character beyond Latin-1 is copied as '?', which can only make a
     * pair be tried that the text's own {@code startsWith} then refuses.
     */
    public int[] indicesIn(String text) {
        int[] found = Arrays.copyOf(unfiled, Math.max(unfiled.length, 8));
        int n = unfiled.length;
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        int last = t.length - 1;
        for (int i = 0; i < last; i++) {
            int a = t[i] & 0xff;
            int b = t[i + 1] & 0xff;
            if ((a | b) >= 128) {
                continue;
            }
            int pair = a << 7 | b;
            if ((pairsInUse[pair >>> 6] & 1L << pair) == 0) {
                continue;
            }
            for (int literal : byPair[Arrays.binarySearch(pairs, pair)]) {
                if (text.startsWith(literals[literal], i)) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = literal;
                }
            }
        }
        Arrays.sort(found, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || found[distinct - 1] != found[i]) {
                found[distinct++] = found[i];
            }
        }
        return Arrays.copyOf(found, distinct);
    }
}
