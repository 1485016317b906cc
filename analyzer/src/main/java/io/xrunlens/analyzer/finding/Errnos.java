package io.xrunlens.analyzer.finding;

import java.util.HashMap;
import java.util.Map;

/**
 * The names of the kernel's error numbers ({@code errno.tsv}), for a finding whose line ends in
 * one: "Fail to set mclk -22" says more with "-22 is EINVAL, invalid argument" after it.
 */
public final class Errnos {
    private static final Map<Integer, String[]> BY_NUMBER = read();
    /** The numbers by name: a decision that reads an error asks for its number per finding. */
    private static final Map<String, Integer> BY_NAME = byName();

    private Errnos() {
    }

    private static Map<String, Integer> byName() {
        Map<String, Integer> byName = new HashMap<>();
        BY_NUMBER.forEach((number, names) -> byName.putIfAbsent(names[0], number));
        return Map.copyOf(byName);
    }

    private static Map<Integer, String[]> read() {
        Map<Integer, String[]> byNumber = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read("errno.tsv", 3)) {
            byNumber.put(Integer.parseInt(row.cell(0)), new String[] {row.cell(1), row.cell(2)});
        }
        return Map.copyOf(byNumber);
    }

    /** The number of an error's name ("ENOMEM" gives 12), or 0 where errno.tsv has no such name. */
    public static int number(String name) {
        return BY_NAME.getOrDefault(name, 0);
    }

    /**
     * "; -22 is EINVAL, invalid argument" for a printed value that is a negated error number, or
     * "". Not -1, which drivers return for any failure as often as they mean EPERM, nor a deferral,
     * whose finding says what it is.
     */
    public static String gloss(String value) {
        if (value.length() < 2 || value.length() > 5 || value.charAt(0) != '-') {
            return "";
        }
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return "";
            }
        }
        int number = Integer.parseInt(value.substring(1));
        String[] known = number == 1 || number == 517 ? null : BY_NUMBER.get(number);
        return known == null ? "" : FindingMessages.format("errno", value, known[0], known[1]);
    }
}
