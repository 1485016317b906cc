package io.xrunlens.analyzer.finding;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names of the kernel's error numbers ({@code errno.tsv}), for a finding whose line ends in
 * one: "Fail to set mclk -22" says more with "-22 is EINVAL, invalid argument" after it.
 */
public final class Errnos {
    private static final Map<Integer, String[]> BY_NUMBER = read();
    /** The numbers by name: a decision that reads an error asks for its number per finding. */
    private static final Map<String, Integer> BY_NAME = byName();
    /** The numbers by what errno.tsv says of them ("no such device"), the longest first. */
    private static final Map<String, Integer> BY_MEANING = byMeaning();
    /** What the C library says of a number it has no words for, before the number ("Unknown error 524"). */
    private static final String UNKNOWN = "unknown error ";

    private Errnos() {
    }

    private static Map<String, Integer> byName() {
        Map<String, Integer> byName = new HashMap<>();
        BY_NUMBER.forEach((number, names) -> byName.putIfAbsent(names[0], number));
        return Map.copyOf(byName);
    }

    private static Map<String, Integer> byMeaning() {
        Map<String, Integer> byMeaning = new TreeMap<>(
                Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        BY_NUMBER.forEach((number, names) -> {
            if (number != 1) {
                byMeaning.putIfAbsent(names[1], number);
            }
        });
        return Collections.unmodifiableMap(byMeaning);
    }

    private static Map<Integer, String[]> read() {
        Map<Integer, String[]> byNumber = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read("errno.tsv", 3)) {
            byNumber.put(Integer.parseInt(row.cell(0)), new String[] {row.cell(1), row.cell(2)});
        }
        return Map.copyOf(byNumber);
    }

    /**
     * The error a line ends with, or 0: a negated number ("… on fef00700.hdmi: -19", "failed
     * (-110)") or what errno.tsv says of one, as the C library's message says it, case aside (a
     * player's "audio open error: No such device"; "Unknown error 524" for one it has no words
     * for). Not -1, which drivers return for any failure.
     */
    public static int ending(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ')' || text.charAt(end - 1) == '.' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        int i = end;
        while (i > 0 && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') {
            i--;
        }
        if (i < end && end - i <= 4 && i > 0 && text.charAt(i - 1) == '-'
                && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)))) {
            int number = Integer.parseInt(text.substring(i, end));
            return number == 1 ? 0 : number;
        }
        String tail = text.substring(0, end).toLowerCase(Locale.ROOT);
        if (i < end && end - i <= 4 && tail.startsWith(UNKNOWN, i - UNKNOWN.length())) {
            return Integer.parseInt(text.substring(i, end)); // the C library's words for a number it has none for
        }
        for (Map.Entry<String, Integer> said : BY_MEANING.entrySet()) {
            String meaning = said.getKey();
            if (tail.endsWith(meaning) && (tail.length() == meaning.length()
                    || !Character.isLetterOrDigit(tail.charAt(tail.length() - meaning.length() - 1)))) {
                return said.getValue();
            }
        }
        return 0;
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
