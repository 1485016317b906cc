package io.xrunlens.analyzer.rule;

import io.xrunlens.analyzer.finding.CauseClassifier;
import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A boot's lines of the firmware loader that a file an audio device asked for is not there
 * ("Direct firmware load for intel/sof/sof-tgl.ri failed with error -2"), not yet claimed, by
 * device. On their own they are context (a codec's optional tuning file); the first problem of
 * the same device that opens within {@link #NEAR_MICROS} after them claims them, once, whichever
 * rule it is, as its first records: the file the device lacked.
 */
public final class FilesNotFound {
    /** A failed load this close before a problem of the same device is that problem's first record. */
    static final long NEAR_MICROS = 5_000_000L;
    /** Devices kept at most: a boot has a few audio devices, a hostile log may name millions. */
    private static final int DEVICES = 64;
    /** Loads kept per device: a driver asks for a few files before it gives up. */
    private static final int PER_DEVICE = 5;
    private final Map<String, List<Event>> byDevice = new HashMap<>();

    /** Notes an event that is the firmware loader's file not found for an audio device; any other is not one. */
    void note(Event event) {
        if (!(event.message() instanceof Message.Catalogued c) || c.form().family() != MessageFamily.FIRMWARE_FILE
                || !c.form().acceptsOrigin(event.record().driver(), event.record().device())) {
            return;
        }
        String device = event.record().device();
        if (!byDevice.containsKey(device) && byDevice.size() >= DEVICES) {
            byDevice.clear(); // (no board has that many audio devices: memory stays bounded)
        }
        List<Event> loads = byDevice.computeIfAbsent(device, d -> new ArrayList<>());
        if (loads.size() < PER_DEVICE) {
            loads.add(event);
        }
    }

    /**
     * The device's loads within {@link #NEAR_MICROS} before {@code problem} (on a log without a
     * clock, in the same boot), as the problem's first records; taken, so that no later problem
     * claims them again.
     */
    List<Evidence> claim(String device, Event problem) {
        List<Event> loads = byDevice.remove(device);
        if (loads == null) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        for (Event load : loads) {
            boolean timed = load.record().hasTime() && problem.record().hasTime();
            if (!timed || problem.micros() >= load.micros() && problem.micros() - load.micros() <= NEAR_MICROS) {
                evidence.add(Evidence.of(CauseClassifier.FIRMWARE_ROLE, load));
            }
        }
        return evidence;
    }
}
