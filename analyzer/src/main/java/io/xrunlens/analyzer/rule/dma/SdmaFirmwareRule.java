package io.xrunlens.analyzer.rule.dma;

import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.FindingMessages;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.rule.Rule;
import io.xrunlens.analyzer.rule.RuleContext;
import io.xrunlens.analyzer.rule.StateScope;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * sdma-firmware: the i.MX SDMA's RAM firmware holds the scripts audio peripherals need (SSI,
 * SAI, ESAI, SPDIF). When imx-sdma is built in it probes before the root file system exists and
 * falls back to the ROM scripts; firmware 1.x is too old for 4.9+ BSP kernels; v5.15+ refuses
 * transfers with "sdma firmware not ready!" (prep fails, aplay sees ENOMEM).
 *
 * <p>Decided at the end of the boot (a long boot's first part, chained apart, is told the
 * verdict as the boot so far reads), from all its firmware lines: a direct load that failed and
 * a current firmware loaded later by the fallback is a healthy boot's note and no finding. One
 * finding per boot, severity info: the incident stage raises it to warning when an audio failure
 * of the same boot may come from it.
 */
@StateScope(StateScope.Scope.BOOT)
public final class SdmaFirmwareRule implements Rule {
    public static final String ID = RuleId.SDMA_FIRMWARE.id();
    /** RAM firmware 3.x (i.MX6) and 4.x (i.MX7/8) are current; 1.1 breaks SSI on 4.9+ BSPs. */
    private static final int CURRENT_MAJOR = 3;

    private final List<Evidence> evidence = new ArrayList<>();
    private Event firstNotReady;
    private Event rom;
    private Event directFailed;
    private Event loaded;
    private int loadedMajor = -1;
    private int loadedMinor = -1;
    /** The form of the verdict already told (a long boot's part ended), or null. */
    private String told;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Class<? extends Message>> messages() {
        return Set.of(Message.FirmwareLoaded.class, Message.Catalogued.class);
    }

    @Override
    public void apply(Event event, RuleContext context) {
        Message m = event.message();
        String driver = event.record().driver();
        if (m instanceof Message.FirmwareLoaded f && (driver.isEmpty() || driver.equals("imx-sdma"))) {
            loaded = event;
            loadedMajor = f.major();
            loadedMinor = f.minor();
            keep(event);
        } else if (m instanceof Message.Catalogued c && c.form().acceptsDriver(driver)) {
            MessageFamily family = c.form().family();
            if (family == MessageFamily.SDMA_FW_NOT_READY && firstNotReady == null) {
                firstNotReady = event;
                keep(event);
            } else if (family == MessageFamily.SDMA_FW_ROM) {
                rom = event;
                keep(event);
            } else if (family == MessageFamily.SDMA_FW_DIRECT_FAILED || family == MessageFamily.SDMA_FW_FALLBACK) {
                if (directFailed == null) {
                    directFailed = event;
                }
                keep(event);
            }
        }
    }

    private void keep(Event event) {
        if (evidence.size() < 8) {
            evidence.add(Evidence.of("firmware", event));
        }
    }

    /** The firmware's story is told once, at the end of the boot: a late load may still come. */
    @Override
    public void settle(RuleContext context) {
    }

    @Override
    public void end(RuleContext context) {
        tell(context);
    }

    /**
     * At a part's end only a verdict no later line can undo is told: the ROM scripts, or a
     * firmware not ready. A failed direct load may still be followed by the fallback's load, and
     * an old firmware by a current one: a healthy boot must stay quiet.
     */
    @Override
    public void partEnds(RuleContext context) {
        if (firstNotReady != null || rom != null) {
            tell(context);
        }
    }

    /** Reports the verdict as the boot so far reads, unless it is the one told at a part's end. */
    private void tell(RuleContext context) {
        Optional<Finding> verdict = verdict(context);
        if (verdict.isPresent() && !verdict.get().form().equals(told)) {
            told = verdict.get().form();
            context.report(verdict.get());
        }
    }

    private Optional<Finding> verdict(RuleContext context) {
        String key;
        Event at;
        if (firstNotReady != null) {
            key = "not-ready";
            at = firstNotReady;
        } else if (rom != null) {
            key = "rom";
            at = rom;
        } else if (loaded != null && loadedMajor < CURRENT_MAJOR) {
            key = "old";
            at = loaded;
        } else if (directFailed != null && loaded == null) {
            key = "missing";
            at = directFailed;
        } else {
            return Optional.empty(); // no firmware line, or a current firmware loaded (late loads included)
        }
        String message = FindingMessages.format(ID + "." + key, at.record().origin().isEmpty() ? "imx-sdma"
                : at.record().origin(), context.at(at), loadedMajor + "." + loadedMinor);
        return Optional.of(new Finding(ID, Severity.INFO, context.boot(), at.record().device(), "imx-sdma", "",
                OptionalInt.empty(), PcmDirection.UNKNOWN, at.micros(), List.of(), List.copyOf(evidence), message,
                "observed", "", "imx-sdma.fw-" + key));
    }
}
