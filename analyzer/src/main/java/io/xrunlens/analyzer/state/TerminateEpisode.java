package io.xrunlens.analyzer.state;

import io.xrunlens.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One async terminate of a channel, from the terminate call until its worker has freed the
 * descriptors (imx-sdma v5.0-v5.14: sdma_disable_channel_async / sdma_terminate_all schedule
 * sdma_channel_terminate_work, which sleeps ~1 ms and then frees every descriptor of the
 * channel, including any prepared after the terminate).
 *
 * <p>Stock kernels print no terminate line; there the episode is inferred when an older
 * descriptor of the channel is freed after a new cyclic prep.
 */
public final class TerminateEpisode {
    private final String id;
    private final Optional<Event> terminate;
    private Event prep;
    private Event workerStart;
    private final List<Event> frees = new ArrayList<>();
    private final List<Descriptor> submittedAfterPrep = new ArrayList<>();
    private boolean raceReported;

    TerminateEpisode(String id, Optional<Event> terminate) {
        this.id = id;
        this.terminate = terminate;
    }

    /** Stable id of this episode within the input, used to group its findings. */
    public String id() {
        return id;
    }

    /** The terminate record; empty when the kernel does not print it and it was inferred. */
    public Optional<Event> terminate() {
        return terminate;
    }

    public boolean isInferred() {
        return terminate.isEmpty();
    }

    /** The first prep of the channel while the terminate was in flight, if any. */
    public Optional<Event> prep() {
        return Optional.ofNullable(prep);
    }

    /** The instrumented "terminate_work" record, if printed. */
    public Optional<Event> workerStart() {
        return Optional.ofNullable(workerStart);
    }

    /** Frees attributed to this terminate's worker, in log order. */
    public List<Event> frees() {
        return List.copyOf(frees);
    }

    /** Descriptors submitted from the prep made while this terminate was in flight. */
    public List<Descriptor> submittedAfterPrep() {
        return List.copyOf(submittedAfterPrep);
    }

    /** Time the episode's clock starts: the terminate, or for inferred ones the prep. */
    long startMicros() {
        return terminate.map(Event::micros).orElse(prep == null ? Long.MIN_VALUE : prep.micros());
    }

    void setPrep(Event event) {
        prep = event;
    }

    void setWorkerStart(Event event) {
        workerStart = event;
    }

    void addSubmitted(Descriptor d) {
        submittedAfterPrep.add(d);
    }

    void addFree(Event event) {
        frees.add(event);
    }

    /** Rules mark the episode once its race is reported, so one race gives one finding. */
    public boolean markRaceReported() {
        boolean first = !raceReported;
        raceReported = true;
        return first;
    }
}
