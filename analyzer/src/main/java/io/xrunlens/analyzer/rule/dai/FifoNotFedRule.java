package io.xrunlens.analyzer.rule.dai;

import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.rule.CataloguedRule;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageFamily;
import java.util.Map;

/**
 * fifo-not-fed: the DAI was enabled but DMA never put data into its FIFO. fsl_ssi polls the TX
 * FIFO level 100 times after enabling and prints "Timeout waiting TX FIFO filling" (dev_warn,
 * visible at the default log level). On a first start it points at clocks or SDMA firmware; right
 * after an XRUN recovery on v5.0-v5.14 it is the face of the imx-sdma terminate race on a stock
 * kernel (Fuzzey, alsa-devel 2020-04). The incident decides which.
 */
@StateScope(StateScope.Scope.BOOT)
public final class FifoNotFedRule extends CataloguedRule {
    public static final String ID = RuleId.FIFO_NOT_FED.id();

    public FifoNotFedRule() {
        super(ID, "dai idle", Map.of(MessageFamily.FIFO_NOT_FED, Severity.ERROR));
    }
}
