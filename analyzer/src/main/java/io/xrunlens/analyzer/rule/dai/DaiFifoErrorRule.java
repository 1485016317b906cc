package io.xrunlens.analyzer.rule.dai;

import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.rule.CataloguedRule;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageFamily;
import java.util.Map;

/**
 * dai-fifo-error: a CPU DAI reported a hardware FIFO underrun/overrun or frame-sync error
 * (fsl-sai, fsl-esai, davinci-mcasp, stm32-sai, Rockchip TDM, dwc-i2s, lpass, mchp-pdmc, ...), or
 * that it sees no usable clock (bcm2835-i2s SYNC error, STM32 wrong clock configuration). The
 * serial interface shifted a slot the DMA had not filled: bus or DMA latency, watermarks, or a DMA
 * that stopped. Many of these prints were demoted to dev_dbg or rate-limited over time, so their
 * absence proves nothing.
 */
@StateScope(StateScope.Scope.BOOT)
public final class DaiFifoErrorRule extends CataloguedRule {
    public static final String ID = RuleId.DAI_FIFO_ERROR.id();

    public DaiFifoErrorRule() {
        super(ID, "dai fifo", Map.of(MessageFamily.DAI_FIFO, Severity.WARNING, MessageFamily.DAI_CLOCK, Severity.WARNING));
    }
}
