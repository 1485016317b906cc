package io.xrunlens.format;

/**
 * A prefix read by hand whose regex counts characters (a word of up to twelve): the bytes read
 * by hand count a character beyond the 16-bit plane as two, the regex as one, so a text with
 * such a character near its start is read by the row's regex, which the reader is given.
 */
abstract class CountingPrefix extends HandReadPrefix {
    /** The row's own pattern, for the lines the reader leaves to it. */
    final WrapperFormat.FastPrefix regex;

    CountingPrefix(WrapperFormat.FastPrefix regex) {
        this.regex = regex;
    }

    @Override
    public final boolean scan(String line, WrapperFormat.Scan out) {
        int n = Math.min(line.length(), 128);
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(line.charAt(i))) {
                return regex.scan(line, out);
            }
        }
        return scanText(line, out);
    }

    /** A text with no surrogate near its start: as its Latin-1 bytes, unless the reader says otherwise. */
    boolean scanText(String line, WrapperFormat.Scan out) {
        return super.scan(line, out);
    }
}
