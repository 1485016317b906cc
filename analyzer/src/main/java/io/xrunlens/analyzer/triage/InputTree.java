package io.xrunlens.analyzer.triage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The inputs a triage run is given: files, folders walked recursively, archives. Symbolic
 * links are followed only while they stay inside the folder being walked, so a link to /
 * cannot drag the whole machine into a run.
 */
public final class InputTree {
    private InputTree() {
    }

    /** A file to analyse, or a path that could not be used (with the reason). */
    public record Candidate(String name, Path path, Optional<String> error) {
    }

    /**
     * @param include globs a file must match (file name or path below the root); empty: all
     * @param exclude globs that drop a file
     */
    public static List<Candidate> collect(List<String> paths, List<String> include, List<String> exclude)
            throws IOException {
        List<PathMatcher> in = include.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        List<PathMatcher> out = exclude.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        List<Candidate> found = new ArrayList<>();
        for (String arg : paths) {
            Path root = Path.of(arg);
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                found.add(new Candidate(arg, root, Optional.of(arg + ": no such file")));
            } else if (Files.isDirectory(root)) {
                walk(root, in, out, found);
            } else {
                found.add(new Candidate(arg, root, Optional.empty()));
            }
        }
        found.sort(Comparator.comparing(Candidate::name));
        return found;
    }

    private static void walk(Path root, List<PathMatcher> in, List<PathMatcher> out, List<Candidate> found)
            throws IOException {
        Path realRoot = root.toRealPath();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (!Files.isRegularFile(p) || !insideRoot(p, realRoot)) {
                    continue;
                }
                Path rel = root.relativize(p);
                if (!in.isEmpty() && !matches(in, rel)) {
                    continue;
                }
                if (matches(out, rel)) {
                    continue;
                }
                found.add(new Candidate(p.toString(), p, Optional.empty()));
            }
        }
    }

    private static boolean insideRoot(Path p, Path realRoot) throws IOException {
        if (!Files.isSymbolicLink(p)) {
            return true;
        }
        return p.toRealPath().startsWith(realRoot);
    }

    private static boolean matches(List<PathMatcher> globs, Path rel) {
        return globs.stream().anyMatch(m -> m.matches(rel) || m.matches(rel.getFileName()));
    }
}
