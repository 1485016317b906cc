package io.xrunlens.analyzer.rule;

import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.FindingMessages;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.state.Descriptor;
import io.xrunlens.analyzer.state.FreeFact;
import io.xrunlens.analyzer.state.TerminateEpisode;
import io.xrunlens.analyzer.state.Transfers;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * misapplied-free: a descriptor freed by a terminate's worker although it was submitted after
 * that terminate. It is the new transfer of the XRUN recovery; with it gone the channel runs
 * nothing and the PCM waits until its timeout.
 */
@StateScope(StateScope.Scope.STATELESS)
public final class MisappliedFreeRule implements Rule {
    public static final String ID = RuleId.MISAPPLIED_FREE.id();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Class<? extends Message>> messages() {
        return Set.of(Message.DescriptorFreed.class);
    }

    @Override
    public void apply(Event event, RuleContext context) {
        context.dma().freeFact().filter(FreeFact::misapplied).ifPresent(fact -> report(context, fact));
    }

    private void report(RuleContext context, FreeFact fact) {
        Descriptor d = fact.descriptor().orElseThrow();
        TerminateEpisode ep = fact.episode().orElseThrow();
        List<Evidence> evidence = new ArrayList<>();
        ep.terminate().ifPresent(t -> evidence.add(Evidence.of("terminate", t)));
        if (d.prep() != null) {
            evidence.add(Evidence.of("prep", d.prep()));
        }
        evidence.add(Evidence.of("submit", d.submitted()));
        evidence.add(Evidence.of("free", fact.free()));
        String message = FindingMessages.format(ID, d.channel().channel(), context.at(d.submitted()),
                context.at(fact.free()), d.txd());
        context.report(new Finding(ID, Severity.ERROR, context.boot(), d.channel().device(),
                fact.free().record().driver(), Transfers.of(d.prep()),
                OptionalInt.of(d.channel().channel()), PcmDirection.UNKNOWN, fact.free().micros(), List.of(d.txd()),
                evidence, message, ep.isInferred() ? "inferred" : "observed", ep.id()));
    }
}
