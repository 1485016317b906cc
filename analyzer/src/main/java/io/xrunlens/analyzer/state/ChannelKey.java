package io.xrunlens.analyzer.state;

import java.util.Objects;

/** A DMA channel: channel numbers are per DMA controller, so the device is part of the key. */
public record ChannelKey(String device, int channel) {
    // written out: asked for every DMA event, and the record's own are slow calls in code the quick compiler made
    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelKey k && channel == k.channel && Objects.equals(device, k.device);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(device) * 31 + channel;
    }

    @Override
    public String toString() {
        return device + " channel " + channel;
    }
}
