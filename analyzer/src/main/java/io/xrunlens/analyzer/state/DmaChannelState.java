package io.xrunlens.analyzer.state;

import io.xrunlens.event.DmaRole;
import io.xrunlens.event.Event;
import java.util.Optional;

/** What the log has shown of one DMA channel so far in this boot. */
public final class DmaChannelState {
    private final ChannelKey key;
    private Event lastPrep;
    private DmaRole prepRole = DmaRole.OTHER;
    private boolean prepSubmitted = true;
    private TerminateEpisode episode;
    private Descriptor latest;

    DmaChannelState(ChannelKey key) {
        this.key = key;
    }

    public ChannelKey key() {
        return key;
    }

    /** The async terminate in flight on this channel, if any. */
    public Optional<TerminateEpisode> episode() {
        return Optional.ofNullable(episode);
    }

    public Optional<Event> lastPrep() {
        return Optional.ofNullable(lastPrep);
    }

    DmaRole prepRole() {
        return prepRole;
    }

    TerminateEpisode rawEpisode() {
        return episode;
    }

    void setEpisode(TerminateEpisode e) {
        episode = e;
    }

    /** Instrumented and stock kernels may both print a prep; one unsubmitted prep is one prep. */
    void prep(Event event, DmaRole role) {
        if (lastPrep == null || prepSubmitted) {
            lastPrep = event;
            prepRole = role;
        }
        prepSubmitted = false;
    }

    void submitted(Descriptor d) {
        prepSubmitted = true;
        latest = d;
    }

    /** The descriptor submitted from the last prep, if any. */
    Optional<Descriptor> latest() {
        return Optional.ofNullable(latest);
    }
}
