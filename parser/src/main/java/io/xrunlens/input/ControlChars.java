package io.xrunlens.input;

/**
 * Control characters written as {@code \xNN}, so that text from a log or a file name cannot
 * steer a terminal or forge a line. A file may be named anything ("a\nb.log", an escape
 * sequence), and its name reaches report headers, error lines and JSON.
 */
public final class ControlChars {
    private ControlChars() {
    }

    /** A name or an error as one line: every control character, line feeds and tabs too, escaped. */
    public static String oneLine(String text) {
        return escape(text, "");
    }

    /** {@code text} with every control character but those in {@code kept} written as {@code \xNN}. */
    public static String escape(String text, String kept) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 || c >= 0x7f && c <= 0x9f) && kept.indexOf(c) < 0;
            if (control && b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (b != null) {
                if (control) {
                    appendEscaped(b, c);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    /** Writes one control character as {@code \xNN}, as a log's lines and a file's name both show it. */
    static void appendEscaped(StringBuilder b, char c) {
        b.append(String.format("\\x%02x", (int) c));
    }
}
