package io.xrunlens.analyzer.state;

import io.xrunlens.event.Event;
import java.util.Optional;

/**
 * What one "txd %p: freeing" record means, as the DMA state worked it out.
 *
 * @param free        the free record
 * @param channel     the channel the descriptor belonged to, if known
 * @param descriptor  the descriptor, if its submission was in the log
 * @param episode     the terminate whose worker did this free, if one was in flight
 * @param afterPrep   the free came after a prep made while that terminate was in flight
 * @param misapplied  the descriptor was submitted after that terminate began
 */
public record FreeFact(Event free, Optional<ChannelKey> channel, Optional<Descriptor> descriptor,
                       Optional<TerminateEpisode> episode, boolean afterPrep, boolean misapplied) {
}
