package io.xrunlens.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.xrunlens.record.Record;
import io.xrunlens.record.RecordSink;
import java.io.IOException;

/**
 * {@code dmesg --json} (util-linux 2.38+): an object per record, its fields one per line
 * ({@code "pri": 6,} or with -x {@code "fac": "kern", "pri": "info",}, then {@code "time":
 * 535.201598,} and {@code "msg": "…"}). The record is made at its "msg" line with the level
 * and time read on the lines before, so each input needs its own instance ({@link #forInput});
 * the other lines (braces, brackets, fields) are counted as records that hold no message.
 */
final class DmesgJsonFormat implements LogFormat {
    private static final JsonFactory JSON = new JsonFactory();
    private long micros = Record.NO_TIME;
    private int level = -1;

    @Override
    public String name() {
        return "dmesg-json";
    }

    @Override
    public String description() {
        return "dmesg --json (util-linux 2.38+): {\"dmesg\": [{\"pri\": 6, \"time\": 535.201598, \"msg\": \"...\"}, ...]},"
                + " one field a line";
    }

    @Override
    public int score(String line) {
        String t = line.strip();
        if (t.startsWith("\"dmesg\": [") || t.startsWith("\"dmesg\":[")) {
            return 3;
        }
        return t.startsWith("\"msg\": \"") || t.startsWith("\"time\": ") || t.startsWith("\"pri\": ") ? 2 : 0;
    }

    /** Pretty-printed JSON: nobody wraps it by hand. */
    @Override
    public boolean startsRecord(String line) {
        return true;
    }

    @Override
    public LogFormat forInput(int year) {
        return new DmesgJsonFormat();
    }

    @Override
    public void frame(String line, long lineNumber, RecordSink out) {
        String t = line.strip();
        if (t.startsWith("\"msg\":")) {
            String msg = value(t);
            if (msg != null) {
                msg = msg.replace('\n', ' ');
                out.accept(KernelTextFramer.frame(msg, 0, msg.length(), lineNumber, micros, level));
                return;
            }
        } else if (t.startsWith("\"time\":")) {
            micros = time(value(t));
        } else if (t.startsWith("\"pri\":")) {
            String v = value(t);
            level = v == null ? -1 : v.chars().allMatch(Character::isDigit) && !v.isEmpty()
                    ? Integer.parseInt(v.length() > 3 ? "7" : v) & 7 : Clocks.level(v);
        }
        out.skipped(Record.NO_TIME, false);
    }

    /** The value of a line holding one JSON field ("\"time\":   535.201598,"), as text; null if unreadable. */
    private static String value(String field) {
        String body = field.endsWith(",") ? field.substring(0, field.length() - 1) : field;
        try (JsonParser p = JSON.createParser("{" + body + "}")) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
                return null;
            }
            p.nextToken();
            return p.getValueAsString();
        } catch (IOException e) {
            return null;
        }
    }

    /** Seconds ("535.201598") or, with --time-format iso, a date; no clock if neither. */
    private static long time(String v) {
        if (v == null) {
            return Record.NO_TIME;
        }
        if (!v.isEmpty() && Character.isDigit(v.charAt(0)) && v.indexOf('-') < 0) {
            try {
                return Clocks.seconds(v);
            } catch (NumberFormatException e) {
                return Record.NO_TIME;
            }
        }
        return Clocks.iso(v);
    }
}
