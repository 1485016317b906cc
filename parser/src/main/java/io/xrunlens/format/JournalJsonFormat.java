package io.xrunlens.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.record.Record;
import io.xrunlens.record.RecordSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * {@code journalctl -o json} and {@code json-seq} (each object after a record separator): one object per line. MESSAGE is a string, or an array of byte
 * values when the text is not valid UTF-8; the kernel's monotonic clock is
 * _SOURCE_MONOTONIC_TIMESTAMP (µs); a change of _BOOT_ID starts a boot. _HOSTNAME names the
 * machine (a journal merged from several, {@code journalctl --merge} or systemd-journal-remote's),
 * whose lines are analysed apart: the shared format is stateless, and an input's copy (and each
 * block's) keeps the host its last entry named.
 */
final class JournalJsonFormat implements LogFormat {
    private static final JsonFactory JSON = new JsonFactory();
    /** Null for the shared format; an input's or a block's own copy's hosts. */
    private final Hosts hosts;
    /** The input's copy, whose memos its blocks' copies share ({@link #framingKey}). */
    private final Object key;
    /**
     * The line whose message a copy (read by one thread) was asked for last, where it lay and
     * what it gave: the reader asks for a line's message, then skims it. Taken once.
     */
    private byte[] lastLine;
    private int lastFrom;
    private int lastTo;
    private JournalJsonBytes last;
    /**
     * The boot id this copy handed on last, and the host the entry that named it named (as
     * printed): a line that names another boot or host is not split ({@link #clockAndRest}), so
     * that the text path or the skim hands its id on, to its own host's boots. Forgotten at an
     * entry that names no boot.
     */
    private String bootSaid;
    private String bootHost;

    JournalJsonFormat() {
        this(null, null);
    }

    private JournalJsonFormat(Hosts hosts, Object key) {
        this.hosts = hosts;
        this.key = key == null ? this : key;
    }

    @Override
    public LogFormat forInput(int year) {
        return new JournalJsonFormat(new Hosts(), null);
    }

    @Override
    public LogFormat forBlock() {
        return hosts == null ? this : new JournalJsonFormat(new Hosts(), key);
    }

    @Override
    public Object framingKey() {
        return key;
    }

    @Override
    public String lineHost() {
        return hosts == null ? null : hosts.current();
    }

    /**
     * Notes the entry's machine before anything of it is handed on (its boot is that machine's);
     * the names kept are bounded as a syslog's are, the reader bounds the hosts analysed apart.
     */
    private void host(String host) {
        if (hosts != null && host != null && !host.isEmpty()) {
            hosts.add(host, 0, host.length(), WrapperFormat.MAX_HOSTS);
        }
    }

    @Override
    public String name() {
        return "journal-json";
    }

    @Override
    public String description() {
        return "journalctl -o json: one object per line with MESSAGE, PRIORITY, _SOURCE_MONOTONIC_TIMESTAMP";
    }

    @Override
    public int score(String line) {
        String l = withoutSeparator(line);
        return l.startsWith("{") && l.contains("\"MESSAGE\"") ? 3 : 0;
    }

    /** json-seq puts the record separator (RS, 0x1e) before each object; decoding writes it "\\x1e". */
    private static String withoutSeparator(String line) {
        if (line.startsWith("\\x1e")) {
            return line.substring(4);
        }
        return !line.isEmpty() && line.charAt(0) == '\u001e' ? line.substring(1) : line;
    }

    /** Each line is one whole entry, framed from it alone: blocks of lines may be framed on all cores. */
    @Override
    public boolean lineLocal() {
        return true;
    }

    /** One JSON object per line: nobody wraps these by hand. */
    @Override
    public boolean startsRecord(String line) {
        return true;
    }

    @Override
    public void frame(String line, long lineNumber, RecordSink out) {
        String entry = withoutSeparator(line);
        byte[] b = entry.getBytes(StandardCharsets.UTF_8);
        JournalJsonBytes plain = JournalJsonBytes.read(b, 0, b.length);
        if (plain != null) { // read by hand as the parser reads it, at a fraction of the cost
            host(plain.host);
            boot(plain.boot, plain.host, out);
            String msg = new String(b, plain.messageStart, plain.messageEnd - plain.messageStart, StandardCharsets.UTF_8);
            out.accept(KernelTextFramer.frame(msg, 0, msg.length(), lineNumber, plain.micros, plain.level));
            return;
        }
        Entry e = parse(entry);
        if (e == null || e.message == null) {
            KernelTextFramer.frameLine(line, lineNumber, out);
            return;
        }
        host(e.host);
        boot(e.boot, e.host, out);
        String msg = e.message.replace('\n', ' ');
        out.accept(KernelTextFramer.frame(msg, 0, msg.length(), lineNumber, e.micros, e.level));
    }

    /**
     * A line that holds no message of ours (the reader's probe of its bytes said so), counted
     * from its bytes as {@link #skim(String, long, RecordSink)} counts it: its boot, then one
     * record at its monotonic time. Most lines of a journal are such. Left to the text path: a
     * line with an escape or a control character (decoding may change what the probe read), a
     * MESSAGE of bytes or with its own stamp or level ("[  535.2]", "&lt;6&gt;"), one without a
     * monotonic time (its origin decides how it counts), and an audio driver's line.
     */
    @Override
    public boolean skim(byte[] line, int from, int to, RecordSink out) {
        JournalJsonBytes e;
        if (line == lastLine && from == lastFrom && to == lastTo) {
            e = last; // the line whose message was just asked for (the buffer is not refilled between)
            lastLine = null;
        } else {
            e = JournalJsonBytes.read(line, from, to);
        }
        if (e == null) {
            return false;
        }
        int start = e.messageStart;
        while (start < e.messageEnd && line[start] == ' ') {
            start++;
        }
        if (e.micros == Record.NO_TIME || start < e.messageEnd && (line[start] == '[' || line[start] == '<')
                || KnowledgeBase.active().drivers().startsWithSound(line, start, e.messageEnd)) {
            return false;
        }
        host(e.host);
        boot(e.boot, e.host, out);
        out.skipped(e.micros, true);
        return true;
    }

    /**
     * Hands a line's boot id on where it is not the one this copy handed on last for the same
     * host (the shared format, which keeps nothing, hands every one on): a boot's id names it
     * once for each run of its host's entries, and a line that hands one on is no line whose
     * rest a reader may keep.
     */
    private void boot(String id, String host, RecordSink out) {
        if (id != null && !saidLast(id, host)) {
            out.bootId(id);
        }
        bootSaid = hosts == null ? null : id; // the shared format keeps nothing
        bootHost = host;
    }

    private boolean saidLast(String id, String host) {
        return id.equals(bootSaid) && Objects.equals(host, bootHost);
    }

    /**
     * A plain entry (as {@link JournalJsonBytes} reads it) of the boot this copy handed on last,
     * with a monotonic time and a MESSAGE with no stamp or level of its own: that time, and its
     * MESSAGE as the rest, at its PRIORITY's level ({@code split[2]}: MESSAGE's end; the fields
     * after it are no part of it). Its rest reads as the text path frames MESSAGE: with the
     * entry's time and level. Every other line is framed whole.
     */
    @Override
    public long clockAndRest(byte[] line, int from, int to, int[] split) {
        if (hosts == null) {
            return NOT_SPLIT; // the shared format keeps no boot
        }
        JournalJsonBytes e = JournalJsonBytes.read(line, from, to);
        lastLine = line; // for the skim that may come next
        lastFrom = from;
        lastTo = to;
        last = e;
        if (e == null || e.micros == Record.NO_TIME || e.boot == null || !saidLast(e.boot, e.host)) {
            return NOT_SPLIT;
        }
        int start = e.messageStart;
        while (start < e.messageEnd && line[start] == ' ') {
            start++;
        }
        if (start < e.messageEnd && (line[start] == '[' || line[start] == '<')) {
            return NOT_SPLIT;
        }
        host(e.host);
        split[0] = e.messageStart;
        split[1] = e.level;
        split[2] = e.messageEnd;
        return e.micros;
    }

    /**
     * MESSAGE's text, where a plain entry's bytes hold it as is (no escape, no control character).
     * Asked of a line {@link #clockAndRest} did not split, right after it read the entry.
     */
    @Override
    public boolean messageSpan(byte[] line, int from, int to, int[] span) {
        JournalJsonBytes e = line == lastLine && from == lastFrom && to == lastTo ? last : JournalJsonBytes.read(line, from, to);
        if (hosts != null) { // kept for the skim that comes next, if it does
            lastLine = line;
            lastFrom = from;
            lastTo = to;
            last = e;
        }
        if (e == null) {
            return false;
        }
        span[0] = e.messageStart;
        span[1] = e.messageEnd;
        return true;
    }

    /** The fields we use of one journal entry. */
    static final class Entry {
        String message;
        String boot;
        String host;
        long micros = Record.NO_TIME;
        long fallbackMicros = Record.NO_TIME;
        int level = -1;
    }

    /** The entry a line holds, read by the JSON parser (tests hold {@link JournalJsonBytes} to it); null for no object. */
    static Entry parse(String line) {
        try (JsonParser p = JSON.createParser(line)) {
            return read(p);
        } catch (IOException ex) {
            return null; // not JSON: framed as a plain line
        }
    }

    /** An entry's fields, or null when the line is no object. */
    private static Entry read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Entry e = new Entry();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "MESSAGE" -> e.message = value == JsonToken.START_ARRAY ? bytes(p) : p.getValueAsString();
                case "PRIORITY" -> e.level = parseInt(p.getValueAsString());
                case "_SOURCE_MONOTONIC_TIMESTAMP" -> e.micros = parseLong(p.getValueAsString());
                case "__MONOTONIC_TIMESTAMP" -> e.fallbackMicros = parseLong(p.getValueAsString());
                case "_BOOT_ID" -> e.boot = p.getValueAsString();
                case "_HOSTNAME" -> e.host = p.getValueAsString();
                default -> p.skipChildren();
            }
        }
        if (e.micros == Record.NO_TIME) {
            e.micros = e.fallbackMicros;
        }
        return e;
    }

    private static String bytes(JsonParser p) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (p.nextToken() == JsonToken.VALUE_NUMBER_INT) {
            b.write(p.getIntValue());
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private static int parseInt(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s) & 7;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long parseLong(String s) {
        try {
            return s == null ? Record.NO_TIME : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Record.NO_TIME;
        }
    }
}
