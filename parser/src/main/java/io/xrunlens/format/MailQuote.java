package io.xrunlens.format;

/**
 * A mail's quote markers at a line's start: "&gt; ", "&gt;&gt; ", "&gt; &gt; " or a bare "&gt;",
 * of any depth. A reply that quotes a log keeps each record behind them; its re-wrapped pieces
 * carry them too.
 */
public final class MailQuote {
    private MailQuote() {
    }

    /** Where the markers at the start of {@code line} end: 0 when it is not quoted. */
    public static int end(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '>') {
            i++;
            if (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        return i;
    }

    /** The same for the bytes {@code line[from, to)}: the index where the markers end. */
    public static int end(byte[] line, int from, int to) {
        int i = from;
        while (i < to && line[i] == '>') {
            i++;
            if (i < to && line[i] == ' ') {
                i++;
            }
        }
        return i;
    }
}
