package io.xrunlens.analyzer.finding;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a line's words say that an amplifier (or a codec's output stage) tripped its own
 * protection: over-temperature, a short or over-current at its output, its supply or boost out of
 * range, a DC fault. Speaker amplifiers print these from their interrupt handlers: Cirrus's
 * {@code Over temperature error}, {@code Amp short error}, {@code VBST Over Voltage error}, TI's
 * {@code experienced a channel 2 overcurrent fault}, {@code fault: over temperature}, Wolfson's
 * {@code Thermal shutdown}, Silicon Mitus's {@code OCP_SPK(Over Current Protect SPK)}. Read from
 * the line where its row's format leaves it to a value: several print the fault's name with
 * {@code "%s"} from a table. A row's words are read once: a log of thousands of boots asks for
 * each of their findings, and matching these words takes a few microseconds a line.
 */
public final class ProtectionWords {
    /** What tripped, in the words the drivers in sound/ use for it (lower-cased). */
    private static final Pattern TRIPPED = Pattern.compile(
            "over[ -]?temp|thermal (?:shutdown|error|warning)|therm_(?:shutdown|warm)|due to temperature"
                    + "|short (?:error|circuit)|\\bsc_detect|\\blbst\\b"
                    + "|over[ -]?current|\\bocp(?:_|\\b)|under[ -]?voltage|\\buvlo\\b|brown[ _]?out|over[ -]?voltage"
                    + "|\\bdc (?:detection )?fault|\\bbop (?:mute|infinite)|boost inductor|\\bvoltage (?:regulator fault|low)");
    /**
     * The driver failing at something about its protection rather than the protection tripping
     * ("Failed to get thermal shutdown IRQ", "Boost inductor config failed(%d)"), a setting of it
     * ("Invalid over-current-threshold-microamp value"), or the trip ending ("Amp short error
     * release", "Spurious thermal warning").
     */
    private static final Pattern NOT_TRIPPED = Pattern.compile(
            "\\bfail(?:ed|s)?\\b|\\bunable to\\b|\\bcan(?:'t|not)\\b|\\bcould(?:n't| not)\\b|\\binvalid\\b|threshold"
                    + "|\\brelease\\b|\\bspurious\\b");
    /** A warning of a limit near, not a fault: the amplifier may turn down, and shuts off only if it lasts. */
    private static final Pattern WARNING = Pattern.compile("warn|therm_warm");
    private static final Pattern FAULT = Pattern.compile("fault|error|shut ?down|powering off|\\bocp|uvlo|mute");

    /**
     * The stems every word of {@link #TRIPPED} holds, lower-case: a line without any is read no
     * further (matching the words costs microseconds a line, this scan a tenth of one).
     */
    private static final Stems STEMS = Stems.of("temp", "therm", "short", "sc_detect", "lbst", "current", "ocp", "volt",
            "uvlo", "brown", "dc ", "bop", "inductor");
    /** What the words of a format say, by format; a format's values are not read. */
    private static final Map<String, Trip> BY_FORMAT = new ConcurrentHashMap<>();
    private static final Pattern CONVERSION = Pattern.compile("%[-#+ 0-9.*]*[a-zA-Z]+");

    private ProtectionWords() {
    }

    /** What a line says of an amplifier's protection. */
    public enum Trip { NONE, WARNING, FAULT }

    /**
     * What a line of the row {@code format} (null where no row is known) says: the format's words,
     * or where they say nothing and a value may ({@code %s}), the line's.
     */
    public static Trip of(String format, String line) {
        if (format == null) {
            return of(line);
        }
        Trip t = BY_FORMAT.computeIfAbsent(format, f -> of(CONVERSION.matcher(f).replaceAll(" ")));
        return t == Trip.NONE && format.contains("%s") ? of(line) : t;
    }

    /** What a line's words say. */
    public static Trip of(String line) {
        if (!STEMS.in(line)) {
            return Trip.NONE;
        }
        String words = line.toLowerCase(Locale.ROOT);
        if (!TRIPPED.matcher(words).find() || NOT_TRIPPED.matcher(words).find()) {
            return Trip.NONE;
        }
        return WARNING.matcher(words).find() && !FAULT.matcher(words).find() ? Trip.WARNING : Trip.FAULT;
    }
}
