package io.xrunlens.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a knowledge base's rows come from, each addressed by a reference (an int): all in
 * memory (a user's folders, checked whole), or the built-in data files read one at a time, the
 * first time a line holds an anchor of one of their rows.
 */
abstract class KbRows {
    /** The row a reference names (its file read if it was not). */
    abstract KbEntry entry(int ref);

    /** Every row, in file order (every file read). */
    abstract List<KbEntry> all();

    /** The row of an id among those read so far: a row a line matched has been read. */
    abstract KbEntry loaded(String id);

    /** The references of the rows printed by the sources of one folder ("sound/soc/sof"), their file read. */
    abstract int[] inFolder(String folder);

    static String folderOf(KbRow row) {
        int slash = row.file().lastIndexOf('/');
        return slash < 0 ? "" : row.file().substring(0, slash);
    }

    static int[] refsIn(KbEntry[] entries, String folder, int base) {
        List<Integer> refs = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            if (folderOf(entries[i].row).equals(folder)) {
                refs.add(base + i);
            }
        }
        return refs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Rows in memory; a reference is the row's place in the list, and a later row of an id replaces it. */
    static final class InMemory extends KbRows {
        private final List<KbEntry> entries;
        private final Map<String, KbEntry> byId = new LinkedHashMap<>();

        InMemory(List<KbRow> rows) {
            for (KbRow r : rows) {
                byId.put(r.id(), new KbEntry(r));
            }
            entries = List.copyOf(byId.values());
        }

        @Override
        KbEntry entry(int ref) {
            return entries.get(ref);
        }

        @Override
        List<KbEntry> all() {
            return entries;
        }

        @Override
        KbEntry loaded(String id) {
            return byId.get(id);
        }

        @Override
        int[] inFolder(String folder) {
            return refsIn(entries.toArray(KbEntry[]::new), folder, 0);
        }
    }

    /** The jar's data files; a reference is the file's place in the index and the row's in the file. */
    static final class Resources extends KbRows {
        private final String folder;
        private final List<String> files;
        private final KbOverrides overrides;
        private final Loaded[] read;
        private final Map<String, KbEntry> byId = new ConcurrentHashMap<>();

        /**
         * A data file's rows once read; its final field hands the array whole to every thread,
         * so a file read is found without a lock (the readers of a large log each ask for a row
         * on most lines that name an audio driver, and took turns for the lock).
         */
        private record Loaded(KbEntry[] entries) {
        }

        Resources(String folder, List<String> files, KbOverrides overrides) {
            this.folder = folder;
            this.files = files;
            this.overrides = overrides;
            this.read = new Loaded[files.size()];
        }

        static int ref(int file, int row) {
            return file << 16 | row;
        }

        @Override
        KbEntry entry(int ref) {
            return file(ref >>> 16)[ref & 0xffff];
        }

        private KbEntry[] file(int f) {
            Loaded known = read[f];
            return known != null ? known.entries() : readFile(f);
        }

        private synchronized KbEntry[] readFile(int f) {
            if (read[f] == null) {
                List<KbRow> rows = overrides.applyTo(rows(files.get(f)));
                KbEntry[] entries = new KbEntry[rows.size()];
                for (int i = 0; i < entries.length; i++) {
                    entries[i] = new KbEntry(rows.get(i));
                    byId.put(rows.get(i).id(), entries[i]);
                }
                read[f] = new Loaded(entries);
            }
            return read[f].entries();
        }

        private List<KbRow> rows(String file) {
            try (InputStream in = KbRows.class.getResourceAsStream(folder + file)) {
                if (in == null) {
                    throw new KbException(file, "listed in the index but not in the jar");
                }
                return KbFile.read(new InputStreamReader(in, StandardCharsets.UTF_8), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        List<KbEntry> all() {
            List<KbEntry> all = new ArrayList<>();
            for (int f = 0; f < files.size(); f++) {
                all.addAll(List.of(file(f)));
            }
            return all;
        }

        @Override
        KbEntry loaded(String id) {
            return byId.get(id);
        }

        /**
         * A data file holds a source folder and the folders below it, and is named for it
         * (sound/soc/amd and sound/soc/amd/ps are in sound-soc-amd.tsv): the file of the
         * nearest folder at or above this one that has a file.
         */
        @Override
        int[] inFolder(String folder) {
            for (String f = folder; !f.isEmpty(); f = f.lastIndexOf('/') < 0 ? "" : f.substring(0, f.lastIndexOf('/'))) {
                int file = files.indexOf(f.replace('/', '-') + ".tsv");
                if (file >= 0) {
                    return refsIn(file(file), folder, ref(file, 0));
                }
            }
            return new int[0];
        }
    }
}
