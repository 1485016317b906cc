package io.xrunlens.format;

import static io.xrunlens.format.WrapperFormat.NO_CLOCK;
import static io.xrunlens.format.WrapperFormat.NO_LEVEL;

import io.xrunlens.format.WrapperFormat.Clock;

import io.xrunlens.record.Record;
import io.xrunlens.record.RecordSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The formats xrunlens reads, as a table: adding a format is one row here (or one class for a
 * format that is not a prefix), and detection and {@code --input-format} pick it up. The first
 * row wins ties.
 */
public final class FormatRegistry {
    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final String ISO = "(\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?)";
    private static final String JOURNAL_SEPARATOR = "-- (Boot [0-9a-f]+|Reboot) --\\s*";
    /**
     * journalctl: "host kernel: ", or "kernel: " with --no-hostname; BusyBox syslogd adds
     * "kern.info " before the tag. The rows
     * that end in it say so ({@code requiring("kernel: ")}): most lines of other text hold no
     * "kernel: " and are told apart without their patterns.
     */
    private static final String KERNEL_TAG = " (?:(?<host>\\S+) )?(?:kern\\.(\\w+) )?kernel: ";
    /**
     * Any other program's tag where {@link #KERNEL_TAG} stands: "host NetworkManager[512]: ",
     * "host daemon.info dnsmasq[3]: ", "host sudo: " (WrapperFormat#withProgramLines).
     */
    private static final String PROGRAM_TAG = " (?:\\S+ )?(?:\\w+\\.\\w+ )?(?!kernel[:\\[])[^\\s\\[\\]:]+(?:\\[\\d+\\])?: ";
    /**
     * A month of up to three words in any language ("Dez", "de des.", "thg 12") or a number and
     * its suffix ("12月"), then the day: groups month and day.
     */
    private static final String MONTH_AND_DAY_ANY_LANGUAGE =
            "((?:[^\\s\\d]\\S{0,11}?|\\d{1,2}[^\\s\\d]\\S{0,3})(?: \\S{1,11}?){0,2})\\.? +(\\d{1,2})\\.?";
    /** dmesg -T's stamp in any language, "[Di Dez  1 10:00:00 2026] ": groups weekday and month, day, time, year. */
    private static final String CTIME_ANY_LANGUAGE =
            "\\[([^\\]\\d][^\\]]{0,40}?) +(\\d{1,2})\\.? (\\d\\d:\\d\\d:\\d\\d) (\\d{4})\\] ";
    /** dmesg -x's facility and level, "kern  :info  : ": groups the level. */
    private static final String FACILITY_AND_LEVEL =
            "(?:kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|authpriv|ftp|local\\d) *:"
                    + "(emerg|alert|crit|err|warn|notice|info|debug) *: ";

    private static final List<LogFormat> FORMATS = List.of(
            new DmesgFormat(),
            // the weekday and month in the user's language ("[Di Dez  1 ...]", "[二 12月  1 ...]")
            new WrapperFormat("dmesg-T", "dmesg -T in any language: \"[Tue Nov 24 10:00:00 2026] msg\", \"[Di Dez  1"
                    + " 10:00:00 2026] msg\" (one-second clock)",
                    CTIME_ANY_LANGUAGE,
                    m -> Clocks.ctimeAnyLanguage(m.group(1), m.group(2), m.group(3), m.group(4)), NO_LEVEL, 1_000_000L,
                    null, Clock.WALL).guardedBy(PrefixGuard.TIME_IN_BRACKETS).closedByBracket(),
            // the month in any language ("[Dez 1 10:00]"), the delta with a decimal comma in some ("+0,000123")
            new WrapperFormat("dmesg-H", "dmesg -H: \"[Nov24 10:00] msg\" then \"[  +0.000123] msg\" (no absolute"
                    + " clock: log order decides)",
                    "\\[(?:[^\\]\\d\\s+]{2,12}\\.? ?\\d{1,2} \\d\\d:\\d\\d|  *\\+\\d+[.,]\\d+)\\] ", NO_CLOCK, NO_LEVEL, 1,
                    null, Clock.NONE).guardedBy(PrefixGuard.TIME_IN_BRACKETS),
            // -x with -T or -H (before -x alone, which would win the tie): the facility and level, then the
            // stamp of the other flag
            new WrapperFormat("dmesg-x-T", "dmesg -x -T: \"kern  :info  : [Tue Nov 24 10:00:00 2026] msg\" (any language)",
                    FACILITY_AND_LEVEL
                            + CTIME_ANY_LANGUAGE,
                    m -> Clocks.ctimeAnyLanguage(m.group(2), m.group(3), m.group(4), m.group(5)),
                    m -> Clocks.level(m.group(1)), 1_000_000L, null, Clock.WALL).guardedBy(PrefixGuard.TIME_IN_BRACKETS)
                    .closedByBracket(),
            new WrapperFormat("dmesg-x-H", "dmesg -x -H: \"kern  :info  : [Nov24 10:00] msg\" (no absolute clock)",
                    FACILITY_AND_LEVEL
                            + "\\[(?:[^\\]\\d\\s]{1,12}\\d{1,2} \\d\\d:\\d\\d|  *\\+\\d+\\.\\d+)\\] ",
                    NO_CLOCK, m -> Clocks.level(m.group(1)), 1, null, Clock.NONE).guardedBy(PrefixGuard.TIME_IN_BRACKETS),
            new WrapperFormat("dmesg-x", "dmesg -x: \"kern  :info  : [  535.201598] msg\"",
                    FACILITY_AND_LEVEL,
                    NO_CLOCK, m -> Clocks.level(m.group(1)), 1, null, Clock.NONE).scannedBy(new FacilityLevelPrefix()),
            new WrapperFormat("dmesg-delta", "dmesg --time-format delta: \"[<    0.000123>] msg\" (no absolute clock)",
                    "\\[< *\\d+\\.\\d+>\\] ", NO_CLOCK, NO_LEVEL, 1, null, Clock.NONE),
            new WrapperFormat("dmesg-iso", "dmesg --time-format iso: \"2026-11-24T10:00:00,201598+01:00 msg\"",
                    "(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d,\\d{6}[+-]\\d\\d:\\d\\d) (?!(?:\\S+ )?kernel: )",
                    m -> Clocks.iso(m.group(1)), NO_LEVEL, 1, null, Clock.WALL).scannedBy(new DmesgIsoPrefix()),
            new WrapperFormat("kmsg", "/dev/kmsg: \"6,1234,535201598,-;msg\" (continuation lines start with a space)",
                    "(\\d+),\\d+,(\\d+),[^;,]*(?:,[^;]*)?;",
                    m -> Long.parseLong(m.group(2)), m -> Integer.parseInt(m.group(1)) & 7, 1, null, Clock.MONOTONIC)
                            .scannedBy(new KmsgPrefix()),
            new WrapperFormat("journal-monotonic", "journalctl -o short-monotonic: \"[  535.201598] host kernel: msg\"",
                    "\\[ *(\\d+\\.\\d+)\\]" + KERNEL_TAG,
                    m -> Clocks.seconds(m.group(1)), m -> Clocks.level(m.group(3)), 1, JOURNAL_SEPARATOR, Clock.MONOTONIC)
                            .scannedBy(new MonotonicJournalPrefix()).requiring("kernel: ")
                            .withProgramLines(KERNEL_TAG, PROGRAM_TAG),
            // a raw capture of syslog's packets keeps their priority, "<6>Nov 24 …": its low bits are the level
            new WrapperFormat("syslog", "journalctl -k, -o short-precise, rsyslog, BusyBox syslogd:"
                    + " \"[<6>]Nov 24 10:00:00[.201598] host [kern.info ]kernel: msg\"",
                    "(?:<(\\d{1,3})>)?" + MONTH + " +(\\d{1,2}) (\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?)" + KERNEL_TAG,
                    m -> Clocks.syslog(m.group(2), m.group(3), m.group(4)),
                    m -> m.group(6) != null || m.group(1) == null ? Clocks.level(m.group(6)) : Integer.parseInt(m.group(1)) & 7,
                    1_000_000L, JOURNAL_SEPARATOR, Clock.YEARLESS)
                            .withoutYear().scannedBy(new SyslogPrefix()).requiring("kernel: ")
                            .withProgramLines(KERNEL_TAG, PROGRAM_TAG),
            // OpenWrt's logread: ctime's date with its year, then the facility and level before the tag; before
            // "syslog-language", whose any-language month would take the weekday for a month and the year for a host
            new WrapperFormat("logread", "OpenWrt logread: \"Sat Dec  5 10:00:00 2026 kern.info kernel: msg\"",
                    "((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) " + MONTH + ") +(\\d{1,2}) (\\d\\d:\\d\\d:\\d\\d) (\\d{4})"
                            + " kern\\.(\\w+) kernel: ",
                    m -> Clocks.ctimeAnyLanguage(m.group(1), m.group(3), m.group(4), m.group(5)),
                    m -> Clocks.level(m.group(6)), 1_000_000L, null, Clock.WALL).scannedBy(new LogreadPrefix())
                            .requiring(" kernel: ").withProgramLines(" kern\\.(\\w+) kernel: ", PROGRAM_TAG),
            // journalctl and syslog in the user's language ("Dez 01 10:00:00 host kernel: msg"); after
            // "syslog", which the English form (and its fast prefix reader) keeps
            new WrapperFormat("syslog-language", "journalctl -o short[-precise] in any language:"
                    + " \"Dez 01 10:00:00[.201598] host kernel: msg\"",
                    MONTH_AND_DAY_ANY_LANGUAGE
                            + " (\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?)" + KERNEL_TAG,
                    m -> Clocks.syslogAnyLanguage(m.group(1), m.group(2), m.group(3)), m -> Clocks.level(m.group(5)),
                    1_000_000L, JOURNAL_SEPARATOR, Clock.YEARLESS).withoutYear().requiring("kernel: ")
                            .guardedBy(PrefixGuard.SPACE_THEN_TIME).monthsInAnyLanguage()
                            .scannedFirstBy(LanguageSyslogPrefix::new).withProgramLines(KERNEL_TAG, PROGRAM_TAG),
            new WrapperFormat("metalog", "metalog: \"Dec  1 10:00:00 [kernel] msg\" (the month in any language)",
                    MONTH_AND_DAY_ANY_LANGUAGE
                            + " (\\d\\d:\\d\\d:\\d\\d) \\[kernel\\] ",
                    m -> Clocks.syslogAnyLanguage(m.group(1), m.group(2), m.group(3)), NO_LEVEL, 1_000_000L, null,
                    Clock.YEARLESS).withoutYear().requiring("kernel").guardedBy(PrefixGuard.SPACE_THEN_TIME)
                            .monthsInAnyLanguage(),
            new WrapperFormat("journal-unix", "journalctl -o short-unix: \"1764583200.201598 host kernel: msg\"",
                    "(\\d{9,11}\\.\\d{1,9})" + KERNEL_TAG, m -> Clocks.seconds(m.group(1)), m -> Clocks.level(m.group(3)),
                    1, JOURNAL_SEPARATOR, Clock.WALL).scannedBy(new UnixJournalPrefix()).requiring("kernel: ")
                            .withProgramLines(KERNEL_TAG, PROGRAM_TAG),
            new WrapperFormat("journal-full", "journalctl -o short-full: \"Tue 2026-12-01 10:00:00[.201598] CET host"
                    + " kernel: msg\" (the weekday in any language; the zone is not read)",
                    "(?:\\S{1,12} ){1,3}(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?)(?: [A-Za-z][\\w/+-]{1,30}|"
                            + " [+-]\\d{4})?" + KERNEL_TAG,
                    m -> Clocks.iso(m.group(1)), m -> Clocks.level(m.group(3)), 1_000_000L, JOURNAL_SEPARATOR,
                    Clock.WALL).scannedFirstBy(FullJournalPrefix::new).requiring("kernel: ")
                            .guardedBy(PrefixGuard.SPACE_THEN_TIME).withProgramLines(KERNEL_TAG, PROGRAM_TAG),
            new WrapperFormat("syslog-iso", "journalctl -o short-iso[-precise], rsyslog RFC 3339:"
                    + " \"2026-11-24T10:00:00.201598+01:00 host kernel: msg\"",
                    ISO + KERNEL_TAG, m -> Clocks.iso(m.group(1)), m -> Clocks.level(m.group(3)), 1_000_000L,
                    JOURNAL_SEPARATOR, Clock.WALL).scannedBy(new IsoSyslogPrefix()).requiring("kernel: ")
                            .withProgramLines(KERNEL_TAG, PROGRAM_TAG),
            // RFC 5424, as rsyslog forwards and stores it (RSYSLOG_SyslogProtocol23Format) and syslog-ng's
            // syslog() driver: the priority's low three bits are the level (the kernel's facility is 0); a
            // nil stamp ("-") gives no clock
            new WrapperFormat("syslog-5424", "RFC 5424 syslog (rsyslog, syslog-ng):"
                    + " \"<6>1 2026-11-24T10:00:00.201598+01:00 host kernel - - - msg\"",
                    "<(\\d{1,3})>1 (?:" + ISO + "|-) (?<host>\\S+) kernel \\S+ \\S+ (?:-|(?:\\[(?:[^\\]\\\\]|\\\\.)*\\])+) \uFEFF?",
                    m -> m.group(2) == null ? Record.NO_TIME : Clocks.iso(m.group(2)),
                    m -> Integer.parseInt(m.group(1)) & 7, 1_000_000L, null, Clock.WALL).scannedBy(new Rfc5424Prefix())
                            .requiring(" kernel ").withProgramLines(" kernel ", " (?!kernel )\\S+ "),
            new WrapperFormat("journal-trimmed", "journalctl output with date and host cut off, as pasted:"
                    + " \"10:00:00[.201598] kernel: msg\" (clock: time of day)",
                    "(\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?) kernel: ",
                    m -> Clocks.timeOfDay(m.group(1)), NO_LEVEL, 1_000_000L, JOURNAL_SEPARATOR, Clock.TIME_OF_DAY)
                            .scannedBy(new TrimmedJournalPrefix()).requiring("kernel: ")
                            .withProgramLines(" kernel: ", PROGRAM_TAG),
            new WrapperFormat("logcat", "Android logcat -b kernel threadtime: \"11-24 10:00:00.201  0  0 I tag: msg\"",
                    "(\\d\\d)-(\\d\\d) (\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) +\\d+ +\\d+ ([VDIWEF]) (?:kernel\\s*: )?",
                    m -> Clocks.syslog(monthName(m.group(1)), m.group(2), m.group(3)),
                    m -> Clocks.logcatLevel(m.group(4)), 1000, null, Clock.YEARLESS).withoutYear()
                            .scannedBy(new LogcatPrefix()),
            new WrapperFormat("logcat-time", "Android logcat -b kernel -v time: \"11-24 10:00:00.201 I/kernel  (    0): msg\"",
                    "(\\d\\d)-(\\d\\d) (\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) ([VDIWEF])/[^(:]{1,40}\\( *\\d+\\): ",
                    m -> Clocks.syslog(monthName(m.group(1)), m.group(2), m.group(3)),
                    m -> Clocks.logcatLevel(m.group(4)), 1000, null, Clock.YEARLESS).withoutYear()
                            .scannedFirstBy(LogcatTimePrefix::new),
            new WrapperFormat("console", "serial console capture with terminal timestamps:"
                    + " \"[2026-11-24 10:00:00.123] [  535.201598] msg\"",
                    "\\[" + ISO + "\\] ", m -> Clocks.iso(m.group(1)), NO_LEVEL, 1000, null, Clock.WALL)
                            .scannedBy(new ConsolePrefix()),
            new WrapperFormat("console-date", "serial console capture with a terminal's date:"
                    + " \"[01.12.2026 10:00:00.123] msg\", \"[12/01/2026 10:00:00 AM] msg\", \"[2026/12/01 10:00:00] msg\"",
                    "\\[(\\d{1,4}[./]\\d{1,2}[./]\\d{2,4})[ ,T]+(\\d{1,2}:\\d\\d:\\d\\d(?:[.,]\\d+)?)(?: ?([AaPp]\\.?[Mm]\\.?))?\\] ",
                    m -> Clocks.numericDate(m.group(1), m.group(2), m.group(3)), NO_LEVEL, 1000, null, Clock.WALL)
                            .scannedBy(new ConsoleDatePrefix()),
            new JournalJsonFormat(),
            new DmesgJsonFormat(),
            new JournalFieldsFormat());

    private FormatRegistry() {
    }

    /** The formats whose records open with a stamp or a prefix of their own (not the JSON and field ones). */
    private static final LogFormat[] PREFIXED = FORMATS.stream()
            .filter(f -> f instanceof DmesgFormat || f instanceof WrapperFormat).toArray(LogFormat[]::new);

    /**
     * Whether a line opens a record of one of the formats with a stamp or prefix ("[  535.201598] ",
     * "kern  :info  : ", "6,1012,535201598,-;", "11-24 10:00:00.201  0  0 I "), quoted in a mail
     * ("&gt; [  535.201598] ") or not. In an input of another format (logs of several boards
     * appended into one file, a reply that quotes one) such a line is an entry of its own, never
     * a piece of the line before that a terminal cut.
     */
    public static boolean opensRecord(String line) {
        String unquoted = line.substring(MailQuote.end(line));
        for (LogFormat f : PREFIXED) {
            if (f.score(unquoted) > 0) {
                return true;
            }
        }
        return false;
    }

    /** {@link #opensRecord(String)} where the bytes tell it (see {@link LogFormat#startsRecord(byte[], int, int)}). */
    public static boolean opensRecord(byte[] line, int from, int to) {
        int start = MailQuote.end(line, from, to);
        for (LogFormat f : PREFIXED) {
            if (f.startsRecord(line, start, to)) {
                return true;
            }
        }
        return false;
    }

    /** The wrapped formats' rows, asked in turn about a line of none of the input's format. */
    private static final WrapperFormat[] WRAPPED = FORMATS.stream()
            .filter(f -> f instanceof WrapperFormat).map(f -> (WrapperFormat) f).toArray(WrapperFormat[]::new);
    /** For each ASCII first character, the rows (in order) a line starting with it may open a record of. */
    private static final WrapperFormat[][] WRAPPED_BY_FIRST = new WrapperFormat[128][];

    /** The rows, in order, a line opening with the kernel's stamp may open a record of. */
    private static final WrapperFormat[] WRAPPED_STAMPED = Arrays.stream(WRAPPED)
            .filter(WrapperFormat::opensStampedLines).toArray(WrapperFormat[]::new);

    static {
        for (char c = 0; c < 128; c++) {
            String one = String.valueOf(c);
            WRAPPED_BY_FIRST[c] = Arrays.stream(WRAPPED).filter(f -> f.mayStartWith(one))
                    .toArray(WrapperFormat[]::new);
        }
    }

    /**
     * Frames a line that opens a record of one of the wrapped formats ("11-24 10:08:55.201  0  0 I
     * …", "6,1012,535201598,-;…", "Nov 24 10:08:55 host kernel: …") in an input of another: logs
     * of several boards or tools appended into one file. The record is what follows that prefix,
     * with the prefix's level; its clock is the kernel's own stamp after the prefix if there is
     * one, never the prefix's (the input's clock is another), so without one it stands by line
     * order. False, and nothing framed, when no wrapped format's record opens the line.
     */
    static boolean frameInAnotherFormat(String line, long lineNumber, RecordSink out) {
        return frameInAnotherFormat(line, lineNumber, out, null);
    }

    /**
     * The same, not asking the row named {@code asked}: the input's own, whose prefix the line
     * has just been found without (a row gives one answer for a line, whoever asks it).
     */
    static boolean frameInAnotherFormat(String line, long lineNumber, RecordSink out, String asked) {
        if (line.isEmpty()) {
            return false;
        }
        int quoted = MailQuote.end(line);
        if (quoted > 0) {
            return frameQuoted(line.substring(quoted), lineNumber, out);
        }
        // Asked of every line of a log without stamps (dmesg -t) and of every program's line
        // between kernel lines: rows are looked up by the first character, and the word "kernel",
        // which the rows' words hold, is looked for once a line, when a row first needs it.
        char first = line.charAt(0);
        Boolean kernelWord = null;
        WrapperFormat.Scan prefix = null;
        // A plain dmesg line (a log of that format appended) is asked only of the rows a stamp may open.
        WrapperFormat[] rows = first == '[' && KernelTextFramer.timestampAt(line, 0, line.length()) != KernelTextFramer.NOT_FOUND
                ? WRAPPED_STAMPED : first < 128 ? WRAPPED_BY_FIRST[first] : WRAPPED;
        for (WrapperFormat f : rows) {
            if (f.name().equals(asked)) {
                continue;
            }
            String required = f.requiredWords();
            if (required != null && required.contains("kernel")) {
                kernelWord = kernelWord != null ? kernelWord : line.contains("kernel");
                if (!kernelWord) {
                    continue;
                }
            }
            if (prefix == null) {
                prefix = new WrapperFormat.Scan();
                prefix.clock = false; // the other format's clock is not used
            }
            if (f.readPrefix(line, prefix)) {
                out.accept(KernelTextFramer.frame(line, prefix.end, line.length(), lineNumber, Record.NO_TIME,
                        prefix.level));
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #frameInAnotherFormat} of a line all plain ASCII (its bytes are its text), not
     * asking the row named {@code asked}: where the first row whose prefix opens the line puts
     * the rest, as a clock and a rest split ({@link LogFormat#clockAndRest}): the kernel's stamp
     * right after the prefix is the clock and the rest follows it, else the rest has no clock;
     * the level is the prefix's plus {@link LogFormat#ANOTHER_FORMAT}. A line no row opens, with
     * no kernel stamp where a record could start ({@link KernelTextFramer#frameStamped}), is one
     * record without a clock or level: all of it is the rest. NOT_SPLIT for a line that may
     * hold stamped records, and behind a mail's quote markers (the text decides).
     */
    static long splitInAnotherFormat(byte[] line, int from, int to, int[] split, String asked) {
        if (from >= to || MailQuote.end(line, from, to) > from) {
            return LogFormat.NOT_SPLIT;
        }
        int first = line[from];
        WrapperFormat[] rows = first == '[' && KernelBytes.timestampAt(line, from, to) != KernelTextFramer.NOT_FOUND
                ? WRAPPED_STAMPED : WRAPPED_BY_FIRST[first];
        WrapperFormat.Scan prefix = null;
        for (WrapperFormat f : rows) {
            if (f.name().equals(asked)) {
                continue;
            }
            if (prefix == null) {
                prefix = new WrapperFormat.Scan();
                prefix.clock = false; // the other format's clock is not used
            }
            if (f.readPrefix(line, from, to, prefix)) {
                int at = from + prefix.end;
                long stamp = KernelBytes.stampAndRest(line, at, to, split);
                if (stamp == KernelTextFramer.NOT_FOUND) {
                    split[0] = at;
                }
                split[1] = LogFormat.ANOTHER_FORMAT + prefix.level;
                return stamp == KernelTextFramer.NOT_FOUND ? Record.NO_TIME : stamp;
            }
        }
        if (first == '[' || first == '<' || KernelBytes.mayHoldAnotherRecord(line, from, to)
                || KernelBytes.mayRepeatOrigin(line, from, to)) {
            return LogFormat.NOT_SPLIT;
        }
        split[0] = from;
        split[1] = LogFormat.ANOTHER_FORMAT - 1; // framed as another format's rest with no level is
        return Record.NO_TIME;
    }

    /**
     * A record behind a mail's quote markers: a reply that quotes a log, appended to one. Its
     * prefix may be any format's, the input's own too (its clock still unused), or the kernel's
     * stamp alone, which dmesg's framing finds behind the markers as well.
     */
    private static boolean frameQuoted(String rest, long lineNumber, RecordSink out) {
        return frameInAnotherFormat(rest, lineNumber, out, null)
                || KernelTextFramer.stampAfter(rest, 0, rest.length()) != KernelTextFramer.NOT_FOUND
                        && KernelTextFramer.frameStamped(rest, lineNumber, out);
    }

    public static List<LogFormat> all() {
        return FORMATS;
    }

    public static Optional<LogFormat> byName(String name) {
        return FORMATS.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * The format that best explains these first lines of an input; dmesg when nothing does. A
     * tool's labels before the kernel's stamps ({@link LineLabels}) make a format of the input's own.
     */
    public static LogFormat detect(List<String> firstLines) {
        LogFormat best = FORMATS.get(0);
        long bestScore = 0;
        List<LogFormat> candidates = new ArrayList<>(FORMATS);
        Optional.ofNullable(LineLabels.of(firstLines)).ifPresent(candidates::add);
        for (LogFormat f : candidates) {
            long score = 0;
            for (String line : firstLines) {
                score += f.score(line);
            }
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }

    private static String monthName(String number) {
        return List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
                .get(Math.max(0, Math.min(11, Integer.parseInt(number) - 1)));
    }
}
