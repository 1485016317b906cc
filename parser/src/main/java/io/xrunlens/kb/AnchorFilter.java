package io.xrunlens.kb;

import io.xrunlens.input.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Does a line hold a message of the knowledge base? Asked of every line of a log that no
 * keyword of the grammar claimed, so it reads the line's bytes once and makes no String. A row
 * is filed under an anchor: a rare word, or two adjacent words. The scan hashes each word as it
 * reads it ({@link Words#hash}: eight characters to a long) and looks the hash up in three
 * bitsets of 16 KB that fit the first-level cache together: the hashes of single-word anchors,
 * of the first words of pairs, and of whole pairs. Only a hit there reaches the table of anchors
 * (too large for that cache). Common words start and end many pairs ("failed", "to"), so the
 * pair is tested whole: "failed to" is not an anchor, and costs a multiply, not a cache miss.
 * An anchor found is confirmed by the literal runs of the rows filed under it: a line passes
 * only when every run of one of them is in it ("tx timeout" alone is in many lines that are not
 * mpu401's "cmd: tx timeout (status = 0x%x)"). Digits-only words (stamps, counts) are never
 * anchors.
 */
final class AnchorFilter {
    private static final int BITS = 1 << 17;
    private static final int BIT_SHIFT = 64 - 17;
    private final long[] table;
    /** For each filled slot of {@link #table}: the references of the rows filed under it. */
    private final int[][] refs;
    /** A row's literal runs, by reference (its file is read on first use). */
    private final IntFunction<String[]> runs;
    /** The literal text a row's format ends with, by reference; null where it ends with a value ({@link KernelFormat#ending}). */
    private final IntFunction<String> endings;
    private final int mask;
    /**
     * Per slot, filled on first use: its rows' literal runs as the bytes a line is searched for.
     * Read for every anchor a line holds; asking each row for its runs as text, and comparing
     * them a character at a time, was a seventh of the readers' time on logs of many drivers.
     */
    private final SlotRuns[] slotRuns;
    /** Per slot: 0 not yet known, 1 none of its rows has a number in its literal text, 2 one has. */
    private final byte[] numberFree;
    private final int minSingle;
    private final long[] singles = new long[BITS / 64];
    private final long[] firsts = new long[BITS / 64];
    private final long[] pairs = new long[BITS / 64];

    /**
     * One anchor: its hash, the hash of its first word when it is a pair ({@code pair}), and
     * the references of its rows.
     */
    record Anchor(long hash, boolean pair, long first, int[] rows) {
    }

    /**
     * A slot's rows' runs, [row][run], and for each row where the slot's anchor lies in its runs:
     * (run, offset of the anchor's first word in it) pairs, flattened; the rows' pairs of
     * characters ({@link #bigramsAt}). A record's final fields
     * publish it whole to every thread.
     */
    private record SlotRuns(byte[][][] rows, int[][] anchorAt, long[] bigrams, byte[][] endings) {
    }

    /**
     * @param anchors   the anchors
     * @param minSingle the length of the shortest single-word anchor: shorter words ("to", "is")
     *                  are only ever looked up as halves of a pair
     * @param runs      a row's literal runs, by reference
     * @param endings   the literal text a row's format ends with, by reference; null where it ends with a value
     */
    AnchorFilter(List<Anchor> anchors, int minSingle, IntFunction<String[]> runs, IntFunction<String> endings) {
        this.minSingle = minSingle;
        int size = Integer.highestOneBit(Math.max(16, anchors.size() * 4) - 1) << 1;
        table = new long[size];
        refs = new int[size][];
        numberFree = new byte[size];
        slotRuns = new SlotRuns[size];
        this.runs = runs;
        this.endings = endings;
        mask = size - 1;
        for (Anchor a : anchors) {
            int i = slot(a.hash());
            while (table[i] != 0 && table[i] != a.hash()) {
                i = (i + 1) & mask;
            }
            table[i] = a.hash();
            refs[i] = a.rows();
            if (a.pair()) {
                set(firsts, a.first());
                set(pairs, a.hash());
            } else {
                set(singles, a.hash());
            }
        }
    }

    private static void set(long[] bits, long h) {
        int b = (int) (h >>> BIT_SHIFT);
        bits[b >>> 6] |= 1L << (b & 63);
    }

    private static boolean has(long[] bits, long h) {
        int b = (int) (h >>> BIT_SHIFT);
        return (bits[b >>> 6] & (1L << (b & 63))) != 0;
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 29)) & mask;
    }

    /** The slot of an anchor hash, or -1. */
    private int find(long h) {
        for (int i = slot(h); table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == h) {
                return i;
            }
        }
        return -1;
    }

    /** The slot of a word as a single anchor, or -1 (the bits answer first). */
    int singleSlot(long h) {
        return has(singles, h) ? find(h) : -1;
    }

    /** The slot of a pair of words, or -1 (the bits answer first). */
    int pairSlot(long first, long second) {
        if (!has(firsts, first)) {
            return -1;
        }
        long p = Words.pair(first, second);
        return has(pairs, p) ? find(p) : -1;
    }

    /** The references of the rows filed under an anchor ("failed to", "codec"), none when no row is. */
    int[] refsOf(String anchor) {
        int slot = find(Words.anchor(anchor));
        return slot < 0 ? new int[0] : refs[slot];
    }

    /** The references of the rows filed under a slot. */
    int[] refsAt(int slot) {
        return refs[slot];
    }

    /**
     * The pairs of characters of each row's runs ({@link Bigrams}), two longs a row in the order
     * of {@link #refsAt}: one array a slot, so that refusing its rows reads no row.
     */
    long[] bigramsAt(int slot) {
        return runsOf(slot).bigrams();
    }

    /** The references of every anchor's rows. */
    List<int[]> allRefs() {
        List<int[]> all = new ArrayList<>();
        for (int[] r : refs) {
            if (r != null) {
                all.add(r);
            }
        }
        return all;
    }

    /** {@link #probe}: no anchor's word or pair is in the line, so no row was even tried. */
    static final int QUIET = 0;
    /** {@link #probe}: a word or pair may be an anchor, but no row it files has its literal text there. */
    static final int NEAR = 1;
    /** {@link #probe}: a row's anchor and all its literal text are in the line. */
    static final int FOUND = 2;

    /**
     * Whether a row may print the line: {@link #FOUND}, {@link #NEAR} or {@link #QUIET}. A quiet
     * line's answer depends on its words with letters alone (a number is never an anchor), which
     * lets a reader keep it for the lines that differ from it only in their numbers.
     */
    int probe(byte[] s, int from, int to) {
        int answer = QUIET;
        long previous = 0; // the hash of the word before, when it may start a pair; else 0
        int previousStart = from;
        int i = from;
        while (i < to) {
            int c = s[i] & 0xff;
            if (!Words.WORD[c]) {
                i++;
                continue;
            }
            int start = i;
            boolean letter = false;
            long h = Words.SEED;
            long chunk = 0;
            int shift = 0;
            while (true) {
                letter |= c >= 'A';
                chunk |= (long) c << shift;
                shift += 8;
                if (shift == 64) {
                    h = Words.mix(h ^ chunk);
                    chunk = 0;
                    shift = 0;
                }
                if (++i >= to || !Words.WORD[c = s[i] & 0xff]) {
                    break;
                }
            }
            if (!letter) {
                previous = 0; // a number between two words: they are not adjacent words of a format
                continue;
            }
            h = Words.finish(h, chunk, i - start);
            if (i - start >= minSingle && has(singles, h)) {
                int slot = find(h);
                if (confirmed(slot, s, from, to, start)) {
                    return FOUND;
                }
                answer = Math.max(answer, nearness(slot));
            }
            if (previous != 0) {
                long p = Words.pair(previous, h);
                if (has(pairs, p)) {
                    int slot = find(p);
                    if (confirmed(slot, s, from, to, previousStart)) {
                        return FOUND;
                    }
                    answer = Math.max(answer, nearness(slot));
                }
            }
            previous = has(firsts, h) ? h : 0;
            previousStart = start;
        }
        return answer;
    }

    boolean anyIn(String s) {
        long previous = 0;
        int i = 0;
        int to = s.length();
        while (i < to) {
            if (!Words.isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean letter = false;
            while (i < to && Words.isWordChar(s.charAt(i))) {
                letter |= s.charAt(i) >= 'A';
                i++;
            }
            if (!letter) {
                previous = 0;
                continue;
            }
            long h = Words.hash(s, start, i);
            if (i - start >= minSingle && has(singles, h) && confirmed(find(h), s)) {
                return true;
            }
            if (previous != 0) {
                long p = Words.pair(previous, h);
                if (has(pairs, p) && confirmed(find(p), s)) {
                    return true;
                }
            }
            previous = has(firsts, h) ? h : 0;
        }
        return false;
    }

    /**
     * What an unconfirmed anchor makes of a line: {@link #QUIET} when no row is filed under the
     * hash or none of the rows has a number in its literal text (their runs and endings are then
     * found in every line of the shape, or in none), else {@link #NEAR}. Learnt per slot on first use.
     */
    private int nearness(int slot) {
        if (slot < 0) {
            return QUIET;
        }
        byte known = numberFree[slot];
        if (known == 0) {
            known = 1;
            for (int row : refs[slot]) {
                for (String run : runs.apply(row)) {
                    if (!NumberShape.safeFor(run)) {
                        known = 2;
                    }
                }
                String ending = endings.apply(row);
                if (ending != null && !NumberShape.safeFor(ending)) {
                    known = 2; // whether a line ends with it may differ by its numbers
                }
            }
            numberFree[slot] = known; // the same answer from any thread
        }
        return known == 1 ? QUIET : NEAR;
    }

    /**
     * Whether a row of the slot has every literal run in {@code s[from, to)}, where the slot's
     * anchor starts at {@code anchor}. The run that holds the anchor is looked for only there,
     * where it would stand around it: a slot of common words ("to get") files dozens of rows,
     * and most of them differ from the line a byte or two past the anchor. Where the run stands
     * elsewhere, so does another copy of the anchor, which the scan confirms in turn: the answer
     * for the line is the same.
     */
    private boolean confirmed(int slot, byte[] s, int from, int to, int anchor) {
        if (slot < 0) {
            return false;
        }
        SlotRuns known = runsOf(slot);
        byte[][][] rows = known.rows();
        for (int r = 0; r < rows.length; r++) {
            byte[][] row = rows[r];
            int[] at = known.anchorAt()[r];
            int aligned = at.length == 0 ? -1 : aligned(row, at, s, from, to, anchor);
            if (at.length > 0 && aligned < 0) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < row.length; k++) {
                if (k != aligned && indexOf(s, from, to, row[k]) < 0) {
                    all = false;
                    break;
                }
            }
            if (all && endsWith(s, from, to, known.endings()[r])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line ends with a row's ending (its format's last literal text), spaces after it
     * aside, or the row has none: a row's pattern matches a line's whole message, so a line whose
     * message ends otherwise is not its ("Failed to register device." is not "Failed to register
     * device"); in a log of every driver's messages, a fifth of the lines that held a row's every
     * run and no row's message ended otherwise.
     */
    private static boolean endsWith(byte[] s, int from, int to, byte[] ending) {
        if (ending == null) {
            return true;
        }
        int end = to;
        while (end > from && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\r' || s[end - 1] == '\n')) {
            end--;
        }
        return end - from >= ending.length && Bytes.startsWith(s, end - ending.length, end, ending);
    }

    /** Which of a row's runs stands around the anchor at {@code anchor}, or -1. */
    private static int aligned(byte[][] row, int[] at, byte[] s, int from, int to, int anchor) {
        for (int q = 0; q < at.length; q += 2) {
            byte[] run = row[at[q]];
            int p = anchor - at[q + 1];
            if (p >= from && p < to && s[p] == run[0] && Bytes.startsWith(s, p, to, run)) { // most differ at once
                return at[q];
            }
        }
        return -1;
    }

    /**
     * Where the anchor {@code hash} lies in a row's runs: every word, or pair of adjacent words,
     * of a run that hashes to it, as (run, offset of its first word) pairs. More than the scan
     * of a line could take for the anchor (a word at a run's edge may be joined to a printed
     * value) is harmless: a run is then also looked for where it cannot be. Missing none is what
     * matters, and a copy of the anchor the scan takes is a whole word in the run too.
     */
    private static int[] anchorAt(long hash, byte[][] runs) {
        List<Integer> at = new ArrayList<>();
        for (int k = 0; k < runs.length; k++) {
            byte[] run = runs[k];
            long previous = 0;
            int previousStart = 0;
            int i = 0;
            while (i < run.length) {
                if (!Words.WORD[run[i] & 0xff]) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < run.length && Words.WORD[run[i] & 0xff]) {
                    i++;
                }
                long h = Words.hash(run, start, i);
                if (h == hash) {
                    at.add(k);
                    at.add(start);
                }
                if (previous != 0 && Words.pair(previous, h) == hash) {
                    at.add(k);
                    at.add(previousStart);
                }
                previous = h;
                previousStart = start;
            }
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    private SlotRuns runsOf(int slot) {
        SlotRuns known = slotRuns[slot];
        if (known == null) {
            int[] rows = refs[slot];
            byte[][][] bytes = new byte[rows.length][][];
            int[][] anchorAt = new int[rows.length][];
            long[] bigrams = new long[2 * rows.length];
            byte[][] ends = new byte[rows.length][];
            long[] bits = new long[2];
            for (int r = 0; r < rows.length; r++) {
                String ending = endings.apply(rows[r]);
                ends[r] = ending == null ? null : ending.getBytes(StandardCharsets.UTF_8);
                String[] text = runs.apply(rows[r]);
                bytes[r] = new byte[text.length][];
                bits[0] = 0;
                bits[1] = 0;
                for (int k = 0; k < text.length; k++) {
                    bytes[r][k] = text[k].getBytes(StandardCharsets.UTF_8); // as a line's bytes hold it (a no-break space is two)
                    Bigrams.add(text[k], bits);
                }
                anchorAt[r] = anchorAt(table[slot], bytes[r]);
                bigrams[2 * r] = bits[0];
                bigrams[2 * r + 1] = bits[1];
            }
            known = new SlotRuns(bytes, anchorAt, bigrams, ends);
            slotRuns[slot] = known; // the same answer from any thread
        }
        return known;
    }

    private boolean confirmed(int slot, String s) {
        if (slot < 0) {
            return false;
        }
        for (int row : refs[slot]) {
            boolean all = true;
            for (String run : runs.apply(row)) {
                if (!s.contains(run)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Where the bytes {@code k} start in {@code s[from, to)}, or -1. */
    private static int indexOf(byte[] s, int from, int to, byte[] k) {
        int n = k.length;
        byte first = k[0];
        for (int i = from, last = to - n; i <= last; i++) {
            if (s[i] != first) {
                continue;
            }
            int j = 1;
            while (j < n && s[i + j] == k[j]) {
                j++;
            }
            if (j == n) {
                return i;
            }
        }
        return -1;
    }
}
