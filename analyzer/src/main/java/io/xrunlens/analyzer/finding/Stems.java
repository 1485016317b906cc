package io.xrunlens.analyzer.finding;

import java.util.Arrays;

/**
 * Whether a line holds one of a few lower-case stems, in any ASCII case: a scan that refuses most
 * lines in a fraction of a microsecond, asked before the patterns that cost microseconds a line
 * ({@link ProtectionWords}' words of a tripped protection, a decision's words of a clock not had).
 */
final class Stems {
    /** The stems by their first letter, from 'a'. */
    private final String[][] byFirst = new String[26][];

    private Stems(String... stems) {
        for (String stem : stems) {
            int k = stem.charAt(0) - 'a';
            byFirst[k] = byFirst[k] == null ? new String[] {stem} : Arrays.copyOf(byFirst[k], byFirst[k].length + 1);
            byFirst[k][byFirst[k].length - 1] = stem;
        }
    }

    /** Stems that each start with a lower-case ASCII letter. */
    static Stems of(String... stems) {
        return new Stems(stems);
    }

    /** Whether {@code line} holds one of the stems, its ASCII letters in any case. */
    boolean in(String line) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = lower(line.charAt(i));
            String[] stems = c >= 'a' && c <= 'z' ? byFirst[c - 'a'] : null;
            if (stems == null) {
                continue;
            }
            for (String stem : stems) {
                if (startsAt(line, i, stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsAt(String line, int i, String stem) {
        if (i + stem.length() > line.length()) {
            return false;
        }
        for (int k = 1; k < stem.length(); k++) {
            if (lower(line.charAt(i + k)) != stem.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
