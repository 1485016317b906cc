package io.xrunlens.format;

import io.xrunlens.input.Bytes;
import java.nio.charset.StandardCharsets;

/**
 * rsyslog's reduction of repeated messages (RepeatedMsgReduction, on in Debian's and Raspberry
 * Pi OS's rsyslog.conf): a message that comes again and again is written once, then as
 * {@code message repeated 29 times: [ <message>]} after the same prefix. Kernel messages that
 * reach rsyslog through the journal carry no kernel stamp, so a FIFO error per interrupt is
 * written so. The message inside the brackets is what the kernel printed; it is framed as a
 * line of its own would be (rsyslog cuts it at 800 characters and closes the bracket).
 */
final class RepeatedMessage {
    private static final String START = "message repeated ";
    private static final String TIMES = " times: [";

    private RepeatedMessage() {
    }

    /** Where the repeated message starts in {@code s[at, to)}, which ends with ']'; -1 when it is no such line. */
    static int innerStart(CharSequence s, int at, int to) {
        if (to - at < START.length() + TIMES.length() + 2 || s.charAt(to - 1) != ']') {
            return -1;
        }
        for (int k = 0; k < START.length(); k++) {
            if (s.charAt(at + k) != START.charAt(k)) {
                return -1;
            }
        }
        int i = at + START.length();
        int digits = i;
        while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits || to - i < TIMES.length() + 2) { // "[" and "]" with something between
            return -1;
        }
        for (int k = 0; k < TIMES.length(); k++) {
            if (s.charAt(i + k) != TIMES.charAt(k)) {
                return -1;
            }
        }
        return i + TIMES.length();
    }

    /**
     * The same on a line's bytes (ASCII: the words compared are). Asked of every line's rest, so
     * its first byte and last byte answer for nearly all.
     */
    static int innerStart(byte[] s, int at, int to) {
        if (to - at <= START.length() || s[at] != 'm' || s[to - 1] != ']'
                || !Bytes.startsWith(s, at, to, START_BYTES)) {
            return -1;
        }
        return innerStart(new AsciiView(s), at, to);
    }

    private static final byte[] START_BYTES = START.getBytes(StandardCharsets.US_ASCII);

    /** A line's bytes read as characters, for the lines that start as a repeated message does. */
    private record AsciiView(byte[] bytes) implements CharSequence {
        @Override
        public int length() {
            return bytes.length;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new UnsupportedOperationException();
        }
    }
}
