package io.xrunlens.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * "Did you mean": the known names closest to a mistyped one, by edit distance counting a swap
 * of two neighbours as one edit (--fromat is one edit from --format).
 */
final class Suggestions {
    private Suggestions() {
    }

    /** The known names at the smallest distance, if it is small for the word's length; sorted. */
    static List<String> closest(String word, List<String> known) {
        int best = Integer.MAX_VALUE;
        List<String> out = new ArrayList<>();
        for (String k : known) {
            int d = distance(word, k);
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best) {
                out.add(k);
            }
        }
        int allowed = Math.max(1, word.replaceFirst("^-+", "").length() / 3);
        if (best > allowed) {
            return List.of();
        }
        return out.stream().sorted().toList();
    }

    /** Optimal string alignment distance: inserts, deletes, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
