package io.xrunlens.analyzer.rule;

import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.FindingMessages;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.state.ChannelKey;
import io.xrunlens.analyzer.state.DmaChannelState;
import io.xrunlens.analyzer.state.TerminateEpisode;
import io.xrunlens.analyzer.state.Transfers;
import io.xrunlens.event.DmaRole;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * terminate-after-prep: on one channel, an async terminate whose worker had not finished
 * freeing when a new transfer was prepared. On imx-sdma v5.0-v5.14 the worker frees every
 * descriptor it finds, so it will free the new one too (commit 4e2b10be1f4f fixed that).
 *
 * <p>Proven by a free of that terminate's worker after the prep, or (instrumented kernels) by
 * the worker starting after the prep. A recovery whose frees land before the prep is benign and
 * is not reported. One finding per terminate.
 */
@StateScope(StateScope.Scope.STATELESS)
public final class TerminateAfterPrepRule implements Rule {
    public static final String ID = RuleId.TERMINATE_AFTER_PREP.id();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Class<? extends Message>> messages() {
        return Set.of(Message.DescriptorFreed.class, Message.ChannelCall.class);
    }

    @Override
    public void apply(Event event, RuleContext context) {
        context.dma().freeFact().ifPresent(fact -> {
            if (fact.afterPrep() && fact.episode().isPresent() && fact.channel().isPresent()) {
                report(context, fact.channel().get(), fact.episode().get(), event, "free");
            }
        });
        if (event.message() instanceof Message.ChannelCall c && c.role() == DmaRole.TERMINATE_WORK) {
            ChannelKey key = new ChannelKey(event.record().device(), c.channel());
            context.dma().channel(key).flatMap(DmaChannelState::episode).ifPresent(ep -> {
                if (ep.prep().isPresent() && ep.workerStart().map(w -> w == event).orElse(false)) {
                    report(context, key, ep, event, "worker");
                }
            });
        }
    }

    private void report(RuleContext context, ChannelKey key, TerminateEpisode ep, Event proof, String proofRole) {
        if (!ep.markRaceReported()) {
            return;
        }
        Event prep = ep.prep().orElseThrow();
        List<Evidence> evidence = new ArrayList<>();
        ep.terminate().ifPresent(t -> evidence.add(Evidence.of("terminate", t)));
        ep.workerStart().filter(w -> w != proof).ifPresent(w -> evidence.add(Evidence.of("worker", w)));
        evidence.add(Evidence.of("prep", prep));
        ep.submittedAfterPrep().forEach(d -> evidence.add(Evidence.of("submit", d.submitted())));
        evidence.add(Evidence.of(proofRole, proof));
        List<String> freed = new ArrayList<>();
        if (proof.message() instanceof Message.DescriptorFreed f) {
            freed.add(f.txd());
        }
        List<String> txds = new ArrayList<>(freed);
        ep.submittedAfterPrep().stream().map(d -> d.txd()).filter(t -> !txds.contains(t)).forEach(txds::add);
        String key2 = proofRole.equals("worker") ? "terminate-after-prep.worker"
                : ep.isInferred() ? "terminate-after-prep.inferred" : ID;
        String message = FindingMessages.format(key2, key.channel(),
                ep.terminate().map(context::at).orElse("-"),
                context.at(prep), String.join(", ", freed), context.at(proof));
        context.report(new Finding(ID, Severity.ERROR, context.boot(), key.device(), prep.record().driver(),
                Transfers.of(prep), OptionalInt.of(key.channel()),
                PcmDirection.UNKNOWN, prep.micros(), txds, evidence, message,
                ep.isInferred() ? "inferred" : "observed", ep.id()));
    }
}
