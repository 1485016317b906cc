package io.xrunlens.kb;

import io.xrunlens.input.Bytes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The drivers of the kernel's audio and DMA code, by the name dev_printk prints before their
 * messages ({@value #FILE}: generated from the {@code .name} of every driver the source
 * registers, and the module's name for those named KBUILD_MODNAME; a user's folder adds aliases,
 * such as a vendor kernel's name for a mainline driver). A name is compared with '-' and '_'
 * taken as one, as the kernel's module names are.
 */
public final class SoundDrivers {
    public static final String FILE = "drivers.tsv";
    /** Hand-written: the names older kernels printed that no driver registers today ("hda-intel"). */
    static final String OLDER_NAMES = "older-names.tsv";
    private static final int TABLE = 1 << 13;
    /**
     * The names' hashes (as compared: lower case, '-' as '_'), open addressing: a line's first
     * word is looked up without a String, and a driver's name the same way.
     */
    private long[] hashes = new long[TABLE];
    private int hashed;
    /** The folder of the source that registers each name (by its hash): where its messages are printed from. */
    private final Map<Long, String> folders = new HashMap<>();
    /** The source that registers each name (by its hash), as {@link #folders} has its folder. */
    private final Map<Long, String> registeringFiles = new HashMap<>();
    /** The sources that register a driver (the others are shared: a subsystem's core, a library). */
    private final Set<String> sources = new HashSet<>();
    /**
     * The folder of each such source by the hash of its file's name without ".c": a module of one
     * file registers under that name when its driver is named KBUILD_MODNAME, and a vendor kernel
     * often does for a driver mainline names otherwise ("wcd934x" for wcd934x.c's "wcd934x-codec").
     * Only names with a digit, '-' or '_' in them: "core.c" and "dma.c" name no driver.
     */
    private final Map<Long, String> fileFolders = new HashMap<>();
    /**
     * The names with a space in them ("HDA Intel", HDA's PCI driver before 3.x), which dev_printk
     * printed whole before the device: a framer takes an origin's driver to be one word.
     */
    private final List<String> spacedNames = new ArrayList<>();
    /** The same names' bytes (ASCII), for lines read as bytes. */
    private final List<byte[]> spacedNameBytes = new ArrayList<>();
    /** Each such folder's tree ({@link #tree}), made as the names are read: asked for lines of common words. */
    private final Map<String, String> folderTrees = new HashMap<>();

    /** Adds the rows of a drivers file: "name TAB file", # comments. */
    public SoundDrivers read(Reader in, String where) {
        return read(in, where, false);
    }

    /**
     * Adds the rows of {@value #OLDER_NAMES}: names older kernels printed as a tag of their own
     * ("hda-intel: "), which {@link #isOlderTag} tells apart from names drivers register today.
     */
    SoundDrivers readOlderNames(Reader in, String where) {
        return read(in, where, true);
    }

    private SoundDrivers read(Reader in, String where, boolean older) {
        try (BufferedReader r = new BufferedReader(in)) {
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                String name = columns[0].strip();
                if (name.isEmpty() || name.contains("  ") || name.contains("\t")) {
                    throw new KbException(where, number, "a driver name expected (words one space apart), found '"
                            + name + "'");
                }
                if (name.contains(" ")) {
                    spacedNames.add(name);
                    spacedNameBytes.add(name.getBytes(StandardCharsets.ISO_8859_1));
                }
                long h = hash(name, 0, name.length());
                addHash(h);
                if (older) {
                    olderTags.add(h);
                }
                String file = columns.length > 1 ? columns[1].strip() : "";
                int slash = file.lastIndexOf('/');
                if (slash > 0) {
                    String folder = file.substring(0, slash);
                    folders.put(h, folder);
                    registeringFiles.put(h, file);
                    folderTrees.put(folder, tree(file));
                    sources.add(file);
                    String base = file.endsWith(".c") ? file.substring(slash + 1, file.length() - 2) : "";
                    if (base.chars().anyMatch(c -> c == '-' || c == '_' || Character.isDigit(c))) {
                        fileFolders.putIfAbsent(hash(base, 0, base.length()), folder);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The source folder of the driver that registers a name ("sound/soc/fsl" for "fsl-sai"), if known. */
    public Optional<String> folder(String driver) {
        return driver.isEmpty() ? Optional.empty() : Optional.ofNullable(folders.get(hash(driver, 0, driver.length())));
    }

    /**
     * The source file that registers a driver's name ("sound/pci/via82xx.c" for "snd_via82xx"
     * and for "m680x", a name the same file registers too), or null.
     */
    public String registeringFile(String driver) {
        return driver.isEmpty() ? null : registeringFiles.get(hash(driver, 0, driver.length()));
    }

    /** The names of {@value #OLDER_NAMES}, by hash. */
    private final Set<Long> olderTags = new HashSet<>();

    /**
     * Whether a name is one older kernels printed as their own tag ({@value #OLDER_NAMES}): a line
     * "hda-intel: …" is that driver's whatever its text. A name a driver registers today may also
     * be a word ("laptop", an HDA quirk's; "media") another subsystem's line starts with.
     */
    public boolean isOlderTag(String name) {
        return !name.isEmpty() && olderTags.contains(hash(name, 0, name.length()));
    }

    /** The names with a space in them, in the order read. */
    public List<String> spacedNames() {
        return spacedNames;
    }

    /**
     * The tree a source file is in, as far as telling audio from DMA goes: "sound" for
     * "sound/soc/fsl/fsl_sai.c" and for the audio code outside sound/ ({@link AudioSources}:
     * SoundWire's "drivers/soundwire/qcom.c", the Raspberry Pi's bcm2835-audio), "drivers/dma"
     * for "drivers/dma/ti/k3-udma.c", the first two folders of any other file under drivers/.
     */
    static String tree(String file) {
        String[] parts = file.split("/");
        if (parts.length < 2 || !parts[0].equals("drivers")) {
            return parts[0];
        }
        return AudioSources.contains(file) ? "sound" : parts[0] + "/" + parts[1];
    }

    /**
     * The source folder of the driver that registers a name, else of the driver source whose file
     * has that name ("sound/soc/codecs" for "wcd934x": wcd934x.c); null when neither is known.
     * Asked for every line a row matched: no Optional, no lambda.
     */
    public String folderOrFileFolder(String driver) {
        if (driver.isEmpty()) {
            return null;
        }
        long h = hash(driver, 0, driver.length());
        String folder = folders.get(h);
        return folder != null ? folder : fileFolders.get(h);
    }

    /** The tree ({@link #tree}) of a folder {@link #folderOrFileFolder} gave: each has one. */
    String treeOfFolder(String folder) {
        return folderTrees.get(folder);
    }

    /** Whether a source file ("sound/soc/fsl/fsl_sai.c") registers a driver of its own. */
    public boolean registersDriver(String file) {
        return sources.contains(file);
    }

    /** Whether the driver that printed a line ("fsl-sai", "snd_hda_intel") is an audio or DMA driver. */
    public boolean isSound(String driver) {
        return !driver.isEmpty() && contains(hash(driver, 0, driver.length()));
    }

    /**
     * Whether the record a line's text starts with (after spaces and a kernel stamp "[ 5.1] ")
     * is printed by an audio or DMA driver: its first word is one of the names. Read from the
     * bytes or the text alike, so that both ways of reading a line decide the same.
     */
    public boolean startsWithSound(byte[] s, int from, int to) {
        int i = skipStamp(s, from, to);
        int end = i;
        while (end < to && s[end] != ' ' && s[end] != ':') {
            end++;
        }
        if (end == i || end - i > 48) {
            return false;
        }
        long h = OFFSET;
        for (int k = i; k < end; k++) {
            h = step(h, (char) (s[k] & 0xff));
        }
        return contains(h) || end < to && s[end] == ' ' && startsWithSpacedName(s, i, to);
    }

    /** The same on a text. */
    public boolean startsWithSound(String s, int from, int to) {
        int i = skipStamp(s, from, to);
        int end = i;
        while (end < to && s.charAt(end) != ' ' && s.charAt(end) != ':') {
            end++;
        }
        return end > i && end - i <= 48 && (contains(hash(s, i, end))
                || end < to && s.charAt(end) == ' ' && startsWithSpacedName(s, i, to));
    }

    /** Whether a name with a space ("HDA Intel 0000:00:1b.0: ", a 2.6 kernel's) starts at {@code i}, a space after it. */
    private boolean startsWithSpacedName(byte[] s, int i, int to) {
        for (int n = 0; n < spacedNameBytes.size(); n++) { // no iterator: asked of every line that starts with a word
            byte[] name = spacedNameBytes.get(n);
            if (to - i > name.length && s[i + name.length] == ' ' && Bytes.startsWith(s, i, to, name)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithSpacedName(String s, int i, int to) {
        for (int n = 0; n < spacedNames.size(); n++) {
            String name = spacedNames.get(n);
            if (to - i > name.length() && s.startsWith(name, i) && s.charAt(i + name.length()) == ' ') {
                return true;
            }
        }
        return false;
    }

    private static int skipStamp(byte[] s, int i, int to) {
        while (i < to && s[i] == ' ') {
            i++;
        }
        if (i < to && s[i] == '[') {
            while (i < to && s[i] != ']') {
                i++;
            }
            i++;
            while (i < to && s[i] == ' ') {
                i++;
            }
        }
        return Math.min(i, to);
    }

    private static int skipStamp(String s, int i, int to) {
        while (i < to && s.charAt(i) == ' ') {
            i++;
        }
        if (i < to && s.charAt(i) == '[') {
            while (i < to && s.charAt(i) != ']') {
                i++;
            }
            i++;
            while (i < to && s.charAt(i) == ' ') {
                i++;
            }
        }
        return Math.min(i, to);
    }

    private static final long OFFSET = 0xcbf29ce484222325L;

    /** FNV-1a over the name as compared ({@link #asCompared}). */
    private static long step(long h, char c) {
        return (h ^ asCompared(c)) * 0x100000001b3L;
    }

    /** A character of a driver's name as names are compared: ASCII in lower case, '-' as '_'. */
    static char asCompared(char c) {
        return c == '-' ? '_' : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** A driver's name as names are compared, each character so ({@link #asCompared(char)}): "hda-intel" is "hda_intel". */
    public static String asCompared(String name) {
        char[] c = name.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = asCompared(c[i]);
        }
        return new String(c);
    }

    private static long hash(String s, int from, int to) {
        long h = OFFSET;
        for (int k = from; k < to; k++) {
            h = step(h, s.charAt(k));
        }
        return h;
    }

    private void addHash(long h) {
        long v = h == 0 ? 1 : h;
        if (hashed * 2 >= hashes.length) {
            long[] old = hashes;
            hashes = new long[old.length * 2];
            hashed = 0;
            for (long o : old) {
                if (o != 0) {
                    addHash(o);
                }
            }
        }
        int i = (int) (v ^ v >>> 29) & (hashes.length - 1);
        while (hashes[i] != 0) {
            if (hashes[i] == v) {
                return;
            }
            i = (i + 1) & (hashes.length - 1);
        }
        hashes[i] = v;
        hashed++;
    }

    private boolean contains(long h) {
        long v = h == 0 ? 1 : h;
        int i = (int) (v ^ v >>> 29) & (hashes.length - 1);
        while (hashes[i] != 0) {
            if (hashes[i] == v) {
                return true;
            }
            i = (i + 1) & (hashes.length - 1);
        }
        return false;
    }

    public int size() {
        return hashed;
    }

    public static void write(Writer w, Map<String, String> drivers) throws IOException {
        w.write("# The names the drivers of the kernel's audio and DMA code register (.name, or the module's\n");
        w.write("# name for KBUILD_MODNAME), each with the file that registers it. Generated by\n");
        w.write("# 'xrunlens kb import'; a folder of your own may add aliases (a vendor kernel's names).\n");
        for (Map.Entry<String, String> e : drivers.entrySet()) {
            w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
    }
}
