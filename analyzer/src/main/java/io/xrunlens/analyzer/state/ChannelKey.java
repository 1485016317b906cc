package io.xrunlens.analyzer.state;

/** A DMA channel: channel numbers are per DMA controller, so the device is part of the key. */
public record ChannelKey(String device, int channel) {
    @Override
    public String toString() {
        return device + " channel " + channel;
    }
}
