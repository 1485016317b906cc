package io.xrunlens.input;

/**
 * A name or an error as one line of text: its control characters, line feeds and tabs too,
 * written as {@code \xNN}. A file may be named anything ("a\nb.log", an escape sequence), and
 * its name reaches report headers, error lines and JSON; a line feed in it would split the one
 * line a bad input gets into two, and forge a line of the report.
 */
public final class OneLine {
    private OneLine() {
    }

    public static String of(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c >= 0x7f && c <= 0x9f;
            if (control && b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (b != null) {
                if (control) {
                    b.append(String.format("\\x%02x", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }
}
