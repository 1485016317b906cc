package io.xrunlens.cli;

import io.xrunlens.parser.LogReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --max-unpacked}, shared by the commands that read compressed logs and archives. */
final class UnpackOption {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})([KMGT]?)B?", Pattern.CASE_INSENSITIVE);

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--max-unpacked", paramLabel = "SIZE", description = {"Stop reading a compressed input or archive"
        + " member once it has unpacked to SIZE bytes (K, M, G, T: powers of 1024): a read error, what came before"
        + " it still reported.", "Without it only a decompression bomb (over 256 MB at more than 100,000 to 1) is"
        + " stopped."})
    String maxUnpacked;

    /** The options with the ceiling applied; a usage error for a size that is not one. */
    LogReader.Options apply(LogReader.Options options) {
        if (maxUnpacked == null) {
            return options;
        }
        Matcher m = SIZE.matcher(maxUnpacked.strip());
        if (!m.matches()) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--max-unpacked takes a size such as 500M"
                    + " or 4G, not '" + maxUnpacked + "'");
        }
        int shift = 10 * "KMGT".indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 10;
        long bytes = Long.parseLong(m.group(1));
        if (!m.group(2).isEmpty()) {
            bytes = bytes > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : bytes << shift;
        }
        if (bytes < 1) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--max-unpacked must be at least 1 byte");
        }
        return options.withMaxUnpacked(bytes);
    }
}
