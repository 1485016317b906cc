package io.xrunlens.cli;

import io.xrunlens.format.FormatRegistry;
import io.xrunlens.format.LogFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code xrunlens formats}: the log formats it reads, by the names --input-format takes. */
@Command(name = "formats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the log formats xrunlens detects (names for --input-format).")
final class FormatsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        for (LogFormat f : FormatRegistry.all()) {
            spec.commandLine().getOut().printf("%-22s %s%n", f.name(), f.description());
        }
    }
}
