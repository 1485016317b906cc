package io.xrunlens.kb;

import io.xrunlens.catalog.MessageForm;
import io.xrunlens.event.PcmDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row as the matcher uses it: its format read, its pattern and the form findings carry, each
 * made on first use (most rows never meet a line, and loading stays short).
 */
final class KbEntry {

    final KbRow row;
    private volatile Parsed parsed;
    private MessageForm form;
    private Pattern pattern;

    /**
     * What a row's format says once read: its parts, its longest literal run, how specific it is,
     * its runs, and the literal text it ends with ({@link KernelFormat#ending}, null: a value).
     */
    record Parsed(KernelFormat format, String literal, int specificity, String[] runs, String ending) {
        Parsed(KernelFormat f) {
            this(f, f.longestLiteral(), f.literalLength(), f.literalRuns().toArray(String[]::new), f.ending());
        }
    }

    KbEntry(KbRow row) {
        this.row = row;
    }

    Parsed parsed() {
        Parsed p = parsed;
        if (p == null) {
            p = new Parsed(KernelFormat.parse(row.format()));
            parsed = p; // racing threads make equal values
        }
        return p;
    }

    synchronized MessageForm form() {
        if (form == null) {
            // a dev_* row is printed after its device: a line without one (a cut tail, prose) is not it
            boolean needsOrigin = row.prefix() == Prefix.DEVICE || row.prefix() == Prefix.DEV_ERR_PROBE;
            // a row whose words are not audio's own is only read from the lines of its own tree's drivers
            boolean anyDriver = AudioWords.inText(row.prFmt() + " " + String.join(" ", parsed().runs()));
            form = new MessageForm(row.id(), row.family(), row.format(), direction(row.format()), List.of(),
                    needsOrigin, anyDriver ? "" : SoundDrivers.tree(row.file()), row.source(), sample());
        }
        return form;
    }

    synchronized Pattern pattern() {
        if (pattern == null) {
            String prefix = switch (row.prefix()) {
                case DEV_ERR_PROBE -> "(?:error \\S+: )?";
                case PR_FMT -> row.prFmt().isEmpty() ? "" : "(?:" + KernelFormat.parse(row.prFmt()).regex() + ")?";
                default -> "";
            };
            // the framer takes a line's leading spaces off ("  No soundcards found.") but not its tabs
            // (RCU's stall details start with one); the format keeps them
            String body = row.format().stripLeading();
            pattern = Pattern.compile(prefix + "[ \t]*" + KernelFormat.parse(body).regex(), Pattern.DOTALL);
        }
        return pattern;
    }

    /** What the kernel prints after the device prefix, with made-up values. */
    String sample() {
        return switch (row.prefix()) {
            case DEV_ERR_PROBE -> "error -EINVAL: " + parsed().format().sample();
            case PR_FMT -> KernelFormat.parse(row.prFmt()).sample() + parsed().format().sample();
            default -> parsed().format().sample();
        };
    }

    /** The printed values: the prefix's groups are left out. */
    List<String> values(Matcher m) {
        int skip = m.groupCount() - parsed().format().regexGroups();
        List<String> values = new ArrayList<>(m.groupCount() - skip);
        for (int g = skip + 1; g <= m.groupCount(); g++) {
            values.add(m.group(g) == null ? "" : m.group(g));
        }
        return values;
    }

    /** The stream a format's words say ("TX", "capture"); none when they say neither or both. */
    static PcmDirection direction(String format) {
        return PcmDirection.fromWords(format);
    }
}
