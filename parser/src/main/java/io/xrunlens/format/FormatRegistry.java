package io.xrunlens.format;

import java.util.List;
import java.util.Optional;

/**
 * The formats xrunlens reads, in order of preference when detection ties. Adding a format is
 * one class here; detection and {@code --input-format} pick it up.
 */
public final class FormatRegistry {
    private static final List<LogFormat> FORMATS = List.of(new DmesgFormat());

    private FormatRegistry() {
    }

    public static List<LogFormat> all() {
        return FORMATS;
    }

    public static Optional<LogFormat> byName(String name) {
        return FORMATS.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The format that best explains these first lines of an input; dmesg when nothing does. */
    public static LogFormat detect(List<String> firstLines) {
        LogFormat best = FORMATS.get(0);
        long bestScore = 0;
        for (LogFormat f : FORMATS) {
            long score = 0;
            for (String line : firstLines) {
                score += f.score(line);
            }
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }
}
