package io.xrunlens.format;

import io.xrunlens.record.Record;
import java.nio.charset.StandardCharsets;

/**
 * The prefix of journalctl and syslog in the user's language, "Dez 05 10:00:00[.201598] host
 * [kern.info ]kernel: " or "févr. 05 …", read by hand where it has the plain shape every such
 * log prints: one word for the month (a dot after it allowed), spaces, the day, the time, the tag.
 * Any other line ("12月 05", a weekday before the month, a word too long) is read by the row's
 * regex, whose month of up to three words in any script is found by trying every split of the
 * line's first words: more than twice the cost of the English row on every line.
 *
 * <p>On a line of the plain shape the regex finds the same groups: a shorter month leaves a
 * word's character where it needs a space or a dot and a space; a month of more words would need
 * a day, a time and the tag again after the time, which the tag read here rules out. A test
 * holds the two equal on every sample line and on near misses, from text and from bytes.
 */
final class LanguageSyslogPrefix extends HandReadPrefix {
    /** The month's word, at most: the regex's first letter and eleven more (and the dot after). */
    private static final int LONGEST_MONTH = 12;

    private final WrapperFormat.FastPrefix regex;

    LanguageSyslogPrefix(WrapperFormat.FastPrefix regex) {
        this.regex = regex;
    }

    @Override
    public boolean scan(String line, WrapperFormat.Scan out) {
        int n = Math.min(line.length(), 128);
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(line.charAt(i))) {
                return regex.scan(line, out); // the regex counts a pair as one character, the bytes below as two
            }
        }
        byte[] b = latin1(line);
        return plain(b, 0, b.length, out, line) || regex.scan(line, out);
    }

    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        return plain(s, from, n, out, null) || regex.scan(s, from, n, out);
    }

    /**
     * Whether the line opens with the plain shape; then {@code out} (unless null) has what the
     * regex gives. {@code text} is the line the bytes were made of, one a character, if they
     * were: its month may be a word of any script; a line's own bytes, UTF-8, are read only
     * where the month's word is ASCII.
     */
    private static boolean plain(byte[] s, int from, int n, WrapperFormat.Scan out, String text) {
        if (from >= n || KernelTag.isWhitespace(s[from]) || KernelTag.isDigit(s[from])) {
            return false;
        }
        int word = from;
        while (word < n && !KernelTag.isWhitespace(s[word])) {
            if (s[word] < 0 && text == null) {
                return false; // a line's UTF-8 bytes: the text path reads the name (the bytes path splits only ASCII)
            }
            word++;
        }
        int monthEnd = word - from >= 2 && s[word - 1] == '.' ? word - 1 : word;
        if (monthEnd - from > LONGEST_MONTH || word >= n || s[word] != ' ') {
            return false;
        }
        int dayStart = word;
        while (dayStart < n && s[dayStart] == ' ') {
            dayStart++;
        }
        int dayEnd = digitsEnd(s, dayStart, Math.min(n, dayStart + 2));
        int i = dayEnd < n && s[dayEnd] == '.' ? dayEnd + 1 : dayEnd;
        if (dayEnd == dayStart || i >= n || s[i] != ' ') {
            return false;
        }
        int timeStart = i + 1;
        if (n - timeStart < 8 || !isTime(s, timeStart)) {
            return false;
        }
        int timeEnd = timeStart + 8;
        if (timeEnd + 1 < n && (s[timeEnd] == '.' || s[timeEnd] == ',') && KernelTag.isDigit(s[timeEnd + 1])) {
            timeEnd = digitsEnd(s, timeEnd + 1, n);
        }
        if (!KernelTag.read(s, from, timeEnd, n, out, -1)) {
            return false;
        }
        if (out != null) {
            String month = text != null ? text.substring(from, monthEnd) : latin1(s, from, monthEnd);
            out.micros = clock(month, latin1(s, dayStart, dayEnd), latin1(s, timeStart, timeEnd));
        }
        return true;
    }

    /** "10:00:00" at {@code at}. */
    private static boolean isTime(byte[] s, int at) {
        return digits(s, at, 2) && s[at + 2] == ':' && digits(s, at + 3, 2) && s[at + 5] == ':' && digits(s, at + 6, 2);
    }

    /** The row's clock of the month, day and time, read as its regex's groups are. */
    private static long clock(String month, String day, String time) {
        try {
            return Clocks.syslogAnyLanguage(month, day, time);
        } catch (RuntimeException e) {
            return Record.NO_TIME; // as the row's reading of its regex's clock refuses a stamp that is no time
        }
    }

    private static String latin1(byte[] s, int from, int to) {
        return new String(s, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
