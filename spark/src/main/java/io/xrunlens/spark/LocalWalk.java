package io.xrunlens.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The regular files below a local folder, with their sizes, named as Hadoop names them
 * ({@code file:/…}), by the JDK's folder walk. Folders that cannot be read are left out, as
 * Hadoop's own listing leaves them; links are followed, a loop of links is left out.
 */
final class LocalWalk {
    private LocalWalk() {
    }

    static List<FleetFile> files(URI root) throws IOException {
        List<FleetFile> out = new ArrayList<>();
        Files.walkFileTree(Paths.get(root), EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    out.add(new FleetFile(new org.apache.hadoop.fs.Path(file.toUri()).toString(), attrs.size()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }
}
