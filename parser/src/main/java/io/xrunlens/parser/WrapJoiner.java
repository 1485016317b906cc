package io.xrunlens.parser;

import io.xrunlens.event.Message;
import io.xrunlens.format.FormatRegistry;
import io.xrunlens.format.KernelTextFramer;
import io.xrunlens.format.LogFormat;
import io.xrunlens.format.MailQuote;
import io.xrunlens.input.LineSource;
import io.xrunlens.kb.KernelFormat;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.paste.ShellPrompt;
import io.xrunlens.record.Record;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Joins back the lines a terminal or a mailer cut: "... capture write error (DMA or IRQ trou" +
 * "ble?)", "... sound:" + "XRUN: pcmC0D0c:0", "... intr [" + "535.202135] imx-sdma ...".
 *
 * <p>A line is a candidate tail of the one before when it cannot start a record of the input's
 * format (no stamp where records have one), opens no record of another format with a stamp or
 * prefix (logs appended into one file), is not blank or a shell prompt, and is not a program's
 * line that a console's kernel record cut (printk's stamp glued to its text). It is joined when
 * the join reads better than the two lines apart (see {@link Reading}), or reads no worse and the
 * cut shows: the line before is exactly as wide as the terminal the input was cut at, it ends
 * inside a record's stamp or origin, or the tail holds stamped records of its own (a flattened log,
 * wrapped). Where the join could be made as cut or with the space a word-wrapping mailer dropped,
 * the better reading wins, then the input's habit (cut at a fixed width or at spaces). In a
 * quoted reply whose quotes stay (most of the input is not quoted), a piece carries its line's
 * quote markers and is joined without them; a line quoted otherwise is no piece of it.
 *
 * <p>Only used on inputs whose records carry stamps ({@link #worthJoining}): on a dmesg -t log
 * any line may be a record and nothing is joined. A joined line keeps the number of its first
 * input line. Memory: two lines of lookahead and the line being joined.
 */
final class WrapJoiner implements LineSource {
    /** Joining stops at this length, so that a run of pieces cannot grow without bound. */
    private static final int MAX_JOINED = 64 * 1024;
    /** Stamped records in at least one line in four of the head, or joining is off. */
    private static final int MIN_STAMPED_SHARE = 4;
    /**
     * A line that already reads as a message is only extended to other values when it is long
     * enough to have been cut: a terminal is at least 72 columns wide, a mailer keeps whole words.
     */
    private static final int MIN_CUT = 40;
    /**
     * A line that opens with a date and time starts an entry of its own, whoever wrote it: a
     * user-space program's syslog or journal line ("Dec 03 10:06:02 laptop pulseaudio[1300]: …")
     * in a kernel log is no piece of the kernel line before it.
     */
    private static final Pattern ENTRY = Pattern.compile(
            "(?:[A-Z][a-z]{2} [ 0-3]?\\d |\\d{4}-\\d\\d-\\d\\d[T ])\\d\\d:\\d\\d:\\d\\d");

    private final LineSource in;
    private final LogFormat format;
    private final MessageParser parser;
    /** The width of the terminal that cut this input's lines, or 0 when it was not cut so. */
    private final int cutWidth;
    /** Lines read ahead that were not joined, served next (at most two). */
    private final ArrayDeque<Line> held = new ArrayDeque<>(2);
    private long lineNumber;
    private long joins;
    /** The length of the last input line {@link #joinTwo} joined. */
    private int secondLength;
    private long prompts;
    /** A read error met while looking ahead, thrown once the lines before it are served. */
    private IOException pending;

    /** Whether the source's first line is the input's (a block's is not): a prompt there is told apart. */
    private final boolean inputStart;

    WrapJoiner(LineSource in, LogFormat format, MessageParser parser, List<String> head) {
        this(in, format, parser, cutWidth(head, format), true);
    }

    private WrapJoiner(LineSource in, LogFormat format, MessageParser parser, int cutWidth, boolean inputStart) {
        this.in = in;
        this.format = format;
        this.parser = parser;
        this.cutWidth = cutWidth;
        this.inputStart = inputStart;
    }

    /**
     * A joiner like this one for a block of the same input, read on another thread with that
     * thread's parser (the format is asked nothing that changes it). A block starts where no
     * cut piece can (see {@link #noTail}), so its joins are the ones this joiner would make.
     */
    WrapJoiner forBlock(LineSource block, MessageParser blockParser) {
        return new WrapJoiner(block, format, blockParser, cutWidth, false);
    }

    /** Counts what a block's joiner joined and served as prompts, for the notes. */
    void absorb(WrapJoiner block) {
        joins += block.joins;
        prompts += block.prompts;
    }

    /**
     * Whether this input's records carry stamps, so that a line that starts with none can be seen
     * as a piece of the line before: at least one line in {@link #MIN_STAMPED_SHARE} of the head
     * holds a stamped record (a log wrapped at 72 columns behind a 60-character syslog prefix has
     * three lines per record; a flattened one has stamps inside every piece). Never on dmesg -t.
     * And only when the head shows a line that could be a piece at all: a log whose first lines
     * all start records was not cut, and its millions of lines are spared the look-ahead.
     */
    static boolean worthJoining(List<String> head, LogFormat format) {
        int nonBlank = 0;
        int stamped = 0;
        int pieces = 0;
        for (String line : head) {
            if (!line.isBlank()) {
                nonBlank++;
                boolean starts = opensEntry(line, format);
                boolean[] time = {starts}; // dmesg -H: a stamp, but no clock
                format.frame(line, 0, r -> time[0] |= r.hasTime());
                stamped += time[0] ? 1 : 0;
                pieces += !starts && !dictionaryField(line) && !ShellPrompt.matches(line)
                        && !ShellPrompt.isProgramOutput(line) ? 1 : 0;
            }
        }
        return pieces > 0 && stamped > 0 && stamped * MIN_STAMPED_SHARE >= nonBlank;
    }

    /**
     * A terminal cuts every long line at the same column; a mailer at the last space before it.
     * The width is the length shared by at least four in five (and at least two) of the head's
     * lines that a tail follows.
     */
    static int cutWidth(List<String> head, LogFormat format) {
        Map<Integer, Integer> lengths = new HashMap<>();
        int followed = 0;
        for (int i = 0; i + 1 < head.size(); i++) {
            String next = head.get(i + 1);
            if (!next.isBlank() && !opensEntry(next, format) && !dictionaryField(next) && !ShellPrompt.matches(next)
                    && !ShellPrompt.isProgramOutput(next)) {
                followed++;
                lengths.merge(head.get(i).length(), 1, Integer::sum);
            }
        }
        for (Map.Entry<Integer, Integer> e : lengths.entrySet()) {
            if (e.getValue() >= 2 && e.getValue() * 5 >= followed * 4) {
                return e.getKey();
            }
        }
        return 0;
    }

    @Override
    public String next() throws IOException {
        Line first = take();
        return first == null ? null : joined(first);
    }

    /**
     * The line {@code text} (input line {@code number}, already read from the source by the
     * caller) with the tails that follow it joined; as {@link #next()} would return it had it
     * read the line itself. For a reader that frames a line alone whenever the next one starts
     * a record, and asks the joiner only when a tail may follow.
     */
    String next(String text, long number) throws IOException {
        return joined(new Line(text, number));
    }

    /**
     * Whether a line known only by its bytes is certainly no tail: blank, a record of the
     * input's format or of another one, or an entry with a date and time of its own ({@link #ENTRY}). False where
     * the bytes do not tell; {@link #mayBeTail} then decides on the text.
     */
    boolean noTail(byte[] b, int from, int to) {
        return isBlank(b, from, to) || entryAt(b, from, to) || dictionaryField(b, from, to)
                || format.startsRecord(b, from, to) || FormatRegistry.opensRecord(b, from, to);
    }

    /**
     * A line of /dev/kmsg's dictionary (" SUBSYSTEM=platform", " DEVICE=+platform:20ec000.sdma"):
     * a space, an upper-case key, "=". It belongs to the record before as a field, never as
     * words of its text that a terminal cut off.
     */
    static boolean dictionaryField(String s) {
        return s.startsWith(" ") && dictionaryField(s.getBytes(StandardCharsets.ISO_8859_1), 0, s.length());
    }

    private static boolean dictionaryField(byte[] b, int from, int to) {
        if (to - from < 3 || b[from] != ' ' || !isUpper(b[from + 1])) {
            return false;
        }
        for (int i = from + 2; i < to; i++) {
            byte c = b[i];
            if (c == '=') {
                return true;
            }
            if (!(isUpper(c) || isDigit(c) || c == '_')) {
                return false;
            }
        }
        return false;
    }

    /** Spaces, tabs and carriage returns alone (decoding drops the returns): the text is blank. */
    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** {@link #ENTRY} read from ASCII bytes: "Dec  3 10:06:02", "2026-12-03T10:06:02". */
    private static boolean entryAt(byte[] b, int from, int to) {
        int j;
        if (to - from >= 12 && isUpper(b[from]) && isLower(b[from + 1]) && isLower(b[from + 2]) && b[from + 3] == ' ') {
            j = from + 4;
            if ((b[j] == ' ' || b[j] >= '0' && b[j] <= '3') && isDigit(b[j + 1]) && b[j + 2] == ' ') {
                j += 3;
            } else if (isDigit(b[j]) && b[j + 1] == ' ') {
                j += 2;
            } else {
                return false;
            }
        } else if (to - from >= 11 && digits(b, from, 4) && b[from + 4] == '-' && digits(b, from + 5, 2)
                && b[from + 7] == '-' && digits(b, from + 8, 2) && (b[from + 10] == 'T' || b[from + 10] == ' ')) {
            j = from + 11;
        } else {
            return false;
        }
        return j + 8 <= to && digits(b, j, 2) && b[j + 2] == ':' && digits(b, j + 3, 2) && b[j + 5] == ':'
                && digits(b, j + 6, 2);
    }

    private static boolean digits(byte[] b, int at, int n) {
        for (int i = at; i < at + n; i++) {
            if (!isDigit(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(byte c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(byte c) {
        return c >= 'a' && c <= 'z';
    }

    /** Whether no line read ahead (or read error) waits to be served. */
    boolean holdsNothing() {
        return held.isEmpty() && pending == null;
    }

    /** Whether exactly one line read ahead waits to be served (and no read error). */
    boolean holdsOneLine() {
        return held.size() == 1 && pending == null;
    }

    /**
     * Serves the line read ahead as it is, for a caller that knows no tail follows it: what
     * {@link #next()} would return, without reading the next line to find that out.
     */
    String nextAlone() {
        Line first = held.removeFirst();
        served(first);
        return first.text;
    }

    private void served(Line first) {
        lineNumber = first.number;
        if (first.number == 1 && inputStart ? ShellPrompt.matches(first.text) : first.prompt) {
            prompts++; // every later line is looked at as a possible tail
        }
    }

    private String joined(Line first) throws IOException {
        String text = first.text;
        served(first);
        Reading alone = null;
        // the length of the input line the text now ends with: a terminal cut each at its width
        int cutLength = first.text.length();
        while (text.length() < MAX_JOINED) {
            if (held.isEmpty() && !in.ready()) {
                break; // a live input went quiet: this line is complete as it is
            }
            Line tail = peekTake();
            if (tail == null) {
                break;
            }
            String piece = mayBeTail(tail) && !text.isBlank() ? pieceOf(first.text, tail.text) : null;
            if (piece == null) {
                // (a blank line is a paragraph break, never the start of a cut record; the line
                // after it was still looked at, as every line a piece may be is: a prompt is counted so)
                held.addFirst(tail);
                break;
            }
            alone = alone == null ? read(text) : alone;
            String joined = join(text, alone, piece, cutLength);
            int endsWith = tail.text.length();
            if (joined == null) {
                joined = joinTwo(text, alone, piece, first.text, cutLength);
                if (joined == null) {
                    held.addFirst(tail);
                    break;
                }
                endsWith = secondLength;
            }
            cutLength = endsWith;
            joins++;
            text = joined;
            alone = read(joined);
        }
        return text;
    }

    /**
     * The next input line: one put back by a join that did not take, or a new one. A read error is thrown by the call that would have returned the line
     * after the error, never by one that looks ahead for a tail: the line at hand is served first.
     */
    private Line take() throws IOException {
        if (!held.isEmpty()) {
            return held.removeFirst();
        }
        if (pending != null) {
            IOException e = pending;
            pending = null;
            throw e;
        }
        String text = in.next();
        return text == null ? null : new Line(text, in.lineNumber());
    }

    /** The next input line when looking ahead for a tail: a read error ends the look (null) and waits. */
    private Line peekTake() {
        try {
            return take();
        } catch (IOException e) {
            pending = e;
            return null;
        }
    }

    /**
     * A record cut twice (a quote re-wrapped at a narrower width: "... vchan 8aa58994: txd" +
     * "0a262722[8]:" + "submitted"): the middle piece alone makes nothing better, both do. Taken
     * only when the three lines read strictly better joined than apart.
     */
    private String joinTwo(String text, Reading alone, String tail, String firstLine, int cutLength) throws IOException {
        if (held.isEmpty() && !in.ready()) {
            return null;
        }
        Line second = peekTake();
        if (second == null) {
            return null;
        }
        String last = mayBeTail(second) ? pieceOf(firstLine, second.text) : null;
        if (last == null) {
            held.addFirst(second);
            return null;
        }
        String middle = bestJoin(text, tail, cutLength);
        String joined = bestJoin(middle, last, tail.length());
        if (read(joined).compareTo(alone.plus(read(tail)).plus(read(last))) > 0) {
            joins++; // the middle piece; the caller counts the last
            secondLength = second.text.length();
            return joined;
        }
        held.addFirst(second);
        return null;
    }

    @Override
    public boolean ready() throws IOException {
        return !held.isEmpty() || pending != null || in.ready();
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public long linesRead() {
        return in.linesRead();
    }

    /** Lines joined to the line before. */
    long joinedLines() {
        return joins;
    }

    /** What was undone, for the report. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (joins > 0) {
            notes.add("wrapped lines: " + joins + " joined to the line before");
        }
        if (prompts > 0) {
            notes.add("shell: " + prompts + " prompt or command lines kept as text");
        }
        return notes;
    }

    /** One input line and its number; whether it is a shell prompt is asked once. */
    private static final class Line {
        final String text;
        final long number;
        boolean prompt;

        Line(String text, long number) {
            this.text = text;
            this.number = number;
        }
    }

    /**
     * Whether a line opens an entry of its own: a record of the input's format, or any program's
     * line with a date and time ({@link #ENTRY}: "Mar 14 09:31:44 host pulseaudio[1312]: …").
     */
    private static boolean opensEntry(String line, LogFormat format) {
        return format.startsRecord(line) || ENTRY.matcher(line).lookingAt();
    }

    private boolean mayBeTail(Line line) {
        if (line.text.isBlank() || dictionaryField(line.text) || opensEntry(line.text, format)
                || FormatRegistry.opensRecord(line.text) || KernelTextFramer.opensGluedRecord(line.text)) {
            return false;
        }
        line.prompt = ShellPrompt.matches(line.text); // counted when it is served as a line of its own
        return !line.prompt && !ShellPrompt.isProgramOutput(line.text);
    }

    /**
     * What a candidate tail adds to a record that began on {@code firstLine}: the tail itself, or,
     * when it is quoted, what follows its quote markers if the record's first line carries the
     * same ones (a quote re-wrapped by the mailer, each piece marked again). Null when it cannot
     * be a piece: quoted otherwise than that line, or a quoted blank line (a paragraph break).
     */
    private static String pieceOf(String firstLine, String tail) {
        int marks = MailQuote.end(tail);
        if (marks == 0) {
            return tail;
        }
        boolean sameQuote = MailQuote.end(firstLine) == marks && firstLine.regionMatches(0, tail, 0, marks);
        return sameQuote && !tail.substring(marks).isBlank() ? tail.substring(marks) : null;
    }

    /** The joined line, or null when the tail is a line of its own. */
    private String join(String text, Reading alone, String tail, int cutLength) {
        Reading tailAlone = read(tail);
        Reading apart = alone.plus(tailAlone);
        String joined = bestJoin(text, tail, cutLength);
        Reading best = read(joined);
        int c = best.compareTo(apart);
        boolean otherValues = c == 0 && !best.known.isEmpty() && text.length() >= MIN_CUT
                && !best.known.equals(apart.known) && !endsInString(best.known) && !endsWhole(alone.known);
        if (c > 0 || otherValues) {
            return joined;
        }
        // whether the cut shows is asked last, and only of a join that reads as well as the lines
        // apart: it frames the line again
        boolean cutShows = c == 0 && (cutWidth > 0 && cutLength == cutWidth || tailAlone.timed > 0
                || endsInsidePrefix(text));
        return cutShows ? joined : null;
    }

    /**
     * Whether a message's format ends in a string ("... %s"): such a message reads as well with
     * any tail joined to it, so its other values are no sign of a cut.
     */
    private static boolean endsInString(List<Message> known) {
        for (Message m : known) {
            if (m instanceof Message.Catalogued c && c.form().format().endsWith("%s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line alone ends in a program's whole error text ("write error: Input/output
     * error"): its other values joined are only the next line read as more of that text.
     */
    private static boolean endsWhole(List<Message> known) {
        return !known.isEmpty() && known.get(known.size() - 1) instanceof Message.UserIoError u
                && ErrorTexts.whole(u.error());
    }

    /**
     * The tail joined as cut or with the space a mailer dropped, whichever reads better; on a tie,
     * as cut when the line is as wide as the terminal that cut the input, else with the space.
     */
    private String bestJoin(String text, String tail, int cutLength) {
        String cut = text + tail;
        if (text.endsWith(" ") || tail.startsWith(" ")) {
            return cut;
        }
        String spaced = text + " " + tail;
        Reading withSpace = read(spaced);
        Reading asCut = read(cut);
        int c = withSpace.compareTo(asCut);
        if (c == 0) {
            // the join that reads a more specific message: a word cut mid-way ("poss" + "ibly
            // missing …") is one of a longer format, where with the space another release's row
            // ending in "%s" takes the words as its value
            c = Integer.compare(withSpace.literal(), asCut.literal());
        }
        return c > 0 || c == 0 && cutLength != cutWidth ? spaced : cut;
    }

    /**
     * The line ends where a record's prefix was cut: inside a stamp ("... intr [", "[  535.20"),
     * or after a stamp or origin with no message yet ("[ 535.201626] ", "imx-sgtl5000 sound:").
     */
    private boolean endsInsidePrefix(String text) {
        int open = text.lastIndexOf('[');
        if (open >= 0 && text.indexOf(']', open) < 0 && isStampText(text, open + 1)) {
            return true;
        }
        String[] last = new String[1];
        format.frame(text, 0, r -> last[0] = r.text());
        return last[0].isEmpty();
    }

    /** Only what a stamp holds ("  535.20", "Tue Nov 24 10:0", "+0.00") from {@code from} on. */
    private static boolean isStampText(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(Character.isLetterOrDigit(ch) || ch == ' ' || ch == '.' || ch == ':' || ch == '+')) {
                return false;
            }
        }
        return true;
    }

    /**
     * How well a line reads: its known messages, then how many of them came with a clock, then
     * with a device. "... sound:" + "XRUN: pcmC0D0c:0" reads as one XRUN apart and joined, but
     * only joined does it keep the clock and device of the line it was cut from.
     */
    private record Reading(List<Message> known, int timed, int placed) implements Comparable<Reading> {
        /** The literal characters of its catalogued messages' formats: how specific its reading is. */
        int literal() {
            int n = 0;
            for (Message m : known) {
                if (m instanceof Message.Catalogued c) {
                    n += KernelFormat.parse(c.form().format()).literalLength();
                }
            }
            return n;
        }

        Reading plus(Reading other) {
            List<Message> all = new ArrayList<>(known);
            all.addAll(other.known);
            return new Reading(all, timed + other.timed, placed + other.placed);
        }

        @Override
        public int compareTo(Reading o) {
            int c = Integer.compare(known.size(), o.known.size());
            c = c != 0 ? c : Integer.compare(timed, o.timed);
            return c != 0 ? c : Integer.compare(placed, o.placed);
        }
    }

    /**
     * The last lines read, and their readings: weighing a join reads the same texts several times
     * (the line, the tail, each way of joining, and again when a second tail is tried). A text
     * reads the same every time: only its messages, clocks and origins count, not where a clock
     * is placed.
     */
    private final Map<String, Reading> lastRead = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Reading> eldest) {
            return size() > READINGS_KEPT;
        }
    };
    private static final int READINGS_KEPT = 8;

    private Reading read(String line) {
        Reading r = lastRead.get(line);
        if (r == null) {
            r = readAnew(line);
            lastRead.put(line, r);
        }
        return r;
    }

    private Reading readAnew(String line) {
        List<Message> known = new ArrayList<>(2);
        int[] counts = new int[2];
        format.frame(line, 0, r -> {
            Message m = parser.parse(r.text());
            Record tagged = m instanceof Message.Unknown ? DriverTags.tagged(r, KnowledgeBase.active().drivers()) : null;
            if (tagged != null) {
                m = parser.parse(tagged.text()); // an older kernel's "hda-intel: …", as the reader types it
            }
            if (!(m instanceof Message.Unknown)) {
                known.add(m);
                counts[0] += r.hasTime() ? 1 : 0;
                counts[1] += r.hasOrigin() ? 1 : 0;
            }
        });
        return new Reading(known, counts[0], counts[1]);
    }
}
