package io.xrunlens.spark;

import io.xrunlens.analyzer.triage.InputTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The fleet's files as the driver sees them: a path and a size each, sorted by path. Listing
 * goes through Hadoop's recursive {@code listFiles}, which object stores answer page by page (a
 * thousand or more keys per request) rather than folder by folder; a fleet that already keeps an
 * index gives it as a list file and nothing is listed at all.
 */
final class FleetListing {
    private FleetListing() {
    }

    /**
     * Every file below {@code root} (or {@code root} itself) that the filters let through. A
     * missing root is an error of the job, not a row.
     */
    static List<FleetFile> list(Path root, Configuration conf, InputTree.Filter filter) throws IOException {
        FileSystem fs = root.getFileSystem(conf);
        FileStatus top = fs.getFileStatus(root);
        List<FleetFile> out = new ArrayList<>();
        if (top.isFile()) {
            out.add(new FleetFile(top.getPath().toString(), top.getLen()));
            return out;
        }
        String prefix = top.getPath().toString();
        if (fs instanceof LocalFileSystem) {
            // Hadoop's listFiles makes a LocatedFileStatus of each local file, whose permissions
            // it reads by running ls once per file without its native library: 19 s for 3,000.
            for (FleetFile f : LocalWalk.files(top.getPath().toUri())) {
                accept(f, prefix, filter, out);
            }
        } else {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(top.getPath(), true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (f.isFile()) {
                    accept(new FleetFile(f.getPath().toString(), f.getLen()), prefix, filter, out);
                }
            }
        }
        out.sort(Comparator.comparing(FleetFile::path));
        return out;
    }

    private static void accept(FleetFile f, String prefix, InputTree.Filter filter, List<FleetFile> out) {
        String path = f.path();
        String rel = path.startsWith(prefix + "/") ? path.substring(prefix.length() + 1)
                : path.substring(path.lastIndexOf('/') + 1);
        if (filter.acceptsMember(rel)) {
            out.add(f);
        }
    }

    /**
     * The files a list file names, one per line: a path (relative ones against the driver's
     * working folder), optionally followed by a tab and its size in bytes. Blank lines and lines
     * starting with {@code #} are skipped; a path listed twice is read once. Files are not looked
     * at here: one that does not exist becomes a row with its error.
     */
    static List<FleetFile> fromList(Path list, Configuration conf, InputTree.Filter filter) throws IOException {
        FileSystem listFs = list.getFileSystem(conf);
        List<FleetFile> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(listFs.open(list), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String name = (tab < 0 ? line : line.substring(0, tab)).strip();
                long bytes = tab < 0 ? -1 : size(line.substring(tab + 1).strip());
                if (!filter.acceptsMember(name)) {
                    continue;
                }
                Path p = new Path(name);
                out.add(new FleetFile(p.getFileSystem(conf).makeQualified(p).toString(), bytes));
            }
        }
        out.sort(Comparator.comparing(FleetFile::path));
        List<FleetFile> once = new ArrayList<>();
        for (FleetFile f : out) {
            if (once.isEmpty() || !once.get(once.size() - 1).path().equals(f.path())) {
                once.add(f);
            }
        }
        return once;
    }

    private static long size(String s) {
        try {
            return Math.max(-1, Long.parseLong(s));
        } catch (NumberFormatException e) {
            return -1; // a size we cannot read only costs balance, not the file
        }
    }
}
