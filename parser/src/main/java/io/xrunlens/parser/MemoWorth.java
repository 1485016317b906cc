package io.xrunlens.parser;

/**
 * Whether a memo is worth asking: lookups a window, and how many of them must find what they
 * ask for. In a log whose every line is new (each driver's messages once, with new values) one
 * in a hundred does, and hashing, searching and copying each line for so little was a tenth of
 * its readers' time. A line found saves the work of ten to thirty lines' lookups, so after a
 * window that found fewer than one in 32 the memo rests for {@link #REST} lookups, then is
 * asked again: a log that turns repetitive is memoised again within a few thousand lines. Used
 * by the memo of rests ({@link RestMemo}) and the parser's memo of texts ({@link MessageParser});
 * per thread, like them.
 */
final class MemoWorth {
    static final int WINDOW = 4096;
    static final int WORTH = WINDOW / 32;
    static final int REST = 16 * WINDOW;
    private int asked;
    private int found;
    private int resting;

    /** Whether the memo rests for this lookup: then it is neither asked nor told. Each call while it rests counts one off. */
    boolean resting() {
        if (resting > 0) {
            resting--;
            return true;
        }
        return false;
    }

    /** Counts a lookup of the memo, and whether it found what it asked for. */
    void count(boolean hit) {
        found += hit ? 1 : 0;
        if (++asked == WINDOW) {
            resting = found < WORTH ? REST : 0;
            asked = 0;
            found = 0;
        }
    }

    /** Forgets what the windows found: the memo is asked at once. */
    void restart() {
        asked = 0;
        found = 0;
        resting = 0;
    }
}
