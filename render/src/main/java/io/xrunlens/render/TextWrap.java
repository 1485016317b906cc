package io.xrunlens.render;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for the 80-column text report. */
public final class TextWrap {
    private TextWrap() {
    }

    /**
     * The columns a terminal gives the text: two for a wide character of East Asian scripts (a
     * log's month "12月" or "12월" in a time), one for any other.
     */
    public static int columns(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            n += wide(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        return n;
    }

    /** {@code text} and spaces after it to fill {@code columns} columns. */
    public static String padded(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - columns(text)));
    }

    /** Unicode's East Asian wide and fullwidth ranges (UAX #11), as terminals draw them. */
    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD;
    }

    /** Splits {@code text} into lines of at most {@code width} characters, at spaces where possible. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                cut = width;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    /** Writes {@code text} wrapped, the first line after {@code head}, the rest indented to match. */
    public static void hanging(StringBuilder out, String head, String text, int width) {
        String indent = " ".repeat(columns(head));
        List<String> lines = wrap(text, Math.max(20, width - columns(head)));
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? head : indent).append(lines.get(i)).append('\n');
        }
    }
}
