package io.xrunlens.analyzer.boot;

import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.analyzer.finding.Severity;
import java.util.Locale;

/**
 * Incidents of one kind that repeated the first ones across boots, counted instead of kept
 * ({@link BootFold}): their kind is {@code like}'s (cause, device, driver, channel, stream).
 *
 * @param like      the first incident of the kind, reported whole
 * @param count     how many are folded
 * @param firstBoot the boot of the first folded
 * @param lastBoot  the boot of the last folded
 * @param firstLine the first input line of the first folded
 * @param lastLine  the last input line of the last folded
 * @param findings  the findings chained in them, every occurrence counted
 * @param errors    of those incidents, the ones where audio broke (an error finding)
 */
public record FoldedIncidents(Incident like, long count, int firstBoot, int lastBoot, long firstLine, long lastLine,
                              long findings, long errors) {

    /** "boot 3" or "boots 3 to 1,042": where they were, as a report says it. */
    public String boots() {
        return firstBoot == lastBoot ? String.format(Locale.ROOT, "boot %,d", firstBoot)
                : String.format(Locale.ROOT, "boots %,d to %,d", firstBoot, lastBoot);
    }

    /** Counts incidents one by one, in log order. */
    static final class Builder {
        private long count;
        private int firstBoot;
        private int lastBoot;
        private long firstLine;
        private long lastLine;
        private long findings;
        private long errors;

        void add(Incident i) {
            if (count++ == 0) {
                firstBoot = i.boot();
                firstLine = i.firstLine();
            }
            lastBoot = i.boot();
            lastLine = i.lastLine();
            for (Finding f : i.findings()) {
                findings += f.repeats();
            }
            if (i.severity() == Severity.ERROR) {
                errors++;
            }
        }

        FoldedIncidents done(Incident like) {
            return new FoldedIncidents(like, count, firstBoot, lastBoot, firstLine, lastLine, findings, errors);
        }
    }
}
