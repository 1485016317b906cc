package io.xrunlens.analyzer.rule;

import io.xrunlens.analyzer.rule.dai.DaiFifoErrorRule;
import io.xrunlens.analyzer.rule.dai.FifoNotFedRule;
import io.xrunlens.analyzer.rule.dma.DmaChannelErrorRule;
import io.xrunlens.analyzer.rule.driver.DriverErrorRule;
import io.xrunlens.analyzer.rule.dma.SdmaFirmwareRule;
import io.xrunlens.analyzer.rule.stream.CodecFailureRule;
import io.xrunlens.analyzer.rule.stream.HwPointerRule;
import io.xrunlens.analyzer.rule.stream.StreamStartFailureRule;
import io.xrunlens.analyzer.rule.stream.UsbAudioRule;
import io.xrunlens.analyzer.rule.system.SystemLatencyRule;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rule set. Rules are made per boot, so the list holds factories. The race and the PCM
 * episode rules live here; the rules that read the message catalogue are grouped by cause
 * (dai, dma, stream, system).
 */
public final class Rules {
    private Rules() {
    }

    public static List<Supplier<Rule>> defaults() {
        return List.of(TerminateAfterPrepRule::new, MisappliedFreeRule::new, XrunRule::new, DmaStallRule::new,
                FifoNotFedRule::new, DaiFifoErrorRule::new, DmaChannelErrorRule::new, StreamStartFailureRule::new,
                HwPointerRule::new, SdmaFirmwareRule::new, CodecFailureRule::new, UsbAudioRule::new,
                SystemLatencyRule::new, DriverErrorRule::new);
    }
}
