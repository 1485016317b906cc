package io.xrunlens.parser;

import io.xrunlens.input.ControlChars;
import io.xrunlens.record.TimeStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * What was read from one input, counted so that nothing can silently go missing:
 * every line gives at least one record or was joined to the line before, and every record is either parsed or unknown.
 *
 * @param lines     physical lines (a last line without newline counts)
 * @param records   framed records (more than lines where records were flattened onto one line)
 * @param parsed    records the grammar typed
 * @param unknown   records kept as text
 * @param joined    lines joined to the line before (quoted-printable soft breaks, lines a terminal
 *                  or mailer cut): {@code records + joined >= lines}
 * @param truncated lines cut at the length limit
 * @param errors    what stopped the reading early (truncated archive, read error) or made the
 *                  input unusable (not a kernel log); empty if none
 * @param notes     what was undone to read it (UTF-16, mail quotes, quoted-printable, HTML,
 *                  Markdown, with counts) or "empty"; empty if nothing
 * @param kernelLog false when lines were read and none of them is a kernel record (a PNG, a CSV):
 *                  there was nothing to analyse, which is not the same as finding nothing
 * @param clock     how the input's times are shown (as the log prints them; line numbers when
 *                  it has no clock)
 * @param audio     records that are audio at work ({@link io.xrunlens.event.Message#isAudio}), or that
 *                  an audio or DMA driver printed, read or not: none means the log cannot say
 *                  whether audio works
 */
public record InputSummary(String file, String format, String compression, long lines, long records, long parsed,
                           long unknown, long joined, int boots, long truncated, List<String> errors, List<String> notes,
                           boolean kernelLog, TimeStyle clock, long audio) {

    /** The name and each error are one line wherever they are printed ({@link ControlChars#oneLine}). */
    public InputSummary {
        file = ControlChars.oneLine(file);
        errors = errors.stream().map(ControlChars::oneLine).toList();
    }

    /** An input that could not be opened at all (no such file, permission denied): listed with its error. */
    public static InputSummary unreadable(String file, String error) {
        return new InputSummary(file, "", "", 0, 0, 0, 0, 0, 0, 0, List.of(error), List.of(), false, TimeStyle.NONE, 0);
    }

    /** This summary with more notes after its own (what the analysis says of how it read the input). */
    public InputSummary withNotes(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new InputSummary(file, format, compression, lines, records, parsed, unknown, joined, boots, truncated,
                errors, List.copyOf(all), kernelLog, clock, audio);
    }

    /** True for an input that could not be opened, as opposed to one that was read. */
    public boolean unreadable() {
        return format.isEmpty();
    }
}
