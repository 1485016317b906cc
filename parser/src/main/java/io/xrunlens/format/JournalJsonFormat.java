package io.xrunlens.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.xrunlens.input.Bytes;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.record.Record;
import io.xrunlens.record.RecordSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code journalctl -o json} and {@code json-seq} (each object after a record separator): one object per line. MESSAGE is a string, or an array of byte
 * values when the text is not valid UTF-8; the kernel's monotonic clock is
 * _SOURCE_MONOTONIC_TIMESTAMP (µs); a change of _BOOT_ID starts a boot. Stateless, like every
 * format: formats are shared between threads and inputs.
 */
final class JournalJsonFormat implements LogFormat {
    private static final JsonFactory JSON = new JsonFactory();

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
        for (int i = from; i < to; i++) {
            byte c = line[i];
            if (c >= 0 && c < 0x20 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        Entry e = new Entry();
        int[] message = {-1, -1};
        try (JsonParser p = JSON.createParser(line, from, to - from)) {
            if (!read(p, e, message)) {
                return false;
            }
        } catch (IOException ex) {
            return false;
        }
        int quote = from + message[0];
        if (quote >= to || line[quote] != '"') {
            return false;
        }
        // no escape in the line: the string's bytes run from after its quote to the next quote
        message[0] = quote + 1;
        message[1] = Bytes.indexOf(line, (byte) '"', message[0], to);
        if (message[1] < 0) {
            return false;
        }
        int start = message[0];
        while (start < message[1] && line[start] == ' ') {
            start++;
        }
        if (e.micros == Record.NO_TIME || start < message[1] && (line[start] == '[' || line[start] == '<')
                || KnowledgeBase.active().drivers().startsWithSound(line, start, message[1])) {
            return false;
        }
        if (e.boot != null) {
            out.bootId(e.boot);
        }
        out.skipped(e.micros, true);
        return true;
    }

    /**
     * Reads an entry's fields from bytes; MESSAGE's text is not made, only where its opening
     * quote lies ({@code message[0]}, from the parser's start). False unless MESSAGE is a string.
     */
    private static boolean read(JsonParser p, Entry e, int[] message) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "MESSAGE" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        return false;
                    }
                    message[0] = (int) p.currentTokenLocation().getByteOffset(); // its opening quote
                }
                case "PRIORITY" -> e.level = parseInt(p.getValueAsString());
                case "_SOURCE_MONOTONIC_TIMESTAMP" -> e.micros = parseLong(p.getValueAsString());
                case "__MONOTONIC_TIMESTAMP" -> e.fallbackMicros = parseLong(p.getValueAsString());
                case "_BOOT_ID" -> e.boot = p.getValueAsString();
                default -> p.skipChildren();
            }
        }
        if (e.micros == Record.NO_TIME) {
            e.micros = e.fallbackMicros;
        }
        return message[0] >= 0;
    }

    /** The fields we use of one journal entry. */
    private static final class Entry {
        String message;
        String boot;
        long micros = Record.NO_TIME;
        long fallbackMicros = Record.NO_TIME;
        int level = -1;
    }

    private static Entry parse(String line) {
        try (JsonParser p = JSON.createParser(line)) {
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
                    default -> p.skipChildren();
                }
            }
            if (e.micros == Record.NO_TIME) {
                e.micros = e.fallbackMicros;
            }
            return e;
        } catch (IOException ex) {
            return null; // not JSON: framed as a plain line
        }
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
