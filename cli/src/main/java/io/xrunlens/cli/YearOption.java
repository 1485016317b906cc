package io.xrunlens.cli;

import io.xrunlens.parser.LogReader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --year}, shared by the commands that read logs: where year-less stamps belong. */
final class YearOption {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--year", paramLabel = "YYYY", description = {"Year of the first syslog or logcat stamp, which"
        + " print none (1970-9999).", "Without it their times count from the first stamp of each input."})
    Integer year;

    /** The options with the year applied; a usage error for a year out of range. */
    LogReader.Options apply(LogReader.Options options) {
        if (year == null) {
            return options;
        }
        if (year < 1970 || year > 9999) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--year must be between 1970 and 9999");
        }
        return options.withYear(year);
    }
}
