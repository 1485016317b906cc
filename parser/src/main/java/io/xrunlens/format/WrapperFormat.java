package io.xrunlens.format;

import io.xrunlens.record.Record;
import io.xrunlens.record.RecordSink;
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
    static final ToIntFunction<Matcher> NO_LEVEL = m -> -1;

    private final String name;
    private final String description;
    private final Pattern prefix;
    private final ToLongFunction<Matcher> clock;
    private final ToIntFunction<Matcher> level;
    private final long resolution;
    private final Pattern bootSeparator;
    private final boolean[] possibleFirst;
    /** Set on the per-input copy of a format whose clock prints no year; null otherwise. */
    private final YearlessClock yearless;
    private final boolean withoutYear;

    WrapperFormat(String name, String description, String prefixRegex, ToLongFunction<Matcher> clock,
                  ToIntFunction<Matcher> level, long resolutionMicros, String bootSeparatorRegex) {
        this.name = name;
        this.description = description;
        this.prefix = Pattern.compile(prefixRegex);
        this.possibleFirst = possibleFirstCharacters(prefix);
        this.clock = clock;
        this.level = level;
        this.resolution = resolutionMicros;
        this.bootSeparator = bootSeparatorRegex == null ? null : Pattern.compile(bootSeparatorRegex);
        this.yearless = null;
        this.withoutYear = false;
    }

    private WrapperFormat(WrapperFormat f, boolean withoutYear, YearlessClock yearless) {
        this.name = f.name;
        this.description = f.description;
        this.prefix = f.prefix;
        this.possibleFirst = f.possibleFirst;
        this.clock = f.clock;
        this.level = f.level;
        this.resolution = f.resolution;
        this.bootSeparator = f.bootSeparator;
        this.withoutYear = withoutYear;
        this.yearless = yearless;
    }

    /** The same format for a clock that prints no year: each input places its stamps itself. */
    WrapperFormat withoutYear() {
        return new WrapperFormat(this, true, null);
    }

    @Override
    public LogFormat forInput(int year) {
        return withoutYear ? new WrapperFormat(this, true, new YearlessClock(year)) : this;
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
     * triage, and most (format, line) pairs fail on it.
     */
    @Override
    public int score(String line) {
        if (line.isEmpty() || !canStartWith(line.charAt(0))) {
            return 0;
        }
        return prefix.matcher(line).lookingAt() ? 3 : 0;
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
        for (char c = 0; c < possible.length; c++) {
            Matcher m = pattern.matcher(String.valueOf(c));
            possible[c] = m.lookingAt() || m.hitEnd();
        }
        return possible;
    }

    /** The prefix pattern (tests check the first-character shortcut against it). */
    Pattern prefix() {
        return prefix;
    }

    @Override
    public long clockResolutionMicros() {
        return resolution;
    }

    @Override
    public void frame(String line, long lineNumber, RecordSink out) {
        if (bootSeparator != null && bootSeparator.matcher(line).matches()) {
            out.bootSeparator();
        }
        Matcher m = prefix.matcher(line);
        if (!m.lookingAt()) {
            KernelTextFramer.frameLine(line, lineNumber, out);
            return;
        }
        long micros = clock.applyAsLong(m);
        if (yearless != null) {
            micros = yearless.place(micros);
        }
        out.accept(KernelTextFramer.frame(line, m.end(), line.length(), lineNumber, micros, level.applyAsInt(m)));
    }
}
