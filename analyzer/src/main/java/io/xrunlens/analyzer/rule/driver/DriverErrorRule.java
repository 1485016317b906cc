package io.xrunlens.analyzer.rule.driver;

import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.rule.CataloguedRule;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageFamily;
import java.util.Map;

/**
 * driver-error: an error of an audio or DMA driver that the knowledge base knows by its source
 * but no narrower rule reads: an audio DSP's IPC timeout, boot or firmware failure (SOF, AVS,
 * Qualcomm q6, AMD ACP, MediaTek ADSP), or any other error-level line of sound/ and
 * drivers/dma/. Never silence: the line, its source function and its family are the evidence.
 */
@StateScope(StateScope.Scope.BOOT)
public final class DriverErrorRule extends CataloguedRule {
    public static final String ID = RuleId.DRIVER_ERROR.id();

    public DriverErrorRule() {
        super(ID, "driver", Map.of(MessageFamily.DSP_FIRMWARE, Severity.WARNING, MessageFamily.DRIVER_ERROR,
                Severity.WARNING));
    }
}
