package io.xrunlens.parser;

import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Message;
import io.xrunlens.format.KernelTextFramer;
import io.xrunlens.format.LogFormat;
import io.xrunlens.input.LineReader;
import io.xrunlens.input.RawLines;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.kb.NumberShape;
import io.xrunlens.kb.UnrecognisedError;
import io.xrunlens.kb.Words;
import io.xrunlens.record.Record;
import io.xrunlens.record.RecordSink;
import java.io.IOException;
import java.util.Optional;

/**
 * Frames lines into records and types them: the part of reading that needs no order, so blocks
 * of lines can go through it on several threads (each with its own typer, parser and memo).
 *
 * <p>A line given as bytes takes the cheapest way that gives the same records: its rest (after
 * its clock) answered from the thread's {@link RestMemo}; else by the rest's shape (its numbers
 * masked, {@link NumberShape}): counted if rests of that shape gave nothing whatever their
 * numbers, or its record cut from its own bytes where a rest of that shape had its parts
 * ({@link RecordSpans}); else counted from its bytes when it holds none of our keywords; else
 * decoded and framed as text, and what it gave kept for its rest and its shape. After the first
 * line of a kernel crash's or bug's report, every line for a while is framed as text and kept for
 * no other line: its site and trace hold no keyword ({@link CrashWindow}).
 */
final class RecordTyper implements RecordSink {
    private final MessageParser messages;
    private final boolean forwardUnknown;
    private final TypedSink out;
    private boolean lineMatched;
    /**
     * Whether the line typed last was a rate limit's count refused for its function's name
     * ({@link #notAudios}), a name with no digit: every line of its shape (another count) is
     * refused alike, so the shape is skipped as one no row reads.
     */
    private boolean refusedAlike;
    /** The line being framed as text: its records' texts are mostly its ends. */
    private String line = "";
    /** This thread's memo of rests, for the format last asked (a reader uses one format). */
    private RestMemo memo;
    private RestMemo shapes;
    private Object memoFormat;
    /** The shape of the rest being framed ({@link NumberShape}), when it masked a number. */
    private final byte[] shape = new byte[RestMemo.MAX_REST];
    private int shapeLength;
    /** Where the shape's masked words lie in the rest ({@link NumberShape#shape(byte[], int, int, byte[], int[])}). */
    private final int[] words = new int[RestMemo.MAX_REST + 2];
    /** Whether the line just framed was skimmed from its bytes with no keyword and no anchor word in it. */
    private boolean skimmedQuietly;
    /** Whether the line just framed held a keyword but gave Unknown for a reason its numbers had no part in. */
    private boolean unknownAlike;
    /** Where the rest of the line split last starts, its prefix's level, where it ends ({@link LogFormat#clockAndRest}). */
    private final int[] split = new int[3];
    /** Where the message of a line not split lies ({@link LogFormat#messageSpan}). */
    private final int[] span = new int[2];
    /** While a line whose rest may be kept is framed: what it gave (see {@link #learn}). */
    private boolean learning;
    private long learningClock;
    private long learningLine;
    private int learnt;
    private boolean learntOrigin;
    private Record learntRecord;
    private Message learntMessage;
    /** The tree the learnt record's message was built from, and its text's slots (see {@link RecordSpans}). */
    private MessageParser.Template learntTree;
    private int[] learntSlots;

    /** After an oops's first line: its site and trace, read line by line ({@link CrashWindow}). */
    private final CrashWindow crash = new CrashWindow();

    /** The format framing the current line, and the host last handed on ({@link #noteHost}). */
    private LogFormat framing;
    private String host;

    RecordTyper(MessageParser messages, boolean forwardUnknown, TypedSink out) {
        this.messages = messages;
        this.forwardUnknown = forwardUnknown;
        this.out = out;
    }

    /** Frames one line of text. */
    void frame(LogFormat format, String line, long lineNumber) {
        frame(format, line, lineNumber, crash.isOpen() || MessageParser.mayMatch(line));
    }

    /** Frames one line of text whose keyword test is {@code matched}. */
    private void frame(LogFormat format, String line, long lineNumber, boolean matched) {
        framing = format;
        lineMatched = matched;
        this.line = line;
        if (!forwardUnknown && !lineMatched) {
            format.skim(line, lineNumber, this);
        } else {
            format.frame(line, lineNumber, this);
        }
    }

    /** Frames the next line of {@code lines} from its bytes; false at their end. */
    boolean frameNext(LogFormat format, RawLines lines) throws IOException {
        if (!lines.nextRaw()) {
            return false;
        }
        frame(format, lines.rawBytes(), lines.rawStart(), lines.rawEnd(), lines.lineNumber());
        return true;
    }

    /** Frames one line given as its bytes (see the class comment for the ways it takes). */
    void frame(LogFormat format, byte[] b, int from, int to, long lineNumber) {
        framing = format;
        split[2] = to;
        long clock = format.clockAndRest(b, from, to, split);
        noteHost(); // the prefix just read may name another host
        if (clock == LogFormat.NOT_SPLIT) {
            frameBytes(format, b, from, from, to, to, lineNumber);
            return;
        }
        if (crash.isOpen()) {
            // an oops's site and trace hold no keyword: read as text, and never kept for other lines
            frame(format, LineReader.decode(b, from, to - from), lineNumber, true);
            return;
        }
        int rest = split[0];
        int end = split[2]; // the rest's end: the line's, or a journal entry's MESSAGE's
        if (memoFormat != format) {
            memo = RestMemo.forThread(format.framingKey(), forwardUnknown);
            shapes = RestMemo.shapesForThread(format.framingKey(), forwardUnknown);
            memoFormat = format;
        }
        int level = split[1];
        boolean restsAsked = !memo.resting();
        int hash = restsAsked ? RestMemo.withLevel(RestMemo.hash(b, rest, end), level) : 0;
        RestMemo.Kept kept = restsAsked ? memo.find(b, rest, end, hash) : null;
        if (kept != null) {
            if (kept.record() == null) {
                out.skipped(clock, kept.hasOrigin());
            } else {
                Record r = kept.record();
                out.typed(new Record(lineNumber, 0, clock, r.level(), r.driver(), r.device(), r.text()), kept.message(), 0);
                noteOops(kept.message(), r);
            }
            return;
        }
        // A rest whose shape was seen before with other numbers. If that rest was skimmed (no
        // keyword or anchor word in it, or keywords that made nothing of it whatever its numbers),
        // this one is skimmed too, unless it starts with an audio driver's name (which may end in
        // a number, so it is asked anew). If it gave a typed record, this one's record is cut from
        // its own bytes where that one's parts lay and typed as framing would have handed it on.
        // A rest without a clock (another format's line) is not read by its shape: whether such a
        // skimmed line is the kernel's is told by its origin's words.
        int shapeHash = clock == Record.NO_TIME || shapes.resting() ? 0 : shapeOf(b, rest, end, level);
        RestMemo.Kept alike = shapeHash == 0 ? null : shapes.find(shape, 0, shapeLength, shapeHash);
        if (alike != null && alike.record() == null && !KnowledgeBase.active().drivers().startsWithSound(b, rest, end)) {
            out.skipped(clock, true);
            return;
        }
        if (alike != null && alike.record() != null) {
            RecordSpans spans = alike.spans();
            Record r = spans.rebuild(alike.record(), b, rest, end, words, lineNumber, clock);
            if (r != null) {
                lineMatched = true; // the shape holds a keyword, as every line of it does
                MessageParser.Template tree = spans.tree();
                type(r, tree == null ? messages.parseCandidate(r.text())
                        : messages.buildAlike(r.text(), tree, spans.slotsIn(rest, words)));
                return;
            }
        }
        learning = true;
        learningClock = clock;
        learningLine = lineNumber;
        learnt = 0;
        skimmedQuietly = false;
        unknownAlike = false;
        frameBytes(format, b, from, rest, end, to, lineNumber);
        learning = false;
        if (learnt == 1) {
            if (restsAsked) {
                memo.keep(b, rest, end, hash, learntOrigin, learntRecord, learntMessage);
            }
            if (shapeHash != 0 && learntRecord == null && learntOrigin && (skimmedQuietly
                    || unknownAlike && KnowledgeBase.active().probe(b, rest, end) == MessageParser.QUIET)) {
                shapes.keep(shape, 0, shapeLength, shapeHash, true, null, null);
            } else if (shapeHash != 0 && learntRecord != null && MessageParser.hasKeyword(b, rest, end)) {
                // spans are counted in the line's text as in its bytes, up to the rest's end
                String upToEnd = end == to ? line : line.length() == to - from ? line.substring(0, end - from) : null;
                RecordSpans spans = upToEnd == null ? null
                        : RecordSpans.of(learntRecord, upToEnd, from, rest, end, words, learntTree, learntSlots);
                if (spans != null) {
                    shapes.keep(shape, 0, shapeLength, shapeHash, true, learntRecord, null, spans);
                }
            }
        }
        learntRecord = null;
        learntMessage = null;
        learntTree = null;
    }

    /**
     * The hash of the rest's shape (and the prefix's level) into {@link #shape}, or 0 when it has
     * no number to mask (or may not).
     */
    private int shapeOf(byte[] b, int rest, int to, int level) {
        if (!MessageParser.SHAPES_SAFE || forwardUnknown || to - rest > RestMemo.MAX_REST) {
            return 0;
        }
        int first = rest;
        while (first < to && b[first] == ' ') {
            first++;
        }
        if (first < to && (b[first] == '[' || b[first] == '<')) {
            return 0; // a kernel stamp of its own, which a wrapper's skim reads: its clock is the line's
        }
        shapeLength = NumberShape.shape(b, rest, to, shape, words);
        if (shapeLength < 0 || NumberShape.startsWithPointer(shape, shapeLength)) {
            return 0; // a pointer where a driver's name may stand: whether one does depends on its first character
        }
        int h = RestMemo.withLevel(RestMemo.hash(shape, 0, shapeLength), level);
        return h == 0 ? 1 : h;
    }

    /**
     * A line with none of our keywords that the format can count from its bytes is never decoded.
     * (A keyword cut by a control character the decoder drops is not found in the bytes; the
     * format leaves lines with control characters to the text path, which searches again.)
     * The search starts after the line's clock ({@code rest}) and stops at the rest's end
     * ({@code end}): a stamp or a syslog prefix holds no message, nor a journal entry's other fields.
     */
    private void frameBytes(LogFormat format, byte[] b, int from, int rest, int end, int to, long lineNumber) {
        if (forwardUnknown) {
            frame(format, LineReader.decode(b, from, to - from), lineNumber);
            return;
        }
        int probe = rest == from && format.messageSpan(b, from, to, span) ? MessageParser.probe(b, span[0], span[1])
                : MessageParser.probe(b, rest, end);
        boolean matched = probe == MessageParser.MATCHED;
        if (!matched && format.skim(b, from, to, this)) {
            skimmedQuietly = probe == MessageParser.QUIET;
            return;
        }
        boolean controls = LineReader.hasControls(b, from, to - from);
        String line = LineReader.decode(b, from, to - from, controls);
        if (controls) {
            frame(format, line, lineNumber); // searched again: the cleaned text differs from the bytes
        } else {
            // Without control characters the text holds the bytes' ASCII characters in the same
            // order (UTF-8 decoding never makes or drops one), and keywords and anchors are ASCII
            // words: the text holds a keyword exactly when the bytes do.
            frame(format, line, lineNumber, matched);
        }
    }

    /**
     * Notes what the line being learnt gave: one record stamped with the line's clock can be
     * made again for a later line with the same rest; anything else (several records, another
     * clock, a boot separator) is not kept.
     */
    private void learn(long micros, boolean hasOrigin, Record record, Message message) {
        boolean keepable = micros == learningClock && (record == null || record.line() == learningLine);
        learnt += keepable ? 1 : 2;
        learntOrigin = hasOrigin;
        learntRecord = record;
        learntMessage = message;
    }

    /**
     * Hands on a change of host before the records of a line whose prefix named another: a
     * central log server's file interleaves several machines' lines, each analysed on its own.
     * Asked wherever the format has read a prefix; a line that names none stays its predecessor's.
     */
    private void noteHost() {
        String now = framing == null ? null : framing.lineHost();
        if (now != null && now != host) {
            host = now;
            out.host(now);
        }
    }

    @Override
    public void accept(Record record) {
        noteHost();
        // The keyword test only saves grammar runs; on a line that passed it, the (memoised)
        // grammar decides for each record.
        String text = record.text();
        if (crash.isOpen()) {
            Message crashed = crash.read(record.message(), KnowledgeBase.active().drivers());
            if (crashed != null) {
                out.typed(record, crashed, 0);
                return;
            }
        }
        Message message = lineMatched ? messages.parseCandidate(text)
                : endsLine(text) ? messages.parseWithoutKeyword(text) : messages.parse(text);
        if (learning) {
            learntTree = lineMatched ? messages.lastTree() : null;
            learntSlots = learntTree == null ? null : messages.lastSlots();
        }
        type(record, message);
    }

    /** Hands on a framed record with the message its text parsed to (or counts it, unread). */
    private void type(Record framed, Message parsed) {
        String text = framed.text();
        refusedAlike = false;
        KnowledgeBase kb = KnowledgeBase.active();
        Record record = framed;
        Message message = parsed;
        if (parsed instanceof Message.Catalogued c) {
            // a row of common words is no other kind of driver's, an error row's words at info level no error;
            // one printed by several sources is its printer's
            // (another row with the same text may be the driver's own: a codec's "Failed to reset")
            Message.Catalogued read = readAs(c, framed);
            boolean notAudios = read != null && notAudios(read);
            refusedAlike = notAudios && read.values().get(0).chars().noneMatch(Character::isDigit);
            message = read == null || read.form().refusesOrigin() && !framed.driver().isEmpty() || notAudios
                    ? Message.Unknown.INSTANCE : read;
        }
        if (message instanceof Message.Unknown && (isWord(framed.device()) || isAcronym(framed.driver()))) {
            Record whole = new Record(framed.line(), framed.boot(), framed.micros(), framed.level(), "", "",
                    framed.message());
            Message read = printedBare(whole);
            if (read != null) {
                record = whole;
                message = read;
            }
        }
        if (message instanceof Message.Unknown) {
            Record tagged = DriverTags.tagged(framed, kb.drivers());
            Message read = tagged == null ? message : readTagged(tagged);
            if (tagged != null && (!(read instanceof Message.Unknown) || kb.drivers().isOlderTag(tagged.driver()))) {
                record = tagged; // the driver's line (an older kernel's tag's is handed on unread too)
                message = read;
            }
        }
        Record byDriver = record;
        boolean soundDriver = message instanceof Message.Unknown && kb.drivers().isSound(byDriver.driver());
        if (soundDriver) {
            // an audio driver's line: a row of its own sources that no anchor files, else a note if it reads as an error
            // (no lambda: a capturing one is made through a native call in the quick compiler's code)
            Optional<KnowledgeBase.Match> own = kb.matchByDriver(byDriver.driver(), byDriver.text(), byDriver.level());
            Optional<Message> read = own.isPresent() ? Optional.of(own.get().message())
                    : UnrecognisedError.of(byDriver, kb.drivers());
            if (read.isPresent()) {
                message = read.get();
            }
        }
        // An audio driver's line is handed on even unread: which drivers printed tells the
        // analysis the board (an x86 HDA controller has no bit clock to miss).
        if (message instanceof Message.Unknown && !forwardUnknown && !soundDriver) {
            if (learning) {
                unknownAlike = lineMatched && (refusedAlike || messages.unknownForItsShape(text));
            }
            // Counted as a skimmed record is: its clock, and whether its origin is a kernel device's
            // (a timed record is kernel output whatever its origin, as skimming says of it: the
            // counts and the boots read the origin only of a record without a time).
            skipped(record.micros(), record.hasTime() || KernelTextFramer.looksKernel(record.driver(), record.device()));
            return;
        }
        if (learning) {
            learn(record.micros(), false, record, message);
        }
        out.typed(record, message, 0);
        noteOops(message, record);
    }

    /**
     * After an oops's first line (the catalogue's "oops." rows), a hung task's or soft lockup's, a
     * sleep in atomic context's ("bug." rows), a warning's outside the audio and DMA folders or a
     * memory or undefined-behaviour checker's ("kernel." rows of reports), its site and trace are
     * read ({@link CrashWindow}).
     */
    private void noteOops(Message message, Record record) {
        if (message instanceof Message.Catalogued c) {
            String id = c.form().id();
            if (id.startsWith("oops.")) {
                crash.open(record.message(), MessageCatalog.KERNEL_CRASH);
            } else if (id.equals("hung-task") || id.equals("watchdog.soft-lockup") || id.equals("rcu.self-detected")) {
                // (an RCU stall the CPU detected on itself dumps that CPU's stack: where it spins)
                crash.open(record.message(), MessageCatalog.KERNEL_HANG);
            } else if (id.startsWith("bug.")) {
                crash.open(record.message(), MessageCatalog.KERNEL_ATOMIC_SLEEP);
            } else if (id.startsWith("kernel.") && c.form().family() == MessageFamily.KERNEL_REPORT
                    && CrashWindow.mayBeAudios(c, KnowledgeBase.active().drivers())) {
                // a warning's (outside sound/ and drivers/dma/), a KASAN's, a KFENCE's or a UBSAN's report
                crash.open(record.message(), MessageCatalog.KERNEL_WARNING);
            }
        }
    }

    /**
     * What a line framed as "driver device: text" reads as when it is a pr_* message printed with
     * no prefix whose first words only look like an origin: "Unsupported format: 1" (a Meson
     * TDM driver's pr_err), "ALSA core: unable to register native major device number 116". Null
     * where the whole line is no row's, or a row's that a device prefix comes before.
     */
    private Message printedBare(Record whole) {
        Message m = messages.parseCandidate(whole.text());
        if (m instanceof Message.Catalogued c) {
            Message.Catalogued read = readAs(c, whole);
            return read == null ? null : KnowledgeBase.active().withoutOrigin(read);
        }
        return m instanceof Message.Unknown ? null : m;
    }

    /**
     * What a tagged line's text reads as for its driver ({@link DriverTags#tagged}), or Unknown:
     * a hand-written row's, or a row of the tag's own source file or folder (not any audio
     * driver's, as a line with its device may be: the tag alone says less of who printed it).
     */
    private Message readTagged(Record tagged) {
        Message m = messages.parseCandidate(tagged.text());
        if (m instanceof Message.Catalogued c) {
            Message.Catalogued read = MessageCatalog.isHandWritten(c.form()) ? readAs(c, tagged)
                    : KnowledgeBase.active().match(MessageCatalog.withoutAlsaSource(tagged.text()), tagged.driver(), "",
                            tagged.level()).map(KnowledgeBase.Match::message).orElse(null);
            return read == null ? Message.Unknown.INSTANCE : read;
        }
        return m;
    }

    /** A rate limit's count of a function no audio or DMA driver's may be ({@link KnowledgeBase#mayBeAudioFunction}). */
    private static boolean notAudios(Message.Catalogued read) {
        return read.form().family() == MessageFamily.RATE_LIMITED && !KnowledgeBase.mayBeAudioFunction(read.values().get(0));
    }

    /** What the knowledge base reads a row the text matched as, for the record's origin and level (null: none). */
    private Message.Catalogued readAs(Message.Catalogued c, Record record) {
        return KnowledgeBase.active().readAs(c, MessageCatalog.withoutAlsaSource(record.text()), messages.tried(),
                record.driver(), record.device(), record.level());
    }

    /**
     * Whether a record's "device" is a word: a letter, then letters and digits, one of them not a
     * hex digit, as the second words of such lines are ("format", "PLL", "omap3pandora" of
     * "ASoC omap3pandora: "). Most devices' names are not (an I2C address "1-000a",
     * "20ec000.sdma", "0000:00:1f.3"), nor is a hashed pointer ("vchan fffe0da8: txd …", whose
     * origin is its own message's words); of those that are ("sound", "card0", "usb1") an unread
     * line is read whole once more, for no row.
     */
    private static boolean isWord(String device) {
        if (device.isEmpty() || !Character.isLetter(device.charAt(0))) {
            return false;
        }
        boolean hex = true;
        for (int i = 0; i < device.length(); i++) {
            char c = device.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter && !(c >= '0' && c <= '9')) {
                return false;
            }
            hex &= !letter || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
        }
        return !hex;
    }

    /**
     * Whether a record's "driver" is a word of capitals alone ("ALSA", "IPU"): a subsystem's tag
     * that a pr_* message starts with, as "ALSA pcmC0D0p,0:HiFi: cannot preallocate for size
     * 65536" does (its "device" only looks like one), where no driver registers such a name.
     */
    private static boolean isAcronym(String driver) {
        if (driver.length() < 2) {
            return false;
        }
        for (int i = 0; i < driver.length(); i++) {
            char c = driver.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a record's text is the end of the line being framed, from a word's start: then it
     * holds no keyword, word or word pair the whole line does not (a JSON record's text, unescaped,
     * is not such an end, nor is a text whose framer cut a word).
     */
    private boolean endsLine(String text) {
        int start = line.length() - text.length();
        return start >= 0 && line.endsWith(text) && (start == 0 || !Words.isWordChar(line.charAt(start - 1)));
    }

    @Override
    public void skipped(long micros, boolean hasOrigin) {
        noteHost();
        if (learning) {
            learn(micros, hasOrigin, null, null);
        }
        out.skipped(micros, hasOrigin);
    }

    @Override
    public void bootSeparator() {
        noteHost(); // a boot of the host the line names
        learnt += 2;
        out.bootSeparator();
    }

    @Override
    public void bootId(String id) {
        noteHost();
        learnt += 2;
        out.bootId(id);
    }
}
