package io.xrunlens.render;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for the 80-column text report. */
public final class TextWrap {
    private TextWrap() {
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
        String indent = " ".repeat(head.length());
        List<String> lines = wrap(text, Math.max(20, width - head.length()));
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? head : indent).append(lines.get(i)).append('\n');
        }
    }
}
