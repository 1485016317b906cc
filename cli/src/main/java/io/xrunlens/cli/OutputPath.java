package io.xrunlens.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The -o path as typed: a name that ends with a slash means a folder, and Path.of would drop
 * the slash and write a file of that name ("-o newdir/" made a file called newdir).
 */
final class OutputPath implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String text) {
        Path path = Path.of(text);
        boolean folder = text.endsWith("/") || text.endsWith(File.separator);
        if (folder && !Files.isDirectory(path)) {
            throw new CommandLine.TypeConversionException("no such folder " + text + " (make it first, or name a file)");
        }
        return path;
    }
}
