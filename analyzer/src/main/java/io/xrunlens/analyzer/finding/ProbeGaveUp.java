package io.xrunlens.analyzer.finding;

import io.xrunlens.record.Record;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A device's probe notes that its probe then gave up on. A DAI's, platform's or machine driver's
 * probe error the knowledge base files as the card's ("failed to get HiFi clock") is a note on its
 * own, since healthy boards print an optional part's too; but where the driver core then says that
 * very device's probe failed ("fsl-asrc: probe of 30010000.asrc failed with error -22", 6.12's
 * "probe with driver fsl-asrc failed with error -22"), nothing was optional: the device did not
 * come up, and the notes of that attempt are the first lines of the problem. The driver core
 * prints no such line for a deferral, nor for -ENODEV and -ENXIO (a driver that found nothing to
 * drive). An earlier attempt that deferred ("not registered - will retry", "parse error -517")
 * ends the notes that count: they were that attempt's.
 */
final class ProbeGaveUp {
    /** The driver core's words, 6.1's ("DRIVER: probe of DEVICE failed ...") and 6.12's (by the device). */
    private static final Pattern PROBE_OF = Pattern.compile("probe of (\\S+) failed with error (-\\d+)");
    private static final Pattern PROBE_WITH = Pattern.compile("probe with driver \\S+ failed with error (-\\d+)");
    /** A probe attempt that deferred, in a driver's or the ASoC core's words. */
    private static final Pattern DEFERRED = Pattern.compile("-517\\b|EPROBE_DEFER|will retry|deferr");
    /** How long before its failure a note of the same attempt comes: the probe returns at once. */
    private static final long WITHIN_MICROS = 1_000_000L;
    /** The same in lines, where the log has no clock. */
    private static final long WITHIN_LINES = 50;

    /** The notes to raise, each with the error its device's probe then failed with. */
    private final Map<Finding, String> raised = new IdentityHashMap<>();

    private ProbeGaveUp(List<Finding> findings) {
        Map<String, List<Finding>> byDevice = new HashMap<>();
        for (Finding f : findings) {
            if (!f.device().isEmpty() && RuleId.CODEC_FAILURE.of(f)) {
                byDevice.computeIfAbsent(f.device(), d -> new ArrayList<>()).add(f);
            }
        }
        for (Finding f : findings) {
            if (!f.form().startsWith("driver-core.probe")) {
                continue;
            }
            for (Evidence e : f.evidence()) {
                Matcher of = PROBE_OF.matcher(e.text());
                Matcher with = PROBE_WITH.matcher(e.text());
                if (of.find()) {
                    raise(byDevice.get(of.group(1)), e, of.group(2));
                } else if (with.find()) {
                    raise(byDevice.get(f.device()), e, with.group(1));
                }
            }
        }
    }

    static ProbeGaveUp of(List<Finding> findings) {
        return new ProbeGaveUp(findings);
    }

    /** The error the probe of {@code note}'s device failed with right after it, or empty. */
    String errorAfter(Finding note) {
        return raised.getOrDefault(note, "");
    }

    /** Marks the device's notes of the attempt that ended in {@code failure}, latest first, back to a deferral. */
    private void raise(List<Finding> device, Evidence failure, String error) {
        if (device == null || error.equals("-517")) {
            return;
        }
        List<Finding> before = new ArrayList<>();
        for (Finding f : device) {
            if (f.line() < failure.line() && soon(f, failure)) {
                before.add(f);
            }
        }
        before.sort(Comparator.comparingLong(Finding::line).reversed());
        for (Finding f : before) {
            if (deferred(f)) {
                return;
            }
            if (f.severity() == Severity.INFO) {
                raised.put(f, error);
            }
        }
    }

    private static boolean soon(Finding note, Evidence failure) {
        if (note.micros() != Record.NO_TIME && failure.micros() != Record.NO_TIME) {
            return failure.micros() >= note.micros() && failure.micros() - note.micros() <= WITHIN_MICROS;
        }
        return failure.line() - note.line() <= WITHIN_LINES;
    }

    private static boolean deferred(Finding f) {
        for (Evidence e : f.evidence()) {
            if (DEFERRED.matcher(e.text()).find()) {
                return true;
            }
        }
        return false;
    }
}
