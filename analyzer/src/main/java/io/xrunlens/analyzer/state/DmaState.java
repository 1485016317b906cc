package io.xrunlens.analyzer.state;

import io.xrunlens.event.DmaRole;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.record.Record;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The DMA side of one boot: channels, descriptors, and which terminate is in flight where.
 * It sees every event before the rules do and records what a free means ({@link FreeFact}),
 * so that all rules agree on which channel and which terminate a free belongs to.
 *
 * <p>Memory is bounded: channels are few (32 per SDMA), and descriptors that are never freed
 * in the log (completed slave-sg transfers, kernels that do not print frees) are forgotten
 * oldest first beyond {@link #MAX_DESCRIPTORS}.
 */
public final class DmaState {
    static final int MAX_DESCRIPTORS = 4096;

    private final long workerWindowMicros;
    private final String episodePrefix;
    private final Map<ChannelKey, DmaChannelState> channels = new LinkedHashMap<>();
    private final Map<String, Tracked> descriptors = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tracked> eldest) {
            return size() > MAX_DESCRIPTORS;
        }
    };
    private final Map<String, ChannelKey> vchans = new HashMap<>();
    private final Map<String, ChannelKey> unsubmittedPrep = new HashMap<>();
    private final Map<String, ChannelKey> lastPrepOfDevice = new HashMap<>();
    private FreeFact lastFree;
    private int episodes;

    /** A descriptor and the terminate that was in flight on its channel when it was submitted. */
    private record Tracked(Descriptor descriptor, TerminateEpisode episodeAtSubmit) {
    }

    /**
     * @param workerWindowMicros how long after a terminate (or prep) a free can still be that
     *                           terminate's worker: the worker sleeps 1-2 ms, scheduling adds more
     * @param episodePrefix      makes episode ids unique within an input (the boot)
     */
    public DmaState(long workerWindowMicros, String episodePrefix) {
        this.workerWindowMicros = workerWindowMicros;
        this.episodePrefix = episodePrefix;
    }

    public Optional<DmaChannelState> channel(ChannelKey key) {
        return Optional.ofNullable(channels.get(key));
    }

    /** The meaning of the current event if it is a free; empty for any other event. */
    public Optional<FreeFact> freeFact() {
        return Optional.ofNullable(lastFree);
    }

    public void apply(Event event) {
        lastFree = null;
        String device = event.record().device();
        Message m = event.message();
        if (m instanceof Message.ChannelCall c) {
            channelCall(event, new ChannelKey(device, c.channel()), c.role());
        } else if (m instanceof Message.SgSetup s) {
            prep(event, channelState(new ChannelKey(device, s.channel())), DmaRole.PREP_SLAVE_SG);
        } else if (m instanceof Message.DescriptorSubmitted s) {
            submitted(event, device, s);
        } else if (m instanceof Message.DescriptorFreed f) {
            freed(event, device, f.txd());
        }
    }

    private void channelCall(Event event, ChannelKey key, DmaRole role) {
        DmaChannelState ch = channelState(key);
        switch (role) {
            case TERMINATE_ASYNC -> ch.setEpisode(new TerminateEpisode(nextEpisodeId(key), Optional.of(event)));
            case TERMINATE_WORK -> {
                TerminateEpisode ep = ch.rawEpisode();
                if (ep != null && ep.workerStart().isEmpty()) {
                    ep.setWorkerStart(event);
                }
            }
            case SYNCHRONIZE -> ch.setEpisode(null);
            case PREP_CYCLIC, PREP_SLAVE_SG, PREP_MEMCPY -> prep(event, ch, role);
            default -> {
            }
        }
    }

    private void prep(Event event, DmaChannelState ch, DmaRole role) {
        TerminateEpisode ep = ch.rawEpisode();
        if (ep != null) {
            if (!ep.frees().isEmpty() || expired(ep.startMicros(), event)) {
                // The worker already freed (a benign recovery) or no worker was due: closed.
                ch.setEpisode(null);
            } else if (ep.prep().isEmpty()) {
                ep.setPrep(event);
            }
        }
        ch.prep(event, role);
        unsubmittedPrep.put(ch.key().device(), ch.key());
        lastPrepOfDevice.put(ch.key().device(), ch.key());
    }

    /** virt-dma prints "submitted" right after the driver's prep: it belongs to that channel. */
    private void submitted(Event event, String device, Message.DescriptorSubmitted s) {
        String vchanId = device + "/" + s.vchan();
        ChannelKey key = unsubmittedPrep.remove(device);
        // a pointer printed as "(____ptrval____)" names no channel or descriptor: a free of one
        // still lands after a prep or not (the race), but which descriptor it freed is not told
        if (key == null && !Message.isPlaceholder(s.vchan())) {
            key = vchans.get(vchanId);
        }
        if (key == null) {
            return;
        }
        if (!Message.isPlaceholder(s.vchan())) {
            vchans.put(vchanId, key);
        }
        DmaChannelState ch = channelState(key);
        Descriptor d = new Descriptor(s.txd(), s.vchan(), key, event, ch.lastPrep().orElse(null));
        ch.submitted(d);
        TerminateEpisode ep = ch.rawEpisode();
        if (ep != null && ep.prep().isPresent()) {
            ep.addSubmitted(d);
        }
        if (!Message.isPlaceholder(s.txd())) {
            descriptors.put(device + "/" + s.txd(), new Tracked(d, ep));
        }
    }


    private void freed(Event event, String device, String txd) {
        Tracked tracked = Message.isPlaceholder(txd) ? null : descriptors.remove(device + "/" + txd);
        Optional<Descriptor> d = Optional.ofNullable(tracked).map(Tracked::descriptor);
        ChannelKey key = d.map(Descriptor::channel).orElseGet(() -> recentPrepChannel(device, event));
        if (key == null) {
            lastFree = new FreeFact(event, Optional.empty(), d, Optional.empty(), false, false);
            return;
        }
        DmaChannelState ch = channelState(key);
        TerminateEpisode ep = ch.rawEpisode();
        if (ep != null && expired(ep.startMicros(), event)) {
            ep = null;
        }
        if (ep == null && isOlderThanCyclicPrep(ch, d, event)) {
            // Stock kernels print no terminate. A cyclic channel has one live descriptor; if an
            // older one is freed after a new cyclic prep, a terminate ran before that prep and
            // its worker is only freeing now.
            ep = new TerminateEpisode(nextEpisodeId(key), Optional.empty());
            Event prep = ch.lastPrep().orElseThrow();
            ep.setPrep(prep);
            TerminateEpisode inferred = ep;
            ch.latest().filter(x -> x.prep() == prep).ifPresent(inferred::addSubmitted);
            ch.setEpisode(ep);
        }
        boolean afterPrep = ep != null && ep.prep().isPresent();
        TerminateEpisode episode = ep;
        boolean misapplied = ep != null && tracked != null
                && (tracked.episodeAtSubmit() == episode
                    || episode.prep().isPresent() && tracked.descriptor().prep() == episode.prep().get());
        if (ep != null) {
            ep.addFree(event);
        }
        lastFree = new FreeFact(event, Optional.of(key), d, Optional.ofNullable(ep), afterPrep, misapplied);
    }

    private boolean isOlderThanCyclicPrep(DmaChannelState ch, Optional<Descriptor> d, Event free) {
        Optional<Event> prep = ch.lastPrep();
        return ch.prepRole() == DmaRole.PREP_CYCLIC && prep.isPresent()
                && d.map(x -> x.prep() != prep.get()).orElse(true)
                && !expired(prep.get().micros(), free);
    }

    /** A free of a descriptor the log never saw submitted: the channel just prepped, if recent. */
    private ChannelKey recentPrepChannel(String device, Event free) {
        ChannelKey key = lastPrepOfDevice.get(device);
        if (key == null) {
            return null;
        }
        Optional<Event> prep = channelState(key).lastPrep();
        return prep.isPresent() && !expired(prep.get().micros(), free) ? key : null;
    }

    /** True when {@code later} is beyond the worker window from {@code startMicros}. */
    private boolean expired(long startMicros, Event later) {
        long t = later.micros();
        if (startMicros == Record.NO_TIME || startMicros == Long.MIN_VALUE || t == Record.NO_TIME) {
            return false; // no clock: log order is all we have, and it says nothing about time
        }
        return t - startMicros > workerWindowMicros;
    }

    private DmaChannelState channelState(ChannelKey key) {
        return channels.computeIfAbsent(key, DmaChannelState::new);
    }

    private String nextEpisodeId(ChannelKey key) {
        return episodePrefix + key.device() + "/" + key.channel() + "#" + ++episodes;
    }
}
