package io.xrunlens.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.xrunlens.input.Bytes;
import io.xrunlens.input.LineReader;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.record.Record;
import io.xrunlens.record.RecordSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
    private void host(Entry e) {
        if (hosts != null && e.host != null && !e.host.isEmpty()) {
            hosts.add(e.host, 0, e.host.length(), WrapperFormat.MAX_HOSTS);
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
        Entry e = parse(withoutSeparator(line));
        if (e == null || e.message == null) {
            KernelTextFramer.frameLine(line, lineNumber, out);
            return;
        }
        host(e);
        if (e.boot != null) {
            out.bootId(e.boot);
        }
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
        if (LineReader.hasControls(line, from, to - from) || Bytes.indexOf(line, (byte) '\\', from, to) >= 0) {
            return false;
        }
        Entry e;
        try (JsonParser p = JSON.createParser(line, from, to - from)) {
            e = read(p, false);
        } catch (IOException ex) {
            return false;
        }
        int quote = e == null || e.messageAt < 0 ? to : from + e.messageAt;
        if (quote >= to || line[quote] != '"') {
            return false;
        }
        // no escape in the line: the string's bytes run from after its quote to the next quote
        int end = Bytes.indexOf(line, (byte) '"', quote + 1, to);
        if (end < 0) {
            return false;
        }
        int start = quote + 1;
        while (start < end && line[start] == ' ') {
            start++;
        }
        if (e.micros == Record.NO_TIME || start < end && (line[start] == '[' || line[start] == '<')
                || KnowledgeBase.active().drivers().startsWithSound(line, start, end)) {
            return false;
        }
        host(e);
        if (e.boot != null) {
            out.bootId(e.boot);
        }
        out.skipped(e.micros, true);
        return true;
    }

    /** The fields we use of one journal entry. */
    private static final class Entry {
        String message;
        /** Where MESSAGE's string opens, in bytes from the parser's start, when read from bytes; else -1. */
        int messageAt = -1;
        String boot;
        String host;
        long micros = Record.NO_TIME;
        long fallbackMicros = Record.NO_TIME;
        int level = -1;
    }

    private static Entry parse(String line) {
        try (JsonParser p = JSON.createParser(line)) {
            return read(p, true);
        } catch (IOException ex) {
            return null; // not JSON: framed as a plain line
        }
    }

    /**
     * An entry's fields, or null when the line is no object. With {@code text}, MESSAGE's text;
     * else only where its opening quote lies ({@link Entry#messageAt}), its text never made.
     */
    private static Entry read(JsonParser p, boolean text) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Entry e = new Entry();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "MESSAGE" -> {
                    if (text) {
                        e.message = value == JsonToken.START_ARRAY ? bytes(p) : p.getValueAsString();
                    } else if (value == JsonToken.VALUE_STRING) {
                        e.messageAt = (int) p.currentTokenLocation().getByteOffset();
                    } else {
                        e.messageAt = -1;
                        p.skipChildren();
                    }
                }
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
