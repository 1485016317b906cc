package io.xrunlens.parser;

import io.xrunlens.record.Record;
import java.nio.charset.StandardCharsets;

/**
 * Where a typed record's origin and text lie in its line's rest, told by the masked words of
 * the rest's shape ({@link io.xrunlens.kb.NumberShape}): each end is the end of the k-th masked
 * word (or the rest's start) plus the literal bytes after it, which every rest of that shape
 * has alike. So the record of another rest of the shape is cut from that rest's own bytes,
 * numbers and all, without framing it.
 *
 * <p>Framing decides by classes of characters that a masked word keeps (digits, word
 * characters); the one decision that tells a letter from a digit, a driver's name starting
 * with a letter, is kept off by the caller, which gives no shape to a rest whose first word is
 * a masked pointer. Only ASCII rests are taken: their bytes are their characters.
 *
 * <p>When the text's message came from a parse tree, the slots of the text (its numbers and
 * pointers, {@link MessageShape}) are kept the same way, so the message of another rest is
 * built from the tree without finding the shape of its text again.
 */
final class RecordSpans {
    private static final int NONE = -1;

    /** The ends of the driver, the device and the text, encoded (see {@link #encode}). */
    private final int[] ends;
    /** The tree the text's message was built from, or null; then the text's slots, encoded. */
    private final MessageParser.Template tree;
    private final int[] slots;

    private RecordSpans(int[] ends, MessageParser.Template tree, int[] slots) {
        this.ends = ends;
        this.tree = tree;
        this.slots = slots;
    }

    MessageParser.Template tree() {
        return tree;
    }

    /**
     * The spans of {@code r}, framed from {@code line} (the bytes {@code [from, to)} decoded,
     * its rest starting at {@code rest}), by the masked words {@code words} of the rest (a count,
     * then start and end pairs); null when they cannot be told (not ASCII, the record not the
     * line's end, an end inside a masked word, text that framing found after decorations).
     */
    static RecordSpans of(Record r, String line, int from, int rest, int to, int[] words) {
        return of(r, line, from, rest, to, words, null, null);
    }

    /** The same, with the tree the text's message was built from and the text's slots (or nulls). */
    static RecordSpans of(Record r, String line, int from, int rest, int to, int[] words,
                          MessageParser.Template tree, int[] textSlots) {
        if (line.length() != to - from) {
            return null; // not ASCII, or cleaned: characters are not bytes
        }
        int end = line.length();
        while (end > rest - from && line.charAt(end - 1) == ' ') {
            end--;
        }
        String text = r.text();
        int textStart = end - text.length();
        if (textStart < rest - from || !line.startsWith(text, textStart)) {
            return null;
        }
        int[] ends = new int[6];
        if (r.driver().isEmpty()) {
            int first = rest - from;
            while (first < end && line.charAt(first) == ' ') {
                first++;
            }
            if (!r.device().isEmpty() || textStart != first) {
                return null;
            }
            ends[0] = NONE;
        } else {
            int deviceEnd = textStart - 2;
            int deviceStart = deviceEnd - r.device().length();
            int driverEnd = deviceStart - 1;
            int driverStart = driverEnd - r.driver().length();
            if (driverStart < rest - from || !line.startsWith(r.driver(), driverStart) || line.charAt(driverEnd) != ' '
                    || !line.startsWith(r.device(), deviceStart) || !line.startsWith(": ", deviceEnd)) {
                return null;
            }
            ends[0] = driverStart;
            ends[1] = driverEnd;
            ends[2] = deviceStart;
            ends[3] = deviceEnd;
        }
        ends[4] = textStart;
        ends[5] = end;
        int[] encoded = encode(ends, from, rest, words);
        if (encoded == null) {
            return null;
        }
        if (tree == null) {
            return new RecordSpans(encoded, null, null);
        }
        int[] slots = encode(textSlots, from + textStart, rest, words);
        return new RecordSpans(encoded, slots == null ? null : tree, slots);
    }

    /**
     * Each position {@code base + positions[k]} as the masked word that ends last at or before
     * it and the bytes after that word's end (or after the rest's start); null when one lies
     * inside a masked word (its length is the line's own).
     */
    private static int[] encode(int[] positions, int base, int rest, int[] words) {
        int[] encoded = new int[2 * positions.length];
        for (int k = 0; k < positions.length; k++) {
            if (positions[k] == NONE) {
                encoded[2 * k] = NONE;
                continue;
            }
            int at = base + positions[k];
            int word = 0;
            while (word < words[0] && words[2 + 2 * word] <= at) {
                word++; // words ending at or before the position
            }
            if (word < words[0] && words[1 + 2 * word] < at) {
                return null;
            }
            encoded[2 * k] = word;
            encoded[2 * k + 1] = at - (word == 0 ? rest : words[2 * word]);
        }
        return encoded;
    }

    /**
     * The record of the rest {@code b[rest, to)}, of the shape whose record was
     * {@code template} and spans {@code spans}, with its own masked words; null when it is not
     * ASCII.
     */
    Record rebuild(Record template, byte[] b, int rest, int to, int[] words, long line, long clock) {
        for (int i = rest; i < to; i++) {
            if (b[i] < 0) {
                return null;
            }
        }
        String driver = "";
        String device = "";
        if (ends[0] != NONE) {
            driver = cut(ends, 0, b, rest, words);
            device = cut(ends, 2, b, rest, words);
        }
        return new Record(line, 0, clock, template.level(), driver, device, cut(ends, 4, b, rest, words));
    }

    /** The slots of the text {@link #rebuild} cut from the rest, for {@link #tree}. */
    int[] slotsIn(int rest, int[] words) {
        int textStart = at(ends, 4, rest, words);
        int[] out = new int[slots.length / 2];
        for (int k = 0; k < out.length; k++) {
            out[k] = at(slots, k, rest, words) - textStart;
        }
        return out;
    }

    private static String cut(int[] spans, int k, byte[] b, int rest, int[] words) {
        int start = at(spans, k, rest, words);
        return new String(b, start, at(spans, k + 1, rest, words) - start, StandardCharsets.ISO_8859_1);
    }

    private static int at(int[] spans, int k, int rest, int[] words) {
        int word = spans[2 * k];
        return (word == 0 ? rest : words[2 * word]) + spans[2 * k + 1];
    }
}
