package io.xrunlens.analyzer.rule.dai;

import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.rule.CataloguedRule;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import java.util.Optional;
import java.util.Set;

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
    public static final String ID = "dai-fifo-error";

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected String role() {
        return "dai fifo";
    }

    @Override
    protected Set<MessageFamily> families() {
        return Set.of(MessageFamily.DAI_FIFO, MessageFamily.DAI_CLOCK);
    }

    @Override
    protected Optional<Severity> severity(Message.Catalogued message, Event event) {
        return Optional.of(Severity.WARNING);
    }
}
