package io.xrunlens.kb;

import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.catalog.MessageForm;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.record.Record;
import java.util.List;
import java.util.Optional;

/**
 * A line of an audio or DMA driver that no message of the knowledge base prints but that reads
 * as an error: a newer or vendor kernel's message. It becomes a low-confidence note
 * ({@link MessageFamily#UNRECOGNISED}) rather than silence. An error is told by the printk level
 * where the log keeps it (emerg to err; notice, info and debug never are) and otherwise by its
 * words. The formats read every line whose first word is such a driver's name
 * ({@link SoundDrivers#startsWithSound}) instead of only counting it; reading every line that
 * says "error" instead cost a sixth of the run.
 */
public final class UnrecognisedError {
    /** The form every such line is: its whole text is its one value. */
    public static final MessageForm FORM = new MessageForm("kb.unrecognised", MessageFamily.UNRECOGNISED, "%s",
            PcmDirection.UNKNOWN, List.of(), true, "", "an audio or DMA driver, in no message of the knowledge base",
            "fsl-sai 30c30000.sai: FIFO went dry while the link was up");
    private static final int LEVEL_ERR = 3;
    private static final int LEVEL_NOTICE = 5;

    private UnrecognisedError() {
    }

    /**
     * Whether a text holds a word of an error, in any case: error(s), err, fail(ed, ure, s),
     * underrun, overrun, overflow, unable, cannot, can't, invalid, timeout, and "timed out", "time
     * out", "not ready", "no response". Read word by word (a word as a regular expression's
     * boundaries make it: letters, digits, '_'), not searched for with a pattern: it is asked of
     * every line of an audio driver that no row read.
     */
    public static boolean holdsErrorWords(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWord(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWord(text.charAt(i))) {
                i++;
            }
            if (isErrorWord(text, start, i) || startsAnErrorPhrase(text, start, i)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] ERROR_WORDS = {"error", "errors", "err", "fail", "failed", "failure",
            "fails", "underrun", "overrun", "overflow", "unable", "cannot", "invalid", "timeout"};

    private static boolean isErrorWord(String text, int start, int end) {
        for (String w : ERROR_WORDS) {
            if (w.length() == end - start && sameLetters(text, start, w)) {
                return true;
            }
        }
        return false;
    }

    /** "can't", "timed out", "time out", "not ready", "no response" from the word at [start, end). */
    private static boolean startsAnErrorPhrase(String text, int start, int end) {
        int length = end - start;
        if (length == 3 && sameLetters(text, start, "can")) {
            return end + 2 <= text.length() && text.charAt(end) == '\'' && lower(text.charAt(end + 1)) == 't'
                    && (end + 2 == text.length() || !isWord(text.charAt(end + 2)));
        }
        return length == 5 && sameLetters(text, start, "timed") && followedBy(text, end, "out")
                || length == 4 && sameLetters(text, start, "time") && followedBy(text, end, "out")
                || length == 3 && sameLetters(text, start, "not") && followedBy(text, end, "ready")
                || length == 2 && sameLetters(text, start, "no") && followedBy(text, end, "response");
    }

    /** Whether one space and then the whole word {@code w} follow {@code end}. */
    private static boolean followedBy(String text, int end, String w) {
        int at = end + 1;
        int after = at + w.length();
        return after <= text.length() && text.charAt(end) == ' ' && sameLetters(text, at, w)
                && (after == text.length() || !isWord(text.charAt(after)));
    }

    /** Whether {@code text} holds the lower-case ASCII word {@code w} at {@code at}, in any ASCII case. */
    private static boolean sameLetters(String text, int at, String w) {
        for (int k = 0; k < w.length(); k++) {
            if (lower(text.charAt(at + k)) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** As a regular expression's word boundary reads a character. */
    private static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** The note a record is, if it is an audio or DMA driver's error that nothing else read. */
    public static Optional<Message> of(Record r, SoundDrivers drivers) {
        if (!r.hasOrigin() || r.level() >= LEVEL_NOTICE || !drivers.isSound(r.driver())) {
            return Optional.empty();
        }
        boolean error = r.level() >= 0 && r.level() <= LEVEL_ERR || holdsErrorWords(r.text());
        return error ? Optional.of(new Message.Catalogued(FORM, List.of(r.text()))) : Optional.empty();
    }
}
