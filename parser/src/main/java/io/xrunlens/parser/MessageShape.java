package io.xrunlens.parser;

import java.util.Arrays;

/**
 * A message body with its numbers and pointers taken out: "entry 3: count: 1024 dma: 0x4c800c00
 * wrap intr" and "entry 0: count: 64 dma: 0x4a300000 wrap intr" have one shape. The grammar runs
 * once per shape instead of once per text (see {@link MessageParser}): a debug log prints the
 * same few dozen forms with new values on every line.
 *
 * <p>A <em>slot</em> is a word of the grammar's word characters ({@code [A-Za-z0-9_]}) that is a
 * decimal number, a hex number with a digit in it ("5e7e2c7a", a hashed pointer) or a "0x"
 * number. Such a word is always one token of the grammar (its lexer takes the longest word), and
 * which token it is depends only on its class: all decimal digits is NUM, "0x..." is HEX, any
 * other is ID. So two texts of one shape lex to the same token types, and the parser, which sees
 * nothing but token types, decides the same for both. A number's size does not matter: the tree
 * is read again from each text's own values, and a value too large for the field it fills fails
 * that text alone (the builder then hands it to the catalogue, as for a text parsed afresh). A
 * PCM pointer line's boundary, 1073741824 on 32-bit boards and 19 digits on 64-bit ones, is
 * the common case: those lines made no shape and ran the grammar every time.
 */
final class MessageShape {
    /** Ends the literal text before a slot in {@link #key}; never in a decoded line. */
    private static final char SLOT = '\u0000';

    /** The literal text with each slot replaced by {@link #SLOT} and its class (D, H or X). */
    final String key;
    /** Start and end of each slot in the text: {@code [start0, end0, start1, end1, ...]}. */
    final int[] slots;

    private MessageShape(String key, int[] slots) {
        this.key = key;
        this.slots = slots;
    }

    /** The shape of {@code text}, or null when it has no slot or one that makes no shape. */
    static MessageShape of(String text) {
        int n = text.length();
        StringBuilder key = null;
        int[] slots = new int[8];
        int count = 0;
        int literalFrom = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWord(c)) {
                if (Character.isSurrogate(c)) {
                    return null; // the lexer counts code points, the shape chars: keep them equal
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWord(text.charAt(i))) {
                i++;
            }
            char kind = slotClass(text, start, i);
            if (kind == 0) {
                continue;
            }
            if (key == null) {
                key = new StringBuilder(n + 8);
            }
            key.append(text, literalFrom, start).append(SLOT).append(kind);
            literalFrom = i;
            if (count + 2 > slots.length) {
                slots = Arrays.copyOf(slots, slots.length * 2);
            }
            slots[count++] = start;
            slots[count++] = i;
        }
        if (key == null) {
            return null;
        }
        key.append(text, literalFrom, n);
        return new MessageShape(key.toString(), Arrays.copyOf(slots, count));
    }

    /** 'D' decimal, 'X' "0x" hex, 'H' other hex with a digit, 0 for a word that is not a slot. */
    private static char slotClass(String s, int from, int to) {
        if (to - from > 2 && s.charAt(from) == '0' && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X')
                && allHex(s, from + 2, to)) {
            return 'X';
        }
        boolean digit = false;
        boolean letter = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
                letter = true;
            } else {
                return 0;
            }
        }
        if (!digit) {
            return 0; // "add", "dead": words, not numbers
        }
        if (letter) {
            return 'H';
        }
        return 'D';
    }

    private static boolean allHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** The grammar's word characters (its ID token). */
    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * Where {@code position} of the text this shape was taken from lies in {@code other}, a text
     * of the same shape whose slots are {@code otherSlots}: a slot start maps to that slot's
     * start, any other position moves by what the slots before it grew or shrank.
     */
    int map(int position, int[] otherSlots) {
        int shift = 0;
        for (int k = 0; k < slots.length; k += 2) {
            if (slots[k] >= position) {
                if (slots[k] == position) {
                    return otherSlots[k];
                }
                break;
            }
            shift += (otherSlots[k + 1] - otherSlots[k]) - (slots[k + 1] - slots[k]);
        }
        return position + shift;
    }

    /** The end (exclusive) in {@code other} of a token that ends at {@code end} here. */
    int mapEnd(int end, int[] otherSlots) {
        for (int k = 1; k < slots.length; k += 2) {
            if (slots[k] == end) {
                return otherSlots[k];
            }
        }
        return map(end, otherSlots);
    }
}
