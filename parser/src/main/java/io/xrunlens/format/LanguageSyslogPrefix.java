package io.xrunlens.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
final class LanguageSyslogPrefix extends CountingPrefix {
    /** The month's word, at most: the regex's first letter and eleven more (and the dot after). */
    private static final int LONGEST_MONTH = 12;

    LanguageSyslogPrefix(WrapperFormat.FastPrefix regex) {
        super(regex);
    }

    @Override
    boolean scanText(String line, WrapperFormat.Scan out) {
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
        boolean utf8 = false; // a line's own bytes with a month of another script ("févr.", "дек.")
        while (word < n && !KernelTag.isWhitespace(s[word])) {
            utf8 |= s[word] < 0 && text == null;
            word++;
        }
        int monthEnd = word - from >= 2 && s[word - 1] == '.' ? word - 1 : word;
        MonthWord month = utf8 ? MonthWord.read(s, from, monthEnd, true) : null; // only UTF-8 is decoded here
        if (utf8 && month == null) {
            return false;
        }
        int monthLength = utf8 ? month.length : monthEnd - from; // the regex counts characters
        if (monthLength > LONGEST_MONTH || word >= n || s[word] != ' ') {
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
            // the row's clock, Clocks.syslogAnyLanguage, read in place
            int number = text != null ? Clocks.monthAnyLanguage(text.substring(from, monthEnd))
                    : (utf8 ? month : MonthWord.read(s, from, monthEnd, false)).number();
            out.micros = Clocks.dateAt(s, number, dayStart, dayEnd, timeStart, timeEnd);
            out.utf8End = utf8 ? word - from : 0;
        }
        return true;
    }

    /**
     * The month's word of the line read last from its bytes on this thread, its length in
     * characters and the month it names: a log's month changes once a month, so its word is
     * decoded and looked up once, not on every line.
     */
    private static final class MonthWord {
        private static final ThreadLocal<MonthWord> LAST = ThreadLocal.withInitial(MonthWord::new);
        private static final int NOT_ASKED = -1;

        /** A month's word in UTF-8, at most: twelve characters of up to three bytes each. */
        private final byte[] bytes = new byte[3 * LONGEST_MONTH];
        private int byteLength = -1;
        private String word;
        /** Its length in characters. */
        int length;
        /** The month it names, once asked ({@link #NOT_ASKED} before): only a line with the whole prefix asks. */
        private int number;

        /** The word {@code s[from, to)}, of a line's UTF-8 bytes or all ASCII; null where it is no UTF-8 text. */
        static MonthWord read(byte[] s, int from, int to, boolean utf8) {
            MonthWord last = LAST.get();
            if (to - from == last.byteLength && Arrays.equals(s, from, to, last.bytes, 0, last.byteLength)) {
                return last;
            }
            String word = utf8 ? utf8Word(s, from, to) : latin1(s, from, to);
            if (word == null) {
                return null;
            }
            last.byteLength = to - from <= last.bytes.length ? to - from : -1;
            if (last.byteLength >= 0) {
                System.arraycopy(s, from, last.bytes, 0, last.byteLength);
            }
            last.word = word;
            last.length = word.length();
            last.number = NOT_ASKED;
            return last;
        }

        int number() {
            if (number == NOT_ASKED) {
                number = Clocks.monthAnyLanguage(word);
            }
            return number;
        }
    }

    /**
     * The month's word {@code s[from, to)} of a line's UTF-8 bytes as the text path decodes it, or
     * null where the bytes are no such text (not UTF-8, or a character the regex would count as
     * one and the String as two, beyond the 16-bit plane).
     */
    private static String utf8Word(byte[] s, int from, int to) {
        String word = new String(s, from, to - from, StandardCharsets.UTF_8);
        byte[] again = word.getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(again, 0, again.length, s, from, to)) {
            return null; // malformed: the decoder's replacement is not what the bytes say
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isSurrogate(word.charAt(i))) {
                return null;
            }
        }
        return word;
    }

}
