package io.xrunlens.format;

/**
 * journalctl -o short-full's prefix read by hand, "Tue 2026-12-01 10:00:00[.201598] CET host
 * [kern.info ]kernel: ": the language of its row's regex in {@link FormatRegistry} (a test holds
 * them equal on every sample line and on near misses), backtracking where the regex does: one to
 * three words of up to twelve characters before the date (the weekday in any language), the
 * most that let the rest match; after the time, a zone's name, an offset or neither, in that
 * order. Where no zone is printed, the host's name reads as one, as it does in the regex. A
 * text with characters beyond the 16-bit plane (Chakma's weekdays) is left to the regex.
 */
final class FullJournalPrefix extends CountingPrefix {
    /** "2026-12-01 10:00:00". */
    private static final int DATE_AND_TIME = 19;
    private static final int MAX_WORD = 12;
    /** The longest zone name after its letter: "[\w/+-]{1,30}". */
    private static final int MAX_ZONE = 30;

    FullJournalPrefix(WrapperFormat.FastPrefix regex) {
        super(regex);
    }

    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        int first = afterWord(s, from, n);
        int second = first < 0 ? -1 : afterWord(s, first, n);
        int third = second < 0 ? -1 : afterWord(s, second, n);
        // the most words first, as the regex's greedy {1,3} tries them
        return third >= 0 && dateThenTag(s, from, third, n, out) || second >= 0 && dateThenTag(s, from, second, n, out)
                || first >= 0 && dateThenTag(s, from, first, n, out);
    }

    /** After the regex's "\S{1,12} " at {@code i}: where the next word starts, or -1 where no such word is there. */
    private static int afterWord(byte[] s, int i, int n) {
        int end = KernelTag.tokenEnd(s, i, n);
        return end == i || end - i > MAX_WORD || end >= n || s[end] != ' ' ? -1 : end + 1;
    }

    /** The date at {@code at}, then the zone or offset if any, then the journal's tag. */
    private static boolean dateThenTag(byte[] s, int from, int at, int n, WrapperFormat.Scan out) {
        if (n - at < DATE_AND_TIME || !digits(s, at, 4) || s[at + 4] != '-' || !digits(s, at + 5, 2) || s[at + 7] != '-'
                || !digits(s, at + 8, 2) || s[at + 10] != ' ' || !digits(s, at + 11, 2) || s[at + 13] != ':'
                || !digits(s, at + 14, 2) || s[at + 16] != ':' || !digits(s, at + 17, 2)) {
            return false;
        }
        int end = at + DATE_AND_TIME;
        if (end + 1 < n && (s[end] == '.' || s[end] == ',') && KernelTag.isDigit(s[end + 1])) {
            end = digitsEnd(s, end + 1, n);
        }
        int zone = zoneEnd(s, end, n);
        boolean tagged = zone > end && KernelTag.read(s, from, zone, n, out, -1)
                || KernelTag.read(s, from, end, n, out, -1);
        if (tagged && out != null) {
            out.micros = isoClock(s, at, end);
        }
        return tagged;
    }

    /**
     * After the regex's optional " [A-Za-z][\w/+-]{1,30}| [+-]\d{4}" at {@code i}: where it
     * ends, or {@code i} where neither is there.
     */
    private static int zoneEnd(byte[] s, int i, int n) {
        if (i + 2 >= n || s[i] != ' ') {
            return i;
        }
        byte c = s[i + 1];
        if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
            int end = i + 2;
            while (end < n && isZoneChar(s[end])) {
                end++;
            }
            // the regex's greedy run cannot end before a zone character: a longer run is no zone
            return end > i + 2 && end - i - 2 <= MAX_ZONE ? end : i;
        }
        return (c == '+' || c == '-') && i + 6 <= n && digits(s, i + 2, 4) ? i + 6 : i;
    }

    private static boolean isZoneChar(byte c) {
        return KernelTag.isWordChar(c) || c == '/' || c == '+' || c == '-';
    }
}
