package io.xrunlens.analyzer.triage;

import io.xrunlens.input.InputOpener;
import io.xrunlens.input.IoProblems;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * The inputs a triage run is given: files, folders walked recursively, archives. Symbolic
 * links are followed only while they stay inside the folder being walked, so a link to /
 * cannot drag the whole machine into a run.
 */
public final class InputTree {
    private InputTree() {
    }

    /** Pictures, documents, scripts and xrunlens's own expectation sidecars are not logs. */
    public static final List<String> DEFAULT_EXCLUDES = List.of("*.expected.json", "*.png", "*.jpg", "*.jpeg", "*.gif",
            "*.svg", "*.pdf", "*.html", "*.md", "*.py", "*.sh");

    /** A file to analyse, or a path that could not be used (with the reason). */
    public record Candidate(String name, Path path, Optional<String> error) {
    }

    /**
     * Which files of a folder and which members of an archive are read: those matching an
     * include glob (all when there is none) and no exclude glob, by file name or by path below
     * the folder or inside the archive.
     */
    public record Filter(List<PathMatcher> include, List<PathMatcher> exclude) {
        /** All files. */
        public static final Filter ALL = new Filter(List.of(), List.of());

        /** Compiles the globs; a bad one is an IllegalArgumentException naming it, in words. */
        public static Filter of(List<String> include, List<String> exclude) {
            return new Filter(compile(include, "--include"), compile(exclude, "--exclude"));
        }

        private static List<PathMatcher> compile(List<String> globs, String option) {
            List<PathMatcher> out = new ArrayList<>();
            for (String g : globs) {
                try {
                    out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(option + " '" + g + "': not a valid glob ("
                            + e.getDescription().toLowerCase(Locale.ROOT) + ")", e);
                }
            }
            return out;
        }

        public boolean accepts(Path rel) {
            return (include.isEmpty() || matches(include, rel)) && !matches(exclude, rel);
        }

        /** For an archive member's path ("logs/board-3/dmesg.txt"). */
        public boolean acceptsMember(String member) {
            try {
                return accepts(Path.of(member));
            } catch (InvalidPathException e) {
                return true; // a name no file system takes: read it rather than drop it unseen
            }
        }
    }

    /** The inputs below these paths that the filter lets through, each file once, sorted by name. */
    public static List<Candidate> collect(List<String> paths, Filter filter) throws IOException {
        List<Candidate> found = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String arg : paths) {
            Path root = Path.of(arg);
            if (!Files.exists(root)) {
                found.add(new Candidate(arg, root, Optional.of(arg + ": " + InputOpener.missing(root))));
            } else if (Files.isDirectory(root)) {
                walk(root, filter, found, seen);
            } else if (seen.add(identity(root))) { // a file named twice, or through two paths, counts once
                found.add(new Candidate(arg, root, Optional.empty()));
            }
        }
        found.sort(Comparator.comparing(Candidate::name));
        return found;
    }

    /** The file itself, whatever path named it. */
    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * Every regular file below {@code root} (symbolic links to files inside it too), in name
     * order. A subfolder that cannot be read, a link that leads nowhere or in a loop, is an
     * input of its own with its error, and the walk goes on: one bad entry must not hide the
     * rest of a folder of field logs.
     */
    private static void walk(Path root, Filter filter, List<Candidate> found, Set<Path> seen) throws IOException {
        Path realRoot = root.toRealPath();
        List<Path> files = new ArrayList<>();
        List<Candidate> failed = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(p);
                } else if (attrs.isSymbolicLink()) {
                    if (Files.isRegularFile(p)) {
                        files.add(p);
                    } else if (!Files.exists(p)) {
                        failed.add(new Candidate(p.toString(), p, Optional.of(p + ": " + InputOpener.missing(p))));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
                failed.add(new Candidate(p.toString(), p, Optional.of(p + ": cannot read: " + IoProblems.reason(e))));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.naturalOrder());
        for (Path p : files) {
            if (insideRoot(p, realRoot) && filter.accepts(root.relativize(p)) && seen.add(identity(p))) {
                found.add(new Candidate(p.toString(), p, Optional.empty()));
            }
        }
        for (Candidate c : failed) {
            if (filter.accepts(root.relativize(c.path()))) {
                found.add(c);
            }
        }
    }

    private static boolean insideRoot(Path p, Path realRoot) {
        if (!Files.isSymbolicLink(p)) {
            return true;
        }
        try {
            return p.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean matches(List<PathMatcher> globs, Path rel) {
        return globs.stream().anyMatch(m -> m.matches(rel) || m.matches(rel.getFileName()));
    }
}
