package io.xrunlens.analyzer.finding;

import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.record.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audio devices of a boot that did not come back from a system suspend: the PM core's
 * "PM: failed to resume async: error -110" (or "failed to restore", after hibernation) on each,
 * its first. A stream that fails on such a device later in the boot fails because of it, however
 * long after: the driver keeps the device as the failed resume left it until it is reloaded.
 */
public final class Unresumed {
    /** A boot's devices are few; a log of made-up names keeps this bounded all the same. */
    private static final int KEPT = 64;
    private final List<Finding> failures;

    private Unresumed(List<Finding> failures) {
        this.failures = failures;
    }

    static final Unresumed NONE = new Unresumed(List.of());

    /** The first resume failure of each device among {@code findings}, after those of {@code earlier}. */
    static Unresumed of(Unresumed earlier, List<Finding> findings) {
        List<Finding> out = null; // a copy of earlier's only once a failure is new: nearly every boot has none
        for (Finding f : findings) {
            if (isResumeFailure(f) && !has(out == null ? earlier.failures : out, f.device())) {
                if (out == null) {
                    out = new ArrayList<>(earlier.failures);
                }
                if (out.size() < KEPT) {
                    out.add(f);
                }
            }
        }
        return out == null ? earlier : new Unresumed(List.copyOf(out));
    }

    /** The PM core's line that a device's resume (or restore) failed. */
    static boolean isResumeFailure(Finding f) {
        if (!(f.form().equals("pm-core.transition-failed") || f.form().equals(MessageCatalog.PM_DEVICE_FAILED))
                || f.device().isEmpty() || f.evidence().isEmpty()) {
            return false;
        }
        String text = f.evidence().get(0).text();
        return text.contains("failed to resume") || text.contains("failed to restore");
    }

    /**
     * The resume failure of a device one of {@code episode}'s findings is about, printed before the
     * episode began and not in it: what the episode's failure follows from.
     */
    Optional<Finding> before(List<Finding> episode) {
        if (failures.isEmpty() || episode.isEmpty()) {
            return Optional.empty(); // nearly every boot
        }
        Finding first = episode.get(0);
        for (Finding f : episode) {
            if (isResumeFailure(f)) {
                return Optional.empty(); // the episode holds its own: the decisions of the cause's file tell it
            }
        }
        for (Finding resume : failures) {
            if (earlier(resume, first)) {
                for (Finding f : episode) {
                    if (f.device().equals(resume.device())) {
                        return Optional.of(resume);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean has(List<Finding> list, String device) {
        for (Finding f : list) {
            if (f.device().equals(device)) {
                return true;
            }
        }
        return false;
    }

    /** By the clock where both have one, else by line. */
    static boolean earlier(Finding a, Finding b) {
        if (a.micros() != Record.NO_TIME && b.micros() != Record.NO_TIME) {
            return a.micros() < b.micros();
        }
        return a.line() < b.line();
    }
}
