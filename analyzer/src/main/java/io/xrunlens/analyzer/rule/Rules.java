package io.xrunlens.analyzer.rule;

import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.RuleTable;
import io.xrunlens.analyzer.rule.dma.SdmaFirmwareRule;
import io.xrunlens.analyzer.rule.stream.CodecFailureRule;
import io.xrunlens.analyzer.rule.stream.StreamStartFailureRule;
import io.xrunlens.analyzer.rule.stream.UsbAudioRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The rule set, in the order of {@code rules.tsv}: a family rule is a row of it, a code rule
 * one of the classes below. Rules are made per boot, so the list holds factories.
 */
public final class Rules {
    /** The rules that are classes of their own: the race, XRUNs, stalls, and what reads more than a family. */
    private static final Map<RuleId, Supplier<Rule>> CODE = Map.of(
            RuleId.TERMINATE_AFTER_PREP, TerminateAfterPrepRule::new,
            RuleId.MISAPPLIED_FREE, MisappliedFreeRule::new,
            RuleId.XRUN, XrunRule::new,
            RuleId.DMA_STALL, DmaStallRule::new,
            RuleId.STREAM_START_FAILURE, StreamStartFailureRule::new,
            RuleId.SDMA_FIRMWARE, SdmaFirmwareRule::new,
            RuleId.CODEC_FAILURE, CodecFailureRule::new,
            RuleId.USB_AUDIO, UsbAudioRule::new);

    private static final List<Supplier<Rule>> DEFAULTS = make();

    private Rules() {
    }

    public static List<Supplier<Rule>> defaults() {
        return DEFAULTS;
    }

    private static List<Supplier<Rule>> make() {
        List<Supplier<Rule>> rules = new ArrayList<>();
        for (RuleTable.Row row : RuleTable.rows().values()) {
            Supplier<Rule> code = CODE.get(row.rule());
            if (row.family() == (code != null)) {
                throw new IllegalStateException("rules.tsv: " + row.rule().id() + " is a "
                        + (row.family() ? "family rule with a class of its own" : "code rule with no class"));
            }
            rules.add(row.family() ? FamilyRule.maker(row) : code);
        }
        return List.copyOf(rules);
    }
}
