package io.xrunlens.format;

import static io.xrunlens.format.KernelTextFramer.nextRecordStart;

import io.xrunlens.input.Bytes;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.record.Record;
import io.xrunlens.record.RecordSink;

/**
 * Plain {@code dmesg}: "[  535.201598] imx-sdma 20ec000.sdma: msg", also with {@code -r}
 * ("&lt;6&gt;[...]"). Records flattened onto one line, as logs pasted into mail or a bug
 * tracker are, are split again at every timestamp that follows a space.
 */
public final class DmesgFormat implements LogFormat {
    @Override
    public String name() {
        return "dmesg";
    }

    @Override
    public String description() {
        return "dmesg, -r, -d, -t, /proc/kmsg: \"[  535.201598] imx-sdma 20ec000.sdma: msg\";"
                + " records flattened onto one line are split";
    }

    @Override
    public int score(String line) {
        int i = KernelTextFramer.skipSpaces(line, 0, line.length());
        if (i < line.length() && line.charAt(i) == '<') {
            int close = line.indexOf('>', i);
            i = close < 0 ? i : close + 1;
        }
        return KernelTextFramer.timestampAt(line, i, line.length()) != KernelTextFramer.NOT_FOUND ? 2 : 0;
    }

    @Override
    public void frame(String line, long lineNumber, RecordSink out) {
        if (!KernelTextFramer.frameStamped(line, lineNumber, out)) {
            KernelTextFramer.frameLine(line, lineNumber, out);
        }
    }

    /** Counts the records of the line and reads their clocks, without building them. */
    @Override
    public void skim(String line, long lineNumber, RecordSink out) {
        for (int r = nextRecordStart(line, 0); r >= 0; r = nextRecordStart(line, line.indexOf(']', r) + 1)) {
            if (KnowledgeBase.active().drivers().startsWithSound(line, line.indexOf(']', r) + 1, line.length())) {
                frame(line, lineNumber, out); // an audio driver's line: read whether it reports an error
                return;
            }
        }
        int start = nextRecordStart(line, 0);
        if (start < 0) {
            if (!FormatRegistry.frameInAnotherFormat(line, lineNumber, out)) { // (as framing would)
                if (KernelTextFramer.nextOriginRepeat(line, 0) >= 0) {
                    KernelTextFramer.frameUnstamped(line, lineNumber, out); // records joined onto the line
                    return;
                }
                out.skipped(Record.NO_TIME, KernelTextFramer.hasKernelOrigin(line, 0, line.length()));
            }
            return;
        }
        if (KernelTextFramer.hasLeadIn(line, start)) {
            out.skipped(Record.NO_TIME, KernelTextFramer.hasKernelOrigin(line, 0, start));
        }
        while (start >= 0) {
            int at = line.charAt(start) == '<' ? line.indexOf('[', start) : start;
            out.skipped(KernelTextFramer.timestampAt(line, at, line.length()), true);
            start = nextRecordStart(line, line.indexOf(']', start) + 1);
        }
    }

    /**
     * The common line, "[  535.201598] text" or "&lt;6&gt;[  535.201598] text", read from its bytes:
     * one record at the line's start, no other "[" where a flattened record could start and no
     * control character. Any other line is left to the text path, which cleans controls, splits
     * flattened records and reads lead-ins.
     */
    @Override
    public boolean skim(byte[] line, int from, int to, RecordSink out) {
        int at = from;
        if (at < to && line[at] == '<') {
            int close = at + 1;
            while (close < to && close - at <= 3 && line[close] >= '0' && line[close] <= '9') {
                close++;
            }
            if (close == at + 1 || close + 1 >= to || line[close] != '>' || line[close + 1] != '[') {
                return false;
            }
            at = close + 1;
        }
        long micros = KernelBytes.timestampAt(line, at, to);
        if (micros == KernelTextFramer.NOT_FOUND) {
            return false;
        }
        int close = Bytes.indexOf(line, (byte) ']', at, to);
        for (int i = from; i < to; i++) {
            byte c = line[i];
            if (c >= 0 && c < 0x20 || c == 0x7f) {
                return false;
            }
            if (c == '[' && i > close && (line[i - 1] == ' ' || line[i - 1] == '>' || KernelBytes.printkStampAt(line, i, to))) {
                return false; // maybe a second record flattened onto the line
            }
        }
        if (KnowledgeBase.active().drivers().startsWithSound(line, close + 1, to)) {
            return false; // an audio driver's line: the text path reads whether it reports an error
        }
        out.skipped(micros, true);
        return true;
    }

    /** A stamp at the start ("&lt;6&gt;" and spaces allowed before it), with no control character up to its "]". */
    @Override
    public boolean startsRecord(byte[] line, int from, int to) {
        return KernelBytes.stampAfter(line, from, to) != KernelTextFramer.NOT_FOUND
                && KernelBytes.plainAscii(line, from, Bytes.indexOf(line, (byte) ']', from, to));
    }

    /**
     * "[  535.201598]" at the line's start, and what follows it: framing reads the stamp, then
     * everything after its first "]" (origin, text, records flattened after it) from the rest.
     * A line all plain ASCII with no stamp where a record could start, as framing looks for
     * them first, is split after the prefix of another wrapped format that opens it (a syslog
     * or logcat appended), as framing then reads it ({@link FormatRegistry#splitInAnotherFormat}).
     */
    @Override
    public long clockAndRest(byte[] line, int from, int to, int[] split) {
        split[1] = -1;
        long micros = KernelBytes.stampAndRest(line, from, to, split);
        if (micros != KernelTextFramer.NOT_FOUND) {
            return micros;
        }
        if (from < to && line[from] != '[' && line[from] != '<' && KernelBytes.plainAscii(line, from, to)
                && !KernelBytes.mayHoldAnotherRecord(line, from, to)) {
            return FormatRegistry.splitInAnotherFormat(line, from, to, split, null);
        }
        return NOT_SPLIT;
    }

    @Override
    public boolean lineLocal() {
        return true;
    }

}
