package io.xrunlens.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that make a kernel message audio's own whoever printed it ({@value #FILE}). A
 * knowledge-base row whose text holds none ("failed to get %s") is one that display, serial and
 * network drivers print too: read from such a driver's line, it would turn a healthy boot's
 * graphics error into an audio finding. Such rows are read only from the lines of audio and DMA
 * drivers, of drivers whose names hold one of these words, and of lines with no driver prefix.
 */
final class AudioWords {
    static final String FILE = "audio-words.txt";
    /** Words that mark a row's text (and a driver's name) as audio's. */
    private static final Set<String> TEXT = new HashSet<>();
    /** Words that mark a driver's name as audio's: all of {@link #TEXT}, and names' own. */
    private static final Set<String> NAME = new HashSet<>();
    /** Words that mark a driver's name as a DMA engine's. */
    private static final Set<String> DMA = new HashSet<>();
    /** Source folders whose rows print under a bus's device ("usb 3-3: "), not their driver's name: the bus. */
    private static final Map<String, String> BUS_PRINTED = new LinkedHashMap<>();
    /** The same folders and buses as arrays, in file order: asked of every row a line matched, without an iterator. */
    private static final String[] BUS_FOLDERS;
    private static final String[] BUSES;

    static {
        try (BufferedReader r = new BufferedReader(KnowledgeBase.resource(FILE))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                String word = columns[0].strip().toLowerCase(Locale.ROOT);
                String where = columns.length > 1 ? columns[1].strip() : "";
                if (where.equals("folder") && columns.length > 2) {
                    BUS_PRINTED.put(columns[0].strip(), columns[2].strip());
                    continue;
                }
                if (where.equals("dma")) {
                    DMA.add(word);
                    continue;
                }
                if (!where.equals("text") && !where.equals("name")) {
                    throw new IllegalStateException(FILE + ": '" + line
                            + "': word TAB text|name|dma, or folder TAB folder TAB bus expected");
                }
                NAME.add(word);
                if (where.equals("text")) {
                    TEXT.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BUS_FOLDERS = BUS_PRINTED.keySet().toArray(String[]::new);
        BUSES = BUS_PRINTED.values().toArray(String[]::new);
    }

    private AudioWords() {
    }

    /** The bus under whose devices a source file's rows print ("usb" for "sound/usb/mixer.c"), or "". */
    static String busOf(String file) {
        for (int i = 0; i < BUS_FOLDERS.length; i++) {
            if (file.startsWith(BUS_FOLDERS[i])) {
                return BUSES[i];
            }
        }
        return "";
    }

    /**
     * Whether a device is one of the bus's own: a USB device is named by its bus and ports ("3-3",
     * "1-1.4", an interface's "1-1.4:1.0", a root hub's "usb1"), never as a platform device
     * ("30010000.usb") is. Any device, for another bus.
     */
    static boolean onBusDevice(String bus, String device) {
        return !bus.equals("usb") || USB_DEVICE.matcher(device).matches();
    }

    /**
     * Whether a line of {@code driver} and {@code device} is printed under the bus device a row
     * of {@code file} prints under ({@link #busOf}): the USB bus's own ("usb 3-3: "), or a USB
     * gadget's ("gadget.0", "gadget"), whichever gadget driver bound it ("configfs-gadget.g1",
     * "g_audio").
     */
    static boolean printedOnBus(String file, String driver, String device) {
        String bus = busOf(file);
        if (bus.equals("gadget")) {
            return GADGET_DEVICE.matcher(device).matches();
        }
        return !bus.isEmpty() && driver.equals(bus) && onBusDevice(bus, device);
    }

    private static final Pattern GADGET_DEVICE = Pattern.compile("gadget(?:\\.\\d+)?");

    private static final Pattern USB_DEVICE = Pattern.compile("(?:usb)?\\d+(?:-\\d+(?:\\.\\d+)*)?(?::\\d+\\.\\d+)?");

    /** Whether a row's literal text holds an audio word, whole or as a part of a word split at '_' or '-'. */
    static boolean inText(String text) {
        return holds(text, TEXT, false);
    }

    /**
     * Whether a driver's name holds a word of the source tree a row is from: a DMA word
     * ("acme-xdmac") for {@code drivers/dma}, an audio word ("rockchip-i2s-tdm", "ssi1",
     * "vendor_audio") for the others (sound, SoundWire).
     */
    static boolean inNameFor(String driver, String tree) {
        return holds(driver, DMA_TREE.equals(tree) ? DMA : NAME, true);
    }

    /** The DMA engines' tree ({@link SoundDrivers#tree}); every other tree's names are read for audio words. */
    static final String DMA_TREE = "drivers/dma";

    private static boolean holds(String s, Set<String> words, boolean lessDigits) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                String part = s.substring(start, i).toLowerCase(Locale.ROOT);
                if (words.contains(part) || lessDigits && words.contains(withoutTrailingDigits(part))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A name's part without the instance number it ends in ("ssi1", "sai12"); a longer number
     * is a part number ("afe4404", a heart-rate sensor's front end, is no audio front end).
     */
    private static String withoutTrailingDigits(String part) {
        int end = part.length();
        while (end > 0 && Character.isDigit(part.charAt(end - 1))) {
            end--;
        }
        return part.length() - end <= MAX_INSTANCE_DIGITS ? part.substring(0, end) : part;
    }

    private static final int MAX_INSTANCE_DIGITS = 2;
}
