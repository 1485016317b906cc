package io.xrunlens.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The names of the hosts a log's prefixes carry ("Nov 24 10:00:00 board-a kernel: "), in the
 * order first met, up to a bound. Nearly every line names the host the line before named, so
 * that one is compared first, byte for byte, and nothing is made for it.
 */
final class Hosts {
    /**
     * What a machine is called before its own name is set (early in a boot, until the network
     * or an init script names it): its lines are the host's that comes before or after them,
     * not another host's, or the boot's first lines (its kernel version, its firmware) would be
     * analysed apart from the rest.
     */
    private static final Set<String> PLACEHOLDERS = Set.of("localhost", "localhost.localdomain", "(none)");

    private final List<String> names = new ArrayList<>();
    private byte[] last = new byte[0];
    /** The name {@link #last} holds, one instance until another name comes: a reader compares it by identity. */
    private String lastName;

    /** Notes the name in {@code line[start, end)}; false when it is new and {@code max} names are kept already. */
    boolean add(byte[] line, int start, int end, int max) {
        if (Arrays.equals(line, start, end, last, 0, last.length)) {
            return true;
        }
        return add(new String(line, start, end - start, StandardCharsets.ISO_8859_1), max);
    }

    /** The same from a line's text. */
    boolean add(CharSequence line, int start, int end, int max) {
        if (end - start == last.length && sameAsLast(line, start)) {
            return true;
        }
        return add(line.subSequence(start, end).toString(), max);
    }

    /** Notes every name of {@code other}; false when some did not fit. */
    boolean addAll(Hosts other, int max) {
        boolean all = true;
        for (String name : other.names) {
            all &= add(name, max);
        }
        return all;
    }

    List<String> names() {
        return List.copyOf(names);
    }

    /** The name noted last (the host of the line read last that named one), or null before any. */
    String current() {
        return lastName;
    }

    private boolean sameAsLast(CharSequence line, int start) {
        for (int i = 0; i < last.length; i++) {
            if (line.charAt(start + i) != (char) (last[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private boolean add(String name, int max) {
        last = name.getBytes(StandardCharsets.ISO_8859_1);
        if (PLACEHOLDERS.contains(name)) {
            return true; // a machine before its name is set: its lines stay the named host's, if any
        }
        lastName = name;
        if (names.contains(name)) {
            return true;
        }
        if (names.size() >= max) {
            return false;
        }
        names.add(name);
        return true;
    }
}
