package io.xrunlens.kb;

import java.util.Collection;

/**
 * Does a line hold any of a set of words? An open-addressing table of word hashes, asked of a
 * line's bytes or text in one pass without making a String: a line none of whose words is an
 * anchor of the knowledge base cannot be one of its messages. A hash collision only costs a
 * needless look-up.
 */
final class WordFilter {
    private final long[] table;
    private final int mask;

    WordFilter(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
        table = new long[size];
        mask = size - 1;
        for (String w : words) {
            long h = Words.hash(w, 0, w.length());
            int i = slot(h);
            while (table[i] != 0 && table[i] != h) {
                i = (i + 1) & mask;
            }
            table[i] = h;
        }
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 29)) & mask;
    }

    private boolean contains(long h) {
        for (int i = slot(h); table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == h) {
                return true;
            }
        }
        return false;
    }

    boolean anyIn(byte[] s, int from, int to) {
        int i = from;
        while (i < to) {
            if (!Words.isWordChar(s[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && Words.isWordChar(s[i])) {
                i++;
            }
            if (i - start >= Words.MIN_LENGTH && contains(Words.hash(s, start, i))) {
                return true;
            }
        }
        return false;
    }

    boolean anyIn(CharSequence s) {
        int i = 0;
        int to = s.length();
        while (i < to) {
            if (!Words.isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && Words.isWordChar(s.charAt(i))) {
                i++;
            }
            if (i - start >= Words.MIN_LENGTH && contains(Words.hash(s, start, i))) {
                return true;
            }
        }
        return false;
    }
}
