package io.xrunlens.parser;

import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.format.FormatRegistry;
import io.xrunlens.format.KernelTextFramer;
import io.xrunlens.format.LogFormat;
import io.xrunlens.input.IoProblems;
import io.xrunlens.input.LineBlocks;
import io.xrunlens.input.LineReader;
import io.xrunlens.input.LineSource;
import io.xrunlens.input.ReadStopped;
import io.xrunlens.input.ReplayedLines;
import io.xrunlens.input.TextDecoding;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.paste.PasteCleaner;
import io.xrunlens.record.Record;
import io.xrunlens.record.TimeStyle;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The parsing pipeline of one input: bytes to lines, lines to records (framing by the
 * detected or requested format), records to typed events, each event tagged with its boot.
 * Events stream out in input order; nothing but a few detection lines is held.
 */
public final class LogReader {
    /** Blocks read on the calling thread before the rest goes to the worker threads. */
    static final int BLOCKS_BEFORE_THREADS = 2;

    /**
     * The formats of one machine's own kernel log, whose uptime never goes back by minutes within
     * a boot; a syslog or a journal may interleave several boards' kernel lines, each with its
     * own uptime.
     */
    private static final Set<String> ONE_MACHINES = Set.of("dmesg", "dmesg-x", "kmsg", "dmesg-json", "console");
    /**
     * Hosts of one input analysed apart, at most: a central log server's file of more machines
     * is read so that memory stays bounded, the hosts past these together ({@link #OTHER_HOSTS}).
     */
    static final int MAX_HOSTS_APART = 64;
    /** The name the hosts past {@link #MAX_HOSTS_APART} are analysed under, together. */
    public static final String OTHER_HOSTS = "(other hosts)";
    /** Lines looked at to detect the format; enough to get past a header or a banner. */
    private static final int DETECT_LINES = 64;
    /** A clockless input this long with fewer than one kernel-looking record in {@link #QUOTING_SHARE} is a document. */
    private static final int QUOTING_MIN_LINES = 40;
    private static final int QUOTING_SHARE = 10;
    /** Bytes of text looked at at most, so that huge first lines do not pile up. */
    private static final long DETECT_CHARS = 256 * 1024;

    /**
     * Reading options. An empty format means detect it from the input; {@code year} places the
     * stamps of clocks that print none (syslog, logcat), 0 counts them from the input's first.
     */
    public record Options(int maxLineBytes, Optional<LogFormat> format, int year, boolean live, int blockBytes,
                          long maxUnpacked) {
        public static final int DEFAULT_MAX_LINE = 1 << 20;
        /** No ceiling on what a compressed input may unpack to (the bomb check still holds). */
        public static final long NO_CEILING = Long.MAX_VALUE;
        /** Large inputs are read in blocks of this size on all cores (see {@link BlockReading}). */
        public static final int DEFAULT_BLOCK = 1 << 20;

        public Options(int maxLineBytes, Optional<LogFormat> format) {
            this(maxLineBytes, format, 0, false, DEFAULT_BLOCK, NO_CEILING);
        }

        public Options(int maxLineBytes, Optional<LogFormat> format, int year) {
            this(maxLineBytes, format, year, false, DEFAULT_BLOCK, NO_CEILING);
        }

        /**
         * The same, read in blocks of {@code bytes} on all cores once an input has passed
         * {@link #BLOCKS_BEFORE_THREADS} of them, or on the calling thread only ({@code 0}).
         * Either way the result is the same.
         */
        public Options withBlockBytes(int bytes) {
            return new Options(maxLineBytes, format, year, live, bytes, maxUnpacked);
        }

        /**
         * The same for an input that grows while it is read (xrunlens watch): format detection and
         * paste detection look at the lines at hand instead of waiting for 64, and no line waits
         * for the next to arrive.
         */
        public Options asLive() {
            return new Options(maxLineBytes, format, year, true, blockBytes, maxUnpacked);
        }

        public static Options defaults() {
            return new Options(DEFAULT_MAX_LINE, Optional.empty());
        }

        public Options withYear(int newYear) {
            return new Options(maxLineBytes, format, newYear, live, blockBytes, maxUnpacked);
        }

        /** The same with a ceiling on the bytes a compressed input or archive member may unpack to. */
        public Options withMaxUnpacked(long bytes) {
            return new Options(maxLineBytes, format, year, live, blockBytes, bytes);
        }
    }

    /**
     * One parser per thread, shared by the readers of that thread: ANTLR parsers are not
     * thread-safe, and a triage of many small files would otherwise start every file with an
     * empty memo and run the grammar on every message again.
     */
    private static final ThreadLocal<MessageParser> PARSERS = ThreadLocal.withInitial(MessageParser::new);

    private final Options options;
    private final MessageParser messages = PARSERS.get();
    /** Lines read (and cut at the limit) in blocks on other threads, beside the line reader's own. */
    private long blockLines;
    private long blockTruncated;

    /** Whether lines that pass through untouched are framed from their bytes (tests compare with the text). */
    private boolean fromBytes = true;

    public LogReader(Options options) {
        this.options = options;
    }

    /** This reader, reading every line as text: the plain way, which the fast ways must equal. */
    LogReader readingText() {
        fromBytes = false;
        return this;
    }

    /** This thread's parser. */
    static MessageParser parser() {
        return PARSERS.get();
    }

    /** Reads the whole input, handing each event to {@code sink}; never throws on bad content. */
    public InputSummary read(String name, String compression, InputStream in, EventSink sink) {
        blockLines = 0;
        blockTruncated = 0;
        List<String> notes = new ArrayList<>();
        InputStream text = in;
        IOException failure = null;
        try {
            TextDecoding.Decoded decoded = TextDecoding.of(in);
            text = decoded.stream();
            if (!decoded.note().isEmpty()) {
                notes.add(decoded.note());
            }
        } catch (IOException e) {
            failure = e;
        }
        LineReader physical = new LineReader(text, options.maxLineBytes(), options.live());
        PasteCleaner lines = new PasteCleaner(physical);
        List<String> errors = new ArrayList<>();
        LogFormat format = options.format().orElse(null);
        List<String> head = new ArrayList<>();
        List<Long> headLines = new ArrayList<>();
        try {
            long headChars = 0;
            String line;
            while (head.size() < DETECT_LINES && headChars < DETECT_CHARS && failure == null
                    && (head.isEmpty() || lines.ready()) && (line = lines.next()) != null) {
                head.add(line);
                headLines.add(lines.lineNumber());
                headChars += line.length();
            }
        } catch (IOException e) {
            failure = e; // the lines read so far are still framed and analysed below
        }
        if (format == null) {
            format = FormatRegistry.detect(head);
        }
        int traced = FirmwareTrace.count(head); // a DSP firmware's trace pasted as the log, or into it
        LogFormat reading = format.forInput(options.year()); // the detection above used the shared one
        sink.format(reading);
        Counter counter = new Counter(sink, reading);
        ReplayedLines replayed = new ReplayedLines(head, headLines, failure == null ? lines : null);
        WrapJoiner joiner = WrapJoiner.worthJoining(head, format) ? new WrapJoiner(replayed, format, messages, head) : null;
        LineSource source = joiner == null ? replayed : joiner;
        RecordTyper typer = new RecordTyper(messages, sink.wantsUnknown(), counter);
        // Lines that pass through untouched (no paste layer undone) are framed from their bytes
        // once the lines held for detection are served (and none is held for a join).
        boolean raw = fromBytes && failure == null && lines.passesThrough();
        try {
            String line;
            while (!(raw && replayed.headServed() && lines.holdsNothing()) && (line = source.next()) != null) {
                typer.frame(reading, line, source.lineNumber());
            }
            if (raw) {
                readRest(physical, text, reading, typer, counter, sink.wantsUnknown(), joiner);
            }
        } catch (IOException e) {
            failure = e;
        }
        if (failure != null) {
            // A truncated archive or a failing disk: what was read is still analysed.
            long last = physical.lineNumber() + blockLines;
            String where = last == 0 ? "before its first line" : "after line " + last;
            errors.add(name + (failure instanceof ReadStopped ? ": reading stopped " : ": truncated or corrupt input ")
                    + where + ": " + IoProblems.reason(failure));
        }
        notes.addAll(lines.notes());
        notes.addAll(reading.notes());
        if (traced > 0) {
            notes.add(FirmwareTrace.note(traced, head.size()));
        }
        if (joiner != null) {
            notes.addAll(joiner.notes());
        }
        long read = physical.linesRead() + blockLines;
        // Without a clock, a few lines that look like kernel records among many that do not are a
        // document that quotes a log (a README, notes), not a log: dmesg -t names a device or
        // prints a known message on most lines, a pasted player's session on several.
        boolean quoted = counter.kernelRecords > 0 && counter.timed == 0 && counter.records >= QUOTING_MIN_LINES
                && counter.kernelRecords * QUOTING_SHARE < counter.records;
        boolean kernelLog = counter.kernelRecords > 0 && !quoted || read == 0 || failure != null;
        if (read == 0 && failure == null) {
            notes.add("empty");
        } else if (!kernelLog) {
            // A PNG, a jar, a CSV: told so, not "no failure found".
            errors.add(name + ": not a kernel log (" + (quoted
                    ? "a document: " + counter.kernelRecords + " of its " + read + " lines look like kernel records, none has a clock)"
                    : traced > 0 ? FirmwareTrace.NOTE + ", not the kernel's: give xrunlens the dmesg or journalctl -k of the same run)"
                    : "no kernel record in " + read + (read == 1 ? " line)" : " lines)")));
        }
        return new InputSummary(name, format.name(), compression, read,
                counter.records, counter.parsed, counter.unknown,
                lines.joinedLines() + (joiner == null ? 0 : joiner.joinedLines()), counter.boots(),
                physical.truncatedLines() + blockTruncated,
                List.copyOf(errors), List.copyOf(notes), kernelLog,
                counter.timed == 0 ? TimeStyle.NONE : reading.timeStyle(), counter.audio);
    }

    /**
     * The lines after the detection window, from their bytes; a large input of a format whose
     * lines can be framed apart goes on in blocks on all cores once it has passed
     * {@link #BLOCKS_BEFORE_THREADS} blocks (small inputs, most of a triage, never start a thread;
     * a log whose analysis is heavy needs its calling thread for that from early on).
     */
    private void readRest(LineReader physical, InputStream text, LogFormat format, RecordTyper typer, TypedSink counter,
                          boolean forwardUnknown, WrapJoiner joiner) throws IOException {
        long inBlocksFrom = (long) BLOCKS_BEFORE_THREADS * options.blockBytes();
        boolean blocks = options.blockBytes() > 0 && !options.live() && BlockReading.worthIt()
                && !physical.carriageReturnLines(); // blocks are cut at line feeds
        TailGate gate = joiner == null ? null : new TailGate(physical, joiner);
        while (gate == null ? typer.frameNext(format, physical) : gate.step(format, typer)) {
            // asked here: a wrapper's lines frame alone once the input has shown whose clock it keeps;
            // with cut lines, blocks start where no cut piece can
            if (blocks && physical.bytesRead() >= inBlocksFrom && format.lineLocal() && (gate == null || gate.atCleanCut())) {
                LineBlocks rest = new LineBlocks(physical.takeBuffered(), physical.atEnd(), text, options.maxLineBytes(),
                        options.blockBytes(), joiner == null ? null : joiner::noTail);
                BlockReading.Counts read = BlockReading.read(rest, format, options.maxLineBytes(), forwardUnknown, counter,
                        physical.lineNumber(), joiner);
                blockLines = read.lines();
                blockTruncated = read.truncated();
                if (read.failure() != null) {
                    throw read.failure();
                }
                return;
            }
        }
    }

    /** Frames lines, types records, assigns boots and keeps the counts. */
    private final class Counter implements TypedSink {
        private final EventSink sink;
        private final Supplier<BootTracker> trackers;
        /** The boots of the host whose lines come now; of the only one, in a log that names no host or one. */
        private HostBoots boots;
        /** A log that names several hosts: each host's boots, its reboots not another's. */
        private final Map<String, HostBoots> byHost = new HashMap<>();
        /** Boots numbered so far, across hosts, in the order their first records came. */
        private int numbered;
        private long records;
        private long parsed;
        private long audio;
        private long unknown;
        /** Records with a kernel clock, a typed message or a device name: what makes a kernel log. */
        private long kernelRecords;
        /** Records with a time: none means the input has no clock and is shown by line numbers. */
        private long timed;

        /** {@code format}: the input's, as read; whether its clock is a date, and whose log it is, decide a boot. */
        Counter(EventSink sink, LogFormat format) {
            this.sink = sink;
            this.trackers = () -> new BootTracker(() -> "wall".equals(format.timeStyle().name()),
                    ONE_MACHINES.contains(format.name()));
            this.boots = new HostBoots(null, trackers.get());
        }

        /** The input's boots: each host's, where it names several. */
        int boots() {
            return byHost.size() <= 1 ? boots.tracker.boots() : numbered;
        }

        @Override
        public void host(String name) {
            HostBoots next = byHost.get(name);
            if (next == null) {
                if (byHost.isEmpty()) {
                    next = boots; // the lines before the first host's name are that host's
                    next.name = name;
                    byHost.put(name, next);
                } else if (byHost.size() >= MAX_HOSTS_APART) {
                    // not kept by its name: a log of ever new names must not grow the map
                    next = byHost.computeIfAbsent(OTHER_HOSTS, h -> new HostBoots(h, trackers.get()));
                } else {
                    next = new HostBoots(name, trackers.get());
                    byHost.put(name, next);
                }
            }
            if (next != boots || !next.told) {
                boots = next;
                next.told = true;
                sink.host(next.name);
            }
        }

        @Override
        public void skipped(long micros, boolean hasOrigin) {
            records++;
            unknown++;
            if (micros != Record.NO_TIME || hasOrigin) {
                kernelRecords++;
            }
            timed += micros != Record.NO_TIME ? 1 : 0;
            boots.number(boots.tracker.assign(micros, hasOrigin));
        }

        @Override
        public void bootSeparator() {
            boots.tracker.separator();
        }

        @Override
        public void bootId(String id) {
            if (boots.bootId != null && !boots.bootId.equals(id)) {
                boots.tracker.separator();
            }
            boots.bootId = id;
        }

        /** One host's boots, and the input's number of its current one. */
        private final class HostBoots {
            /** The host's name as the sink is told it (null before the log names one). */
            String name;
            final BootTracker tracker;
            /** The host's own number of its latest boot, and the input's number of it. */
            int latestOwn = -1;
            int latestNumber;
            String bootId;
            /** Whether the sink was told of this host. */
            boolean told;

            HostBoots(String name, BootTracker tracker) {
                this.name = name;
                this.tracker = tracker;
            }

            /**
             * The input's number of the host's boot {@code own}, which only ever grows (a tracker
             * never goes back to a boot): each boot of the host's from its latest gets the next
             * number, so one host's boots keep the tracker's own numbers.
             */
            int number(int own) {
                if (own > latestOwn) {
                    numbered += own - latestOwn;
                    latestOwn = own;
                    latestNumber = numbered - 1;
                }
                return latestNumber;
            }
        }

        @Override
        public void typed(Record record, Message message, long lineOffset) {
            int boot = boots.number(boots.tracker.assign(record, message));
            records++;
            timed += record.hasTime() ? 1 : 0;
            boolean unknownMessage = message instanceof Message.Unknown;
            if (record.hasTime() || !unknownMessage || KernelTextFramer.looksKernel(record.driver(), record.device())) {
                kernelRecords++;
            }
            if (unknownMessage) {
                unknown++; // handed on only to a sink that wants them, or as an audio driver's line
                audio += KnowledgeBase.active().drivers().isSound(record.driver()) ? 1 : 0;
            } else {
                parsed++;
                audio += message.isAudio() ? 1 : 0;
            }
            Record placed = lineOffset == 0 ? record.withBoot(boot) : record.at(record.line() + lineOffset, boot);
            sink.accept(new Event(placed, message));
        }
    }
}
