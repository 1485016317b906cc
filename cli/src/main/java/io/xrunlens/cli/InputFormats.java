package io.xrunlens.cli;

import io.xrunlens.format.FormatRegistry;
import io.xrunlens.format.LogFormat;
import java.util.Iterator;
import java.util.Optional;
import picocli.CommandLine;

/** {@code --input-format NAME}, shared by the commands that read logs. */
final class InputFormats {
    private InputFormats() {
    }

    /** The format named, empty for none (detect it); a usage error for a name no format has. */
    static Optional<LogFormat> named(String name, CommandLine.Model.CommandSpec spec) {
        if (name == null) {
            return Optional.empty();
        }
        Optional<LogFormat> f = FormatRegistry.byName(name);
        if (f.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown input format '" + name + "' (see: xrunlens formats)");
        }
        return f;
    }

    /** The names, for shell completion of --input-format. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return FormatRegistry.all().stream().map(LogFormat::name).iterator();
        }
    }
}
