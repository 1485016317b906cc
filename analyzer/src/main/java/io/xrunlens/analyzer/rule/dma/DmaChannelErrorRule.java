package io.xrunlens.analyzer.rule.dma;

import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.rule.CataloguedRule;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageFamily;
import java.util.Map;

/**
 * dma-channel-error: a DMA engine could not start, stop or run a channel: imx-sdma "Timeout
 * waiting for CH0 ready" and a period too large for its buffer descriptors, k3-udma "teardown
 * timeout!"/"refused to stop!", TI edma CCERR, bcm2835-dma "could not be terminated". Shared
 * engines (k3-udma, edma) also serve UARTs and SPI; the incident stage lowers the severity when
 * nothing in the boot ties the channel to audio.
 */
@StateScope(StateScope.Scope.BOOT)
public final class DmaChannelErrorRule extends CataloguedRule {
    public static final String ID = RuleId.DMA_CHANNEL_ERROR.id();

    public DmaChannelErrorRule() {
        super(ID, "dma error", Map.of(MessageFamily.DMA_CHANNEL, Severity.ERROR));
    }
}
