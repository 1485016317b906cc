package io.xrunlens.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.xrunlens.record.Record;
import io.xrunlens.record.RecordSink;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * journalctl's field-per-line outputs: {@code -o verbose} (an entry's date line, then
 * "    FIELD=value"), {@code -o export} ("FIELD=value", entries apart by a blank line) and
 * {@code -o json-pretty} ("\t\"FIELD\" : \"value\","). The record is made at the MESSAGE line
 * with the clock and level read before it in the same entry (the kernel's monotonic stamp, else
 * the journal's, else verbose's date line), so each input needs its own instance; the other
 * lines are counted as records that hold no message.
 */
final class JournalFieldsFormat implements LogFormat {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(?:\"([A-Z_][A-Z0-9_]*)\"\\s*:\\s*(.*?),?|([A-Z_][A-Z0-9_]*)=(.*))$");
    /** verbose's entry line: "Tue 2026-12-01 10:00:00.201598 CET [s=…]". */
    private static final Pattern VERBOSE_DATE = Pattern.compile(
            "^\\S+ (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?)(?: \\S+)? \\[s=");
    private long kernelMicros = Record.NO_TIME;
    private long journalMicros = Record.NO_TIME;
    private long dateMicros = Record.NO_TIME;
    private int level = -1;

    @Override
    public String name() {
        return "journal-fields";
    }

    @Override
    public String description() {
        return "journalctl -o verbose, export, json-pretty: one field a line (\"    MESSAGE=msg\", \"\\t\\\"MESSAGE\\\" : \\\"msg\\\",\")";
    }

    @Override
    public int score(String line) {
        Matcher m = FIELD.matcher(line);
        if (!m.matches()) {
            return VERBOSE_DATE.matcher(line).find() ? 2 : 0;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(3);
        return switch (name) {
            case "MESSAGE", "__CURSOR", "_BOOT_ID", "_TRANSPORT", "__MONOTONIC_TIMESTAMP", "_SOURCE_MONOTONIC_TIMESTAMP",
                 "__REALTIME_TIMESTAMP", "SYSLOG_IDENTIFIER" -> 2;
            default -> 0;
        };
    }

    @Override
    public boolean startsRecord(String line) {
        return true;
    }

    @Override
    public LogFormat forInput(int year) {
        return new JournalFieldsFormat();
    }

    @Override
    public void frame(String line, long lineNumber, RecordSink out) {
        Matcher date = VERBOSE_DATE.matcher(line);
        if (date.find()) {
            newEntry();
            dateMicros = Clocks.iso(date.group(1));
        } else if (line.isBlank() || line.strip().equals("{")) {
            newEntry();
        } else {
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                boolean json = m.group(1) != null;
                String name = json ? m.group(1) : m.group(3);
                String value = json ? jsonValue(m.group(2)) : m.group(4);
                if (value != null && field(name, value, lineNumber, out)) {
                    return;
                }
            }
        }
        out.skipped(Record.NO_TIME, false);
    }

    private void newEntry() {
        kernelMicros = Record.NO_TIME;
        journalMicros = Record.NO_TIME;
        dateMicros = Record.NO_TIME;
        level = -1;
    }

    /** Takes one field; true when it made the entry's record (its MESSAGE). */
    private boolean field(String name, String value, long lineNumber, RecordSink out) {
        switch (name) {
            case "_SOURCE_MONOTONIC_TIMESTAMP" -> kernelMicros = number(value);
            case "__MONOTONIC_TIMESTAMP" -> journalMicros = number(value);
            case "PRIORITY" -> level = (int) Math.max(-1, Math.min(7, number(value)));
            case "_BOOT_ID" -> out.bootId(value);
            case "MESSAGE" -> {
                long micros = kernelMicros != Record.NO_TIME ? kernelMicros
                        : journalMicros != Record.NO_TIME ? journalMicros : dateMicros;
                String msg = value.replace('\n', ' ');
                out.accept(KernelTextFramer.frame(msg, 0, msg.length(), lineNumber, micros, level));
                return true;
            }
            default -> {
            }
        }
        return false;
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return Record.NO_TIME;
        }
    }

    private static String jsonValue(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken t = p.nextToken();
            return t == null || t.isStructStart() ? null : p.getValueAsString();
        } catch (IOException e) {
            return null;
        }
    }
}
