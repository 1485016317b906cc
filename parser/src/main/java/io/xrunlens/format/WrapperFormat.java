package io.xrunlens.format;

import io.xrunlens.input.Bytes;
import io.xrunlens.input.LineReader;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.record.Record;
import io.xrunlens.record.RecordSink;
import io.xrunlens.record.TimeStyle;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A format that is a prefix around the kernel's own text: syslog, journald, dmesg -x/-T,
 * /dev/kmsg, logcat, console captures. Each is one row of {@link FormatRegistry}: a pattern
 * for the prefix, how to read its time and level. What follows the prefix is framed like dmesg
 * (a "[ ts]" kept inside by rsyslog wins over the wrapper's clock: it is the kernel's own).
 *
 * <p>A line the pattern does not match (user-space output between kernel lines, a header) is
 * still a record, without time.
 */
final class WrapperFormat implements LogFormat {
    static final ToLongFunction<Matcher> NO_CLOCK = m -> Record.NO_TIME;
    private static final Pattern PRINTED_DAY = Pattern.compile("\\S ( \\d|\\d{1,2}) \\d\\d:");
    static final ToIntFunction<Matcher> NO_LEVEL = m -> -1;

    /**
     * Reads a row's prefix: by hand instead of by the row's regex (the same language: a test
     * holds them equal) for the formats whose logs run to millions of lines, else by the
     * pattern itself ({@link PatternPrefix}).
     */
    interface FastPrefix {
        /**
         * True when {@code line} starts with the prefix; then {@code out}, unless null (only the
         * answer is wanted), says where it ends, its clock and level.
         */
        boolean scan(String line, Scan out);

        /** The same on a line's bytes {@code [from, to)} read as Latin-1; {@code out.end} counts from {@code from}. */
        boolean scan(byte[] line, int from, int to, Scan out);

        /**
         * {@link #scan(String, Scan)}'s answer for a whole line given as bytes that are its text
         * (plain ASCII, no control character): never refused for want of seeing further.
         */
        default boolean scanWhole(byte[] line, int from, int to, Scan out) {
            return scan(line, from, to, out);
        }

        /** Where the prefix at {@code from} ends (counted from {@code from}), or -1 when none starts there. */
        default int end(byte[] line, int from, int to) {
            Scan peek = new Scan();
            return scan(line, from, to, peek) ? peek.end : -1;
        }
    }

    /**
     * The row's pattern as a prefix reader, for the rows with no reader of their own: on text
     * it is the pattern ({@link #readPrefix} tests the first characters and words before it);
     * on a line's first bytes it answers only when the pattern did not need to see past them
     * (else no prefix is read there, and the caller reads the line as text), testing them itself.
     */
    private final class PatternPrefix implements FastPrefix {
        @Override
        public boolean scan(String line, Scan out) {
            Matcher m = matcher(line);
            return m.lookingAt() && read(m, out);
        }

        /** The prefix read last from bytes, and what it gave (see {@link #closedByBracket}). */
        private final byte[] lastPrefix = new byte[PREFIX_VIEW];
        private int lastEnd = -1;
        private long lastMicros;
        private int lastLevel;
        private boolean lastClock;

        @Override
        public boolean scan(byte[] line, int from, int to, Scan out) {
            if (lastEnd > 0 && out != null && out.clock == lastClock && to - from >= lastEnd
                    && Arrays.equals(line, from, from + lastEnd, lastPrefix, 0, lastEnd)) {
                out.end = lastEnd; // the line starts with the prefix before it: the pattern would read it alike
                out.micros = lastMicros;
                out.level = lastLevel;
                out.hostStart = -1; // (a prefix closed by its bracket names no host)
                return true;
            }
            Matcher m = matched(line, from, to);
            if (m == null || !read(m, out)) {
                return false;
            }
            if (closedByBracket && perInput && out != null && out.end <= lastPrefix.length) {
                System.arraycopy(line, from, lastPrefix, 0, out.end);
                lastEnd = out.end;
                lastMicros = out.micros;
                lastLevel = out.level;
                lastClock = out.clock;
            }
            return true;
        }

        @Override
        public boolean scanWhole(byte[] line, int from, int to, Scan out) {
            Matcher m = matcher(BYTES_AS_TEXT.get().of(line, from, to));
            return m.lookingAt() && read(m, out);
        }

        @Override
        public int end(byte[] line, int from, int to) {
            Matcher m = matched(line, from, to);
            return m == null ? -1 : m.end();
        }

        private Matcher matched(byte[] line, int from, int to) {
            if (!mayOpen(line, from, to)) {
                return null;
            }
            Matcher m = matcher(BYTES_AS_TEXT.get().of(line, from, to));
            return m.lookingAt() && !m.hitEnd() ? m : null;
        }

        private boolean read(Matcher m, Scan out) {
            if (out != null) {
                out.end = m.end();
                out.micros = out.clock ? clockOf(m) : Record.NO_TIME;
                out.level = levelOf(m);
                out.hostStart = hostGroup > 0 ? m.start(hostGroup) : -1;
                out.hostEnd = hostGroup > 0 ? m.end(hostGroup) : -1;
            }
            return true;
        }
    }

    /** What a {@link FastPrefix} read: the prefix's end, its clock (as the regex's would read it), its level. */
    static final class Scan {
        int end;
        long micros;
        int level;
        /** Where the host's name lies in the prefix, counted as {@link #end} is; -1 where the row prints none. */
        int hostStart = -1;
        int hostEnd;
        /** False when only the end and level are wanted: a pattern's clock (a date to parse) is then not read. */
        boolean clock = true;
        /**
         * Of a prefix read from a line's bytes, how many of its first bytes were read as UTF-8 text
         * (a month in another script), counted as {@link #end} is; 0 where every byte read is ASCII.
         */
        int utf8End;
    }

    /** What the wrapper's own clock is, and so how its times are shown. */
    enum Clock { MONOTONIC, WALL, YEARLESS, TIME_OF_DAY, NONE }

    /** A printed time of day with its fraction and zone: "10:00:00,201598+01:00", "10:00:00.201 ". */
    private static final Pattern PRINTED_TIME = Pattern.compile("\\d\\d:\\d\\d:\\d\\d(?:[.,](\\d+))?(Z|[+-]\\d\\d:?\\d\\d)?");

    private final String name;
    private final String description;
    private final Pattern prefix;
    /** The number of the pattern's group "host", the machine that printed the line; -1 where it has none. */
    private final int hostGroup;
    private final ToLongFunction<Matcher> clock;
    private final ToIntFunction<Matcher> level;
    private final long resolution;
    private final Pattern bootSeparator;
    private final boolean[] possibleFirst;
    /** Whether a line that opens with the kernel's stamp may open a record of this row ({@link #opensStampedLines}). */
    private final boolean opensStamped;
    /**
     * For two first characters, which third ones a match can go on with: filled in as lines
     * show pairs. A log without stamps (dmesg -t) asks the rows about every line, and a
     * pattern run on "usb 1-1: …" cost more than all else such a line cost, though "usb" rules
     * out every row.
     */
    private final Thirds[] possibleThird;

    /** The third characters a match can go on with; its final field publishes the array whole to other threads. */
    private record Thirds(boolean[] can) {
    }
    /** Set on the per-input copy of a format whose clock prints no year; null otherwise. */
    private final YearlessClock yearless;
    private final boolean withoutYear;
    private final Clock kind;
    /** The row's reader by hand, or null. */
    private final FastPrefix fast;
    /** How the prefix is read: the row's own reader, else its pattern ({@link PatternPrefix}). */
    private final FastPrefix reader;
    /**
     * Words every match of the prefix holds ("kernel: "), or null: a line without them is no
     * record of this format, told without running the pattern. Rows whose month or weekday may
     * be any word run a pattern that tries every split of a line's first words; without this,
     * every line of other text in an input paid for that.
     */
    private final String required;
    /** A cheaper test every match passes ({@link PrefixGuard}), or null. */
    private final PrefixGuard guard;
    /** Reused per instance: a per-input copy is used by one thread. */
    private final Scan scan = new Scan();
    /**
     * This thread's matcher of the prefix, reset to each line: the registry's rows are asked
     * about every line a cut piece may follow, from every reading thread, and a matcher (with
     * its group arrays) per question was most of what such a read allocated.
     */
    private final ThreadLocal<Matcher> matchers;
    /** This thread's view of a line's bytes as characters, for {@link #startsRecord(byte[], int, int)}. */
    private static final ThreadLocal<Latin1Chars> BYTES_AS_TEXT = ThreadLocal.withInitial(Latin1Chars::new);
    /** Only a per-input copy learns from its records; the registry's rows are shared by threads. */
    private final boolean perInput;
    /**
     * Whether the pattern never reads past the line's first "] ", where it ends (dmesg -T's
     * "[Tue Nov 24 10:00:00 2026] "): then a line that starts with the bytes of the prefix read
     * before it has that prefix, and its clock, without the pattern. A one-second clock prints
     * the same prefix on every line of a second. Only a per-input format (or a block's copy,
     * each read by one thread at a time) keeps the prefix it read last.
     */
    private boolean closedByBracket;
    /** Whether the first group of the pattern is a month in any language, the second its day ({@link #monthsInAnyLanguage()}). */
    private boolean monthsInAnyLanguage;
    /**
     * The prefix of another program's line in this format ("Nov 24 10:00:05 host
     * NetworkManager[512]: msg"), or null ({@link #withProgramLines}).
     */
    private Pattern programLine;

    /** Per input: how the first timed record was stamped, by the kernel inside or by the wrapper. */
    private Boolean kernelStamped;
    /** See {@link LogFormat#framingKey}: a block's copy takes its source's. */
    private Object framingKey = this;
    private TimeStyle wrapperStyle;

    WrapperFormat(String name, String description, String prefixRegex, ToLongFunction<Matcher> clock,
                  ToIntFunction<Matcher> level, long resolutionMicros, String bootSeparatorRegex, Clock kind) {
        this.name = name;
        this.kind = kind;
        this.fast = null;
        this.reader = new PatternPrefix();
        this.required = null;
        this.guard = null;
        this.perInput = false;
        this.description = description;
        this.prefix = Pattern.compile(prefixRegex);
        this.hostGroup = groupNumber(prefixRegex, "host");
        this.matchers = matchersOf(prefix);
        this.possibleFirst = possibleFirstCharacters(prefix);
        this.opensStamped = KERNEL_STAMPS.stream().anyMatch(stamp -> mayOpen(prefix.matcher(""), stamp));
        this.possibleThird = new Thirds[128 * 128];
        this.clock = clock;
        this.level = level;
        this.resolution = resolutionMicros;
        this.bootSeparator = bootSeparatorRegex == null ? null : Pattern.compile(bootSeparatorRegex);
        this.yearless = null;
        this.withoutYear = false;
    }

    private WrapperFormat(WrapperFormat f, boolean withoutYear, YearlessClock yearless, boolean perInput) {
        this(f, withoutYear, yearless, perInput, f.fast, f.required, f.guard);
    }

    private WrapperFormat(WrapperFormat f, boolean withoutYear, YearlessClock yearless, boolean perInput,
                          FastPrefix fast, String required, PrefixGuard guard) {
        this.name = f.name;
        this.kind = f.kind;
        this.fast = fast;
        this.reader = fast != null ? fast : new PatternPrefix();
        this.required = required;
        this.guard = guard;
        this.perInput = perInput;
        this.description = f.description;
        this.prefix = f.prefix;
        this.hostGroup = f.hostGroup;
        this.matchers = matchersOf(prefix);
        this.possibleFirst = f.possibleFirst;
        this.opensStamped = f.opensStamped;
        this.possibleThird = f.possibleThird;
        this.clock = f.clock;
        this.level = f.level;
        this.resolution = f.resolution;
        this.bootSeparator = f.bootSeparator;
        this.withoutYear = withoutYear;
        this.yearless = yearless;
        this.closedByBracket = f.closedByBracket;
        this.monthsInAnyLanguage = f.monthsInAnyLanguage;
        this.programLine = f.programLine;
    }

    /** The same format, its prefix read by {@code scanner} instead of the regex. */
    WrapperFormat scannedBy(FastPrefix scanner) {
        return new WrapperFormat(this, withoutYear, yearless, perInput, scanner, required, guard);
    }

    /**
     * The same format, its prefix read by the reader {@code scanner} makes of the row's pattern:
     * a reader by hand of the lines of a plain shape, which leaves the others to the pattern.
     */
    WrapperFormat scannedFirstBy(Function<FastPrefix, FastPrefix> scanner) {
        return scannedBy(scanner.apply(new PatternPrefix()));
    }

    /** The test run before the pattern, or null (tests hold it to the pattern). */
    PrefixGuard guard() {
        return guard;
    }

    /** The same format, its pattern known to end at the line's first "] " (see {@link #closedByBracket}). */
    WrapperFormat closedByBracket() {
        String p = prefix.pattern();
        if (!p.endsWith("\\] ") || p.contains("(?=") || p.contains("(?!") || p.contains("(?<")) {
            throw new IllegalArgumentException("not a pattern closed by its first bracket: " + p);
        }
        WrapperFormat copy = new WrapperFormat(this, withoutYear, yearless, perInput, fast, required, guard);
        copy.closedByBracket = true;
        return copy;
    }

    /**
     * The same format, knowing its other programs' lines: its pattern with {@code kernelPart}
     * (the kernel's tag) written as {@code programPart} (any other program's). A log of this
     * format holds them between the kernel's lines (a whole /var/log/syslog), and their text is
     * no kernel record: NetworkManager's "&lt;info&gt;  [1764064805.1234]" is its own clock, which
     * read as a kernel stamp split the line in two and started a boot.
     */
    WrapperFormat withProgramLines(String kernelPart, String programPart) {
        String p = prefix.pattern();
        if (!p.contains(kernelPart)) {
            throw new IllegalArgumentException("not a part of " + name + "'s prefix: " + kernelPart);
        }
        WrapperFormat copy = new WrapperFormat(this, withoutYear, yearless, perInput, fast, required, guard);
        copy.programLine = Pattern.compile(p.replace(kernelPart, programPart));
        return copy;
    }

    /**
     * Where another program's prefix ends in a line without this format's kernel prefix (its
     * prefix with another program's tag), or -1.
     */
    int programEnd(String line) {
        if (programLine == null) {
            return -1;
        }
        Matcher m = programLine.matcher(line);
        return m.lookingAt() ? m.end() : -1;
    }

    /**
     * The time in another program's prefix, where the kernel's records of this input are placed
     * by the same clock (the wrapper's: no kernel stamp after its prefix), so that a sound
     * server's or a player's line sits among them in time; none where the kernel's records keep
     * their own stamps, a clock since boot that the wrapper's wall clock cannot be set against,
     * or before a kernel record has shown which.
     */
    long programClock(String line) {
        if (!Boolean.FALSE.equals(kernelStamped) || programLine == null) {
            return Record.NO_TIME;
        }
        Matcher m = programLine.matcher(line);
        if (!m.lookingAt()) {
            return Record.NO_TIME;
        }
        long micros = clockOf(m);
        return yearless != null && micros != Record.NO_TIME ? yearless.place(micros) : micros;
    }

    /** The same format, its lines tested by {@code test} before its pattern runs. */
    WrapperFormat guardedBy(PrefixGuard test) {
        return new WrapperFormat(this, withoutYear, yearless, perInput, fast, required, test);
    }

    /**
     * The same format, knowing that every match of its prefix holds {@code literal} as written
     * in the pattern (outside any optional part): lines without it are answered before the
     * pattern runs. Refused for a literal the pattern does not spell.
     */
    WrapperFormat requiring(String literal) {
        if (literal.isEmpty() || !prefix.pattern().contains(literal) || !literal.chars().allMatch(c -> c >= ' ' && c < 0x7f)) {
            throw new IllegalArgumentException("not a literal of " + name + "'s prefix: " + literal);
        }
        return new WrapperFormat(this, withoutYear, yearless, perInput, fast, literal, guard);
    }

    /** Whether the text may hold a match of the prefix, as far as its required words tell. */
    private boolean mayHold(String line) {
        return required == null || line.contains(required);
    }

    /** The fast reader of this row's prefix, if it has one (tests compare it with the regex). */
    FastPrefix fastPrefix() {
        return fast;
    }

    /** The row's pattern as a prefix reader, whatever reads its prefix (tests compare the two). */
    FastPrefix patternReader() {
        return new PatternPrefix();
    }

    /** The same format for a clock that prints no year: each input places its stamps itself. */
    WrapperFormat withoutYear() {
        return new WrapperFormat(this, true, null, false);
    }

    /** A copy for one input: it places year-less stamps and learns how the input shows times. */
    @Override
    public LogFormat forInput(int year) {
        return new WrapperFormat(this, withoutYear, withoutYear ? new YearlessClock(year) : null, true);
    }

    /**
     * Once the input has shown whose clock it keeps (the kernel's inside, or the wrapper's) and
     * where year-less times count from, a line frames alone: blocks may go to other threads.
     */
    @Override
    public boolean lineLocal() {
        return perInput && kernelStamped != null && (yearless == null || yearless.readyForBlocks());
    }

    @Override
    public LogFormat forBlock() {
        WrapperFormat copy = new WrapperFormat(this, withoutYear, yearless == null ? null : yearless.forBlock(), true);
        copy.kernelStamped = kernelStamped;
        copy.wrapperStyle = wrapperStyle;
        copy.framingKey = framingKey;
        return copy;
    }

    @Override
    public Object framingKey() {
        return framingKey;
    }

    @Override
    public boolean follows(LogFormat block) {
        WrapperFormat copy = (WrapperFormat) block;
        boolean follows = yearless == null || yearless.follows(copy.yearless);
        if (follows) { // else the block is framed again by this format, which reads its hosts
            moreHosts |= copy.moreHosts | !hosts.addAll(copy.hosts, MAX_HOSTS);
        }
        return follows;
    }

    /**
     * The hosts whose kernels this input's lines carry, in the order first met (at most
     * {@link #MAX_HOSTS} for the report's note, and whether there were more): a central log
     * server's file holds several machines' lines, each host's analysed on its own
     * ({@link #lineHost} tells the reader whose a line is). Only a per-input format or a
     * block's copy keeps them.
     */
    private final Hosts hosts = new Hosts();
    private boolean moreHosts;
    static final int MAX_HOSTS = 8;

    /** A line's host as its prefix read it ({@link Scan#hostStart}), from its text or its bytes. */
    private void host(CharSequence line, Scan sc) {
        if (perInput && sc.hostStart >= 0) {
            moreHosts |= !hosts.add(line, sc.hostStart, sc.hostEnd, MAX_HOSTS);
        }
    }

    private void host(byte[] line, int from, Scan sc) {
        if (perInput && sc.hostStart >= 0) {
            moreHosts |= !hosts.add(line, from + sc.hostStart, from + sc.hostEnd, MAX_HOSTS);
        }
    }

    @Override
    public String lineHost() {
        return hosts.current();
    }

    /** A report's note when the lines carry several hosts' kernels. */
    @Override
    public List<String> notes() {
        List<String> names = hosts.names();
        if (names.size() < 2) {
            return List.of();
        }
        return List.of("hosts: the kernels of " + (moreHosts ? "more than " : "") + names.size() + " hosts ("
                + String.join(", ", names) + (moreHosts ? ", …" : "") + ") print in this log, each analysed on its own"
                + " (the lines its prefix names)");
    }

    @Override
    public TimeStyle timeStyle() {
        if (Boolean.TRUE.equals(kernelStamped)) {
            return TimeStyle.SECONDS; // rsyslog or a console kept the kernel's "[ 535.201598]"
        }
        if (wrapperStyle != null) {
            return wrapperStyle;
        }
        return kind == Clock.MONOTONIC ? TimeStyle.SECONDS : TimeStyle.NONE;
    }

    /** How the wrapper prints its times, learnt from its first stamp (decimals, zone offset). */
    private TimeStyle styleOf(String prefixText) {
        Matcher t = PRINTED_TIME.matcher(prefixText);
        boolean found = t.find();
        int decimals = found && t.group(1) != null ? t.group(1).length() : 0;
        ZoneOffset offset = ZoneOffset.UTC;
        if (found && t.group(2) != null && !t.group(2).equals("Z")) {
            String z = t.group(2).replace(":", "");
            offset = ZoneOffset.ofHoursMinutes(Integer.parseInt(z.substring(0, 3)),
                    Integer.parseInt(z.charAt(0) + z.substring(3)));
        }
        return switch (kind) {
            case MONOTONIC -> TimeStyle.SECONDS;
            case WALL -> TimeStyle.wall(offset, decimals);
            case YEARLESS -> yearless.relative()
                    ? yearlessStyle(prefixText, decimals)
                    : TimeStyle.wall(ZoneOffset.UTC, decimals);
            case TIME_OF_DAY -> TimeStyle.timeOfDay(decimals);
            case NONE -> TimeStyle.NONE;
        };
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * A wrapper match is more specific than a bare dmesg timestamp, so it scores higher. The
     * first character is tested before the pattern: detection runs on every small file of a
     * triage, and most (format, line) pairs fail on it. Another program's line with this format's
     * prefix scores a little: a sound server's journal holds no kernel line ("Dec 03 10:06:01
     * laptop pipewire[1190]: spa.alsa: …"), and read as dmesg its prefix hid its words.
     */
    @Override
    public int score(String line) {
        return readPrefix(line, null) ? 3 : programEnd(line) >= 0 ? 1 : 0;
    }

    /**
     * Known from the bytes when the prefix is all ASCII and read from the line's first bytes
     * (by the pattern only where it did not need to see past them). The registry's shared
     * instances are asked from any thread: nothing here is kept.
     */
    @Override
    public boolean startsRecord(byte[] line, int from, int to) {
        if (from >= to || line[from] < 0 || !canStartWith((char) line[from])) {
            return false;
        }
        int end = reader.end(line, from, Math.min(to, from + PREFIX_VIEW));
        return end >= 0 && KernelBytes.plainAscii(line, from, from + end); // else the text decides
    }

    /**
     * The number of the group {@code (?<name>…)} of {@code regex}, its capturing groups counted
     * from the left as {@link Matcher#start(int)} counts them; -1 where it has none. Asking a
     * matcher by name looks the name up on every line.
     */
    static int groupNumber(String regex, String name) {
        int at = regex.indexOf("(?<" + name + ">");
        if (at < 0) {
            return -1;
        }
        int groups = 0;
        boolean inClass = false;
        for (int i = 0; i < at; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++; // an escaped character, "\\(" too
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(' && (!regex.startsWith("(?", i) || regex.startsWith("(?<", i)
                    && !regex.startsWith("(?<=", i) && !regex.startsWith("(?<!", i))) {
                groups++;
            }
        }
        return groups + 1;
    }

    private static ThreadLocal<Matcher> matchersOf(Pattern prefix) {
        return ThreadLocal.withInitial(() -> prefix.matcher(""));
    }

    /** This thread's matcher of the prefix, now on {@code text}. */
    private Matcher matcher(CharSequence text) {
        return matchers.get().reset(text);
    }

    /**
     * Whether {@code line} starts with this row's prefix; {@code out}, unless null, then says
     * where it ends, its clock and level. The line's first characters and the row's words are
     * tested first, for the reader by hand as for the pattern: every text path asks here.
     */
    boolean readPrefix(String line, Scan out) {
        return mayStartWith(line) && mayHold(line) && (guard == null || guard.passes(line)) && reader.scan(line, out);
    }

    /**
     * {@link #readPrefix(String, Scan)} of a whole line given as bytes that are its text (plain
     * ASCII, {@link KernelBytes#plainAscii}): the same tests of its first characters and words,
     * then the reader on all of it, so the answer is the text's, yes or no.
     */
    boolean readPrefix(byte[] line, int from, int to, Scan out) {
        return mayOpen(line, from, to) && reader.scanWhole(line, from, to, out);
    }

    /**
     * What {@link #readPrefix(String, Scan)} tests before the reader, on a line's bytes read as
     * Latin-1: its first characters (an ASCII first), the row's words and its guard.
     */
    private boolean mayOpen(byte[] line, int from, int to) {
        return from < to && line[from] >= 0 && canStartWith((char) line[from])
                && (to - from < 3 || canStartWith((char) (line[from] & 0xff), (char) (line[from + 1] & 0xff),
                        (char) (line[from + 2] & 0xff)))
                && (required == null || Bytes.contains(line, required, from, to))
                && (guard == null || guard.passes(BYTES_AS_TEXT.get().of(line, from, to)));
    }

    /** Whether a line may open a record of this row, told by its first characters alone. */
    boolean mayStartWith(String line) {
        return !line.isEmpty() && canStartWith(line.charAt(0))
                && (line.length() < 3 || canStartWith(line.charAt(0), line.charAt(1), line.charAt(2)));
    }

    /** The words every record of this row holds, or null ({@link #requiring}). */
    String requiredWords() {
        return required;
    }

    /**
     * Whether the pattern can match a line starting with these three characters (any line of
     * fewer, or with characters outside ASCII, may): the matcher run on the three alone either
     * wanted more input or failed without, the same test as for the first character.
     */
    private boolean canStartWith(char a, char b, char c) {
        if (a >= 128 || b >= 128 || c >= 128) {
            return true;
        }
        Thirds thirds = possibleThird[a * 128 + b];
        if (thirds == null) {
            boolean[] can = new boolean[128];
            Matcher m = prefix.matcher("");
            for (char x = 0; x < can.length; x++) {
                can[x] = mayOpen(m, new String(new char[] {a, b, x}));
            }
            thirds = new Thirds(can);
            possibleThird[a * 128 + b] = thirds; // the same answer whichever thread makes it first
        }
        return thirds.can()[c];
    }

    /**
     * The kernel's stamps as it prints them, narrow and wide, with a vendor's CPU number: what
     * {@link #opensStampedLines} asks each pattern about (a test tries many more).
     */
    private static final List<String> KERNEL_STAMPS = List.of("[    0.000000]", "[  535.201598]", "[1234567.123456]",
            "[    5.201598@1]", "[5.2]");

    /**
     * Whether a line that opens with the kernel's stamp ("[  535.201598] …") may open a record of
     * this row: its pattern, run on the stamps alone, either matched or wanted more input. Only
     * journalctl's short-monotonic prefix starts so, and rows whose month may be any word; all
     * of them hold "kernel". A plain dmesg line in a file of another format asks only those rows.
     */
    boolean opensStampedLines() {
        return opensStamped;
    }

    /** Whether the pattern can match a line starting with this character. */
    private boolean canStartWith(char c) {
        return c >= possibleFirst.length || possibleFirst[c];
    }

    /**
     * For each ASCII character, whether a line starting with it can still match: the matcher is
     * run on that one character, and {@link Matcher#hitEnd()} says whether it wanted more input
     * (a match is possible) or had already failed. Exact for any pattern, computed once.
     */
    private static boolean[] possibleFirstCharacters(Pattern pattern) {
        boolean[] possible = new boolean[128];
        Matcher m = pattern.matcher("");
        for (char c = 0; c < possible.length; c++) {
            possible[c] = mayOpen(m, String.valueOf(c));
        }
        return possible;
    }

    /**
     * Whether a line that starts with {@code start} may match: the matcher, run on the start
     * alone, matched or wanted more input ({@link Matcher#hitEnd()}); else no line so starting can.
     */
    private static boolean mayOpen(Matcher m, String start) {
        m.reset(start);
        return m.lookingAt() || m.hitEnd();
    }

    /** The prefix pattern (tests check the first-character shortcut against it). */
    Pattern prefix() {
        return prefix;
    }

    @Override
    public long clockResolutionMicros() {
        return resolution;
    }

    /**
     * A line with nothing of ours in it is only counted: its clock, from the prefix or the
     * kernel's stamp inside, is all the boot tracking needs (a timed record is a kernel record,
     * whatever its origin). Lines this cannot decide so cheaply are framed in full.
     */
    @Override
    public void skim(String line, long lineNumber, RecordSink out) {
        if (!perInput || kernelStamped == null || line.startsWith("-- ") || !readPrefix(line, scan)) {
            frame(line, lineNumber, out, false);
            return;
        }
        host(line, scan);
        if (KnowledgeBase.active().drivers().startsWithSound(line, scan.end, line.length())
                || RepeatedMessage.innerStart(line, scan.end, line.length()) >= 0) {
            frame(line, lineNumber, out); // an audio driver's line, or a repeated one: read whether it reports an error
            return;
        }
        long micros = yearless != null ? yearless.place(scan.micros) : scan.micros;
        long stamp = KernelTextFramer.stampAfter(line, scan.end, line.length());
        if (stamp != KernelTextFramer.NOT_FOUND) {
            micros = stamp;
        }
        if (micros == Record.NO_TIME) {
            Record r = KernelTextFramer.frame(line, scan.end, line.length(), lineNumber, micros, scan.level);
            out.skipped(r.micros(), KernelTextFramer.looksKernel(r.driver(), r.device()));
            return;
        }
        out.skipped(micros, true);
    }

    /** Bytes looked at for a prefix read from a line's bytes: syslog prefixes are shorter. */
    private static final int PREFIX_VIEW = 96;

    /**
     * A line of this format once the input has shown whose clock it keeps (its prefix read from
     * the bytes, by hand or by the row's pattern):
     * the kernel's own stamp right after the prefix is the clock and the rest follows it; without
     * one the wrapper's clock (placed in its year, as framing places it: placing a stamp twice
     * is placing it once) stamps the rest after the prefix, and a level in it ("kern  :err   :")
     * goes with it. A line without this row's prefix may open a record of another wrapped
     * format ({@link #inAnotherFormat}). Lines with a prefix that is not plain ASCII, or a boot
     * separator, are framed as text.
     */
    @Override
    public long clockAndRest(byte[] line, int from, int to, int[] split) {
        splitLine = null; // a buffer's next line may sit where an earlier one did
        split[1] = -1;
        if (from < to && line[from] == '[' && !canStartWith('[')) {
            // Plain dmesg's line in a file of this format (logs appended into one): no prefix, so
            // it is framed as one record from its stamp on, which the stamp and the rest decide;
            // a line that may hold records flattened after it is split by its text.
            long stamp = KernelBytes.stampAndRest(line, from, to, split);
            return stamp == KernelTextFramer.NOT_FOUND || KernelBytes.mayHoldAnotherRecord(line, split[0], to)
                    ? NOT_SPLIT : stamp;
        }
        if (!perInput || kernelStamped == null || from == to || line[from] == '-') {
            return NOT_SPLIT;
        }
        int viewEnd = Math.min(to, from + PREFIX_VIEW);
        scan.utf8End = 0;
        if (to - from < 16 || !reader.scan(line, from, viewEnd, scan)) {
            return inAnotherFormat(line, from, to, split);
        }
        int at = from + scan.end;
        if (RepeatedMessage.innerStart(line, at, to) >= 0) {
            return NOT_SPLIT; // rsyslog's "message repeated N times: [ …]": the text path reads the message inside
        }
        int utf8End = from + scan.utf8End; // read as the text path decodes it: no control character may be in it
        if (LineReader.hasControls(line, from, utf8End - from) || !KernelBytes.plainAscii(line, utf8End, at)) {
            return NOT_SPLIT; // a control or a non-ASCII byte the reader read as Latin-1: the text path decides
        }
        long placed = yearless != null ? yearless.place(scan.micros) : scan.micros;
        long stamp = KernelBytes.stampAndRest(line, at, to, split);
        if (stamp == KernelTextFramer.NOT_FOUND && placed == Record.NO_TIME) {
            return NOT_SPLIT;
        }
        if (stamp == KernelTextFramer.NOT_FOUND) {
            split[0] = at;
        }
        splitLine = line;
        splitFrom = from;
        splitTo = to;
        splitAt = stamp != KernelTextFramer.NOT_FOUND ? -1 : at;
        splitPrefixEnd = at;
        splitClock = stamp != KernelTextFramer.NOT_FOUND ? stamp : placed;
        split[1] = scan.level;
        host(line, from, scan);
        return splitClock;
    }

    /**
     * A line with none of this row's prefix, all plain ASCII (its bytes are its text), split
     * where {@link FormatRegistry#frameInAnotherFormat} frames it: after the prefix of the
     * other wrapped format that opens it (logs of several tools appended into one file). A
     * prefix of this row that the first bytes did not show is left to the text.
     */
    private long inAnotherFormat(byte[] line, int from, int to, int[] split) {
        if (!KernelBytes.plainAscii(line, from, to) || readPrefix(line, from, to, null)) {
            return NOT_SPLIT;
        }
        return FormatRegistry.splitInAnotherFormat(line, from, to, split, name);
    }

    /** The line {@link #clockAndRest} split last, and its clock: {@link #skim(byte[], int, int, RecordSink)} reads it. */
    private byte[] splitLine;
    private int splitFrom;
    private int splitTo;
    private long splitClock;
    /** Where the prefix ended, when the clock is the wrapper's (no kernel stamp right after it); else -1. */
    private int splitAt;
    /** Where the prefix ended. */
    private int splitPrefixEnd;

    /**
     * A line {@link #clockAndRest} has just split and no keyword is in: counted with that clock,
     * as {@link #skim(String, long, RecordSink)} would count it, without decoding the line. A
     * control character in it is left to the text path (decoding drops some).
     */
    @Override
    public boolean skim(byte[] line, int from, int to, RecordSink out) {
        if (line != splitLine || from != splitFrom || to != splitTo
                || KnowledgeBase.active().drivers().startsWithSound(line, splitPrefixEnd, to)) {
            return false; // not split here, or an audio driver's line the text path reads
        }
        if (LineReader.hasControls(line, from, to - from)) {
            return false;
        }
        long micros = splitClock;
        if (splitAt >= 0) { // the text's reading finds the kernel's stamp after spaces or a level too
            long inner = KernelBytes.stampAfter(line, splitAt, to);
            micros = inner != KernelTextFramer.NOT_FOUND ? inner : micros;
        }
        out.skipped(micros, true);
        return true;
    }

    @Override
    public void frame(String line, long lineNumber, RecordSink out) {
        frame(line, lineNumber, out, true);
    }

    /** {@link #frame}; {@code programsText}: another program's line is read as its text (not only counted). */
    private void frame(String line, long lineNumber, RecordSink out, boolean programsText) {
        if (bootSeparator != null && line.startsWith("-- ") && bootSeparator.matcher(line).matches()) {
            out.bootSeparator();
        }
        Scan sc = perInput ? scan : new Scan();
        if (!readPrefix(line, sc)) {
            KernelTextFramer.frameLine(line, lineNumber, out, name, this::programEnd, this::programClock, programsText);
            return;
        }
        host(line, sc);
        int end = sc.end;
        int to = line.length();
        int repeated = RepeatedMessage.innerStart(line, end, to);
        if (repeated >= 0) {
            end = repeated; // the message inside rsyslog's "message repeated N times: [ …]"
            to--;
        }
        long micros = sc.micros;
        int lvl = sc.level;
        if (yearless != null) {
            micros = yearless.place(micros);
        }
        Record r = KernelTextFramer.frame(line, end, to, lineNumber, micros, lvl);
        if (perInput && kernelStamped == null && r.hasTime()) {
            // framed again without the wrapper's clock: a time left is the kernel's own (once per input)
            kernelStamped = KernelTextFramer.frame(line, end, to, lineNumber, Record.NO_TIME, -1).hasTime();
            wrapperStyle = kernelStamped ? null : styleOf(line.substring(0, sc.end));
        }
        out.accept(r);
    }

    /**
     * The prefix's clock, or none for a stamp that is no time ("99999999999999999999",
     * month 13): the record is kept and counted, without a clock.
     */
    private long clockOf(Matcher m) {
        try {
            return clock.applyAsLong(m);
        } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
            return Record.NO_TIME;
        }
    }

    private int levelOf(Matcher m) {
        try {
            return level.applyAsInt(m);
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }

    /**
     * A year-less clock's style; a row whose month may be in any language ({@link #monthsInAnyLanguage})
     * writes the first stamp's month as the log wrote it ("Dez", "déc."), so that a time in a
     * report is found in the log with a search.
     */
    private TimeStyle yearlessStyle(String prefixText, int decimals) {
        int month = 0;
        String word = null;
        Matcher m = monthsInAnyLanguage ? prefix.matcher(prefixText) : null;
        if (m != null && m.lookingAt()) {
            word = prefixText.substring(0, m.start(2)).strip(); // the month's words and the dot after them
            month = Clocks.monthAnyLanguage(m.group(1));
        }
        return TimeStyle.yearless(name.equals("logcat"), printedDay(prefixText), decimals, yearless::origin, month,
                month == 0 || word.isEmpty() ? null : word);
    }

    /** The same format, its pattern's first group a month in any language and its second the day. */
    WrapperFormat monthsInAnyLanguage() {
        WrapperFormat copy = new WrapperFormat(this, withoutYear, yearless, perInput, fast, required, guard);
        copy.monthsInAnyLanguage = true;
        return copy;
    }

    /** "Jan 01 10:00:00": "01"; "Jan  1 10:00:00": " 1"; the day as the first stamp prints it. */
    private static String printedDay(String prefix) {
        Matcher m = PRINTED_DAY.matcher(prefix);
        return m.find() ? m.group(1) : "";
    }
}
