package io.xrunlens.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a list of literal strings a text contains, found in one pass over the text instead
 * of one search per literal. Each literal is filed under its first two characters; a bitset of
 * the pairs in use (8 KB) answers for most positions of a text without a map lookup, and only
 * ASCII characters start a literal. A literal that is not ASCII or is shorter than two
 * characters cannot be filed: it is reported as contained in every text (the caller's own match
 * decides), never missed.
 */
public final class LiteralIndex {
    private final String[] literals;
    /** The literals that cannot be filed, by index: "contained" in every text. */
    private final boolean[] unfiled;
    private final long[] pairsInUse = new long[(1 << 16) / 64];
    /** The literals filed under each pair, by the pair (an array: a map boxed every lookup). */
    private final int[][] byPair = new int[1 << 16][];

    public LiteralIndex(List<String> literals) {
        this.literals = literals.toArray(String[]::new);
        unfiled = new boolean[this.literals.length];
        Map<Integer, List<Integer>> filed = new HashMap<>();
        for (int i = 0; i < this.literals.length; i++) {
            String s = this.literals[i];
            if (s.length() < 2 || !s.chars().allMatch(c -> c < 128)) {
                unfiled[i] = true;
                continue;
            }
            int pair = pair(s.charAt(0), s.charAt(1));
            pairsInUse[pair >>> 6] |= 1L << pair;
            filed.computeIfAbsent(pair, k -> new ArrayList<>()).add(i);
        }
        filed.forEach((pair, list) -> byPair[pair] = list.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int pair(char first, char second) {
        return first << 8 | second;
    }

    /** For each literal, by its index in the list, whether {@code text} contains it (or it could not be filed). */
    public boolean[] foundIn(String text) {
        boolean[] found = unfiled.clone();
        int last = text.length() - 1;
        for (int i = 0; i < last; i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if ((a | b) >= 128) {
                continue;
            }
            int pair = pair(a, b);
            if ((pairsInUse[pair >>> 6] & 1L << pair) == 0) {
                continue;
            }
            for (int literal : byPair[pair]) {
                if (!found[literal] && text.startsWith(literals[literal], i)) {
                    found[literal] = true;
                }
            }
        }
        return found;
    }
}
