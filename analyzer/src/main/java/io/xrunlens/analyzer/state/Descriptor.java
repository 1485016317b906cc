package io.xrunlens.analyzer.state;

import io.xrunlens.event.Event;

/**
 * A transfer descriptor the log saw submitted.
 *
 * @param txd       hashed pointer, an opaque id
 * @param vchan     hashed pointer of its virtual channel
 * @param channel   the channel of the prep it followed
 * @param submitted the "submitted" record
 * @param prep      the prep record it came from
 */
public record Descriptor(String txd, String vchan, ChannelKey channel, Event submitted, Event prep) {
}
