package io.xrunlens.format;

import io.xrunlens.input.Bytes;
import io.xrunlens.record.Record;
import java.nio.charset.StandardCharsets;

/**
 * The fields of a plain journal entry read by hand from its bytes: an object of string values
 * with no escape ("{\"MESSAGE\":\"…\",\"PRIORITY\":\"6\",…}", as {@code journalctl -o json} prints
 * nearly every kernel entry). Anything else (an escape, a value that is no string: MESSAGE as
 * bytes, a null, a nested object; a malformed line) is left to the JSON parser: {@link #read}
 * gives null. Where it answers it reads what {@link JournalJsonFormat}'s parser reads (a test
 * holds them equal), without making a parser, a token or a String for the fields it skips; on a
 * journal of a busy board the parser was a third of the readers' time.
 */
final class JournalJsonBytes {
    /** The fields read, each at the index its constant below names. */
    private static final int MESSAGE = 0;
    private static final int PRIORITY = 1;
    private static final int SOURCE_MONOTONIC = 2;
    private static final int MONOTONIC = 3;
    private static final int BOOT_ID = 4;
    private static final int HOSTNAME = 5;
    private static final byte[][] FIELDS = Bytes.latin1("MESSAGE", "PRIORITY", "_SOURCE_MONOTONIC_TIMESTAMP",
            "__MONOTONIC_TIMESTAMP", "_BOOT_ID", "_HOSTNAME");

    /** Where MESSAGE's text lies in the line (after its opening quote, before its closing one). */
    int messageStart;
    int messageEnd;
    long micros;
    int level;
    String boot;
    String host;

    private JournalJsonBytes() {
    }

    /**
     * The entry's fields, or null where the line is not such a plain object (no MESSAGE string,
     * an escape, a value of another kind, a control character in a string or white space other
     * than a space between tokens) and the parser is to read it. What follows the object is not
     * read, as the parser does not read it.
     */
    static JournalJsonBytes read(byte[] b, int from, int to) {
        int i = skipSpace(b, from, to);
        if (i >= to || b[i] != '{') {
            return null;
        }
        JournalJsonBytes e = new JournalJsonBytes();
        e.messageStart = -1;
        e.level = -1;
        long micros = Record.NO_TIME;
        long fallback = Record.NO_TIME;
        i = skipSpace(b, i + 1, to);
        if (i < to && b[i] == '}') {
            return null; // no MESSAGE
        }
        while (true) {
            int nameStart = i + 1;
            int nameEnd = stringEnd(b, i, to);
            if (nameEnd < 0) {
                return null;
            }
            i = skipSpace(b, nameEnd + 1, to);
            if (i >= to || b[i] != ':') {
                return null;
            }
            int valueQuote = skipSpace(b, i + 1, to);
            int valueEnd = stringEnd(b, valueQuote, to);
            if (valueEnd < 0) {
                return null; // not a string, or one with an escape: the parser's to read
            }
            int valueStart = valueQuote + 1;
            int field = field(b, nameStart, nameEnd);
            if (field >= PRIORITY && field <= MONOTONIC && !ascii(b, valueStart, valueEnd)) {
                return null; // a number: the parser's Integer.parseInt reads other scripts' digits too
            }
            switch (field) {
                case MESSAGE -> {
                    e.messageStart = valueStart;
                    e.messageEnd = valueEnd;
                }
                case PRIORITY -> e.level = level(b, valueStart, valueEnd);
                case SOURCE_MONOTONIC -> micros = signed(b, valueStart, valueEnd);
                case MONOTONIC -> fallback = signed(b, valueStart, valueEnd);
                case BOOT_ID -> e.boot = new String(b, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
                case HOSTNAME -> e.host = new String(b, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
                default -> {
                    // a field not read
                }
            }
            i = skipSpace(b, valueEnd + 1, to);
            if (i < to && b[i] == '}') {
                break;
            }
            if (i >= to || b[i] != ',') {
                return null;
            }
            i = skipSpace(b, i + 1, to);
        }
        if (e.messageStart < 0) {
            return null;
        }
        e.micros = micros == Record.NO_TIME ? fallback : micros;
        return e;
    }

    /**
     * Where the string opening with a quote at {@code i} closes, or -1: no string there, no end,
     * or an escape or a control character in it (decoding the line would change the character).
     */
    private static int stringEnd(byte[] b, int i, int to) {
        if (i >= to || b[i] != '"') {
            return -1;
        }
        for (int j = i + 1; j < to; j++) {
            byte c = b[j];
            if (c == '"') {
                return j;
            }
            if (c == '\\' || c >= 0 && c < 0x20 || c == 0x7f) {
                return -1;
            }
        }
        return -1;
    }

    /** The spaces between tokens (JSON's other white space, tabs and line ends, is left to the parser). */
    private static int skipSpace(byte[] b, int i, int to) {
        while (i < to && b[i] == ' ') {
            i++;
        }
        return i;
    }

    private static boolean ascii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Which of {@link #FIELDS} the name {@code b[from, to)} is, or -1. */
    private static int field(byte[] b, int from, int to) {
        for (int f = 0; f < FIELDS.length; f++) {
            if (to - from == FIELDS[f].length && Bytes.startsWith(b, from, to, FIELDS[f])) {
                return f;
            }
        }
        return -1;
    }

    /** A priority's level, as the parser's {@code Integer.parseInt(s) & 7}: -1 where the text is no int. */
    private static int level(byte[] b, int from, int to) {
        long value = signed(b, from, to);
        return value == Record.NO_TIME || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? -1 : (int) value & 7;
    }

    /** A timestamp's value as the parser's Long.parseLong reads it (a sign, then digits), or NO_TIME where it refuses it. */
    private static long signed(byte[] b, int from, int to) {
        boolean negative = from < to && b[from] == '-';
        int digits = from < to && (b[from] == '-' || b[from] == '+') ? from + 1 : from;
        if (digits >= to || HandReadPrefix.digitsEnd(b, digits, to) != to) {
            return Record.NO_TIME;
        }
        long value = HandReadPrefix.number(b, digits, to);
        return value == Record.NO_TIME ? Record.NO_TIME : negative ? -value : value;
    }
}
