package io.xrunlens.analyzer.rule;

import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.FindingMessages;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.finding.StreamNames;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.record.Timestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * dma-stall: pcm_lib's wait_for_avail gave up because no period arrived: "wait_for_avail:
 * tout=0" (instrumented) and/or "capture write error (DMA or IRQ trouble?)" (v6.4+: "capture
 * read timeout (...)"). The read/write then fails with -EIO. The wait's start ("avail=..,
 * state=3, twake=..") is kept to measure how long the stream stood still (about 10 s on
 * kernels before v6.4).
 */
@StateScope(StateScope.Scope.BOOT)
public final class DmaStallRule implements Rule {
    public static final String ID = "dma-stall";
    /** The timeout line and the error line of one stall are printed back to back. */
    private static final long SAME_STALL_MICROS = 1_000_000L;

    private Event waitStart;
    private Event timeout;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void apply(Event event, RuleContext context) {
        Message m = event.message();
        if (timeout != null && event.record().hasTime() && timeout.record().hasTime()
                && event.micros() - timeout.micros() > SAME_STALL_MICROS) {
            report(context, null);
        }
        if (m instanceof Message.WaitSleep) {
            waitStart = event;
        } else if (m instanceof Message.WaitResult w && w.timedOut()) {
            if (timeout != null) {
                report(context, null);
            }
            timeout = event;
        } else if (m instanceof Message.WaitResult) {
            waitStart = null; // the wait ended without timing out
        } else if (m instanceof Message.PcmIoError) {
            report(context, event);
        }
    }

    @Override
    public void end(RuleContext context) {
        if (timeout != null) {
            report(context, null);
        }
    }

    private void report(RuleContext context, Event error) {
        List<Evidence> evidence = new ArrayList<>();
        Event end = error != null ? error : timeout;
        PcmDirection direction = error != null ? ((Message.PcmIoError) error.message()).direction()
                : PcmDirection.UNKNOWN;
        if (waitStart != null) {
            evidence.add(Evidence.of("wait", waitStart));
        }
        if (timeout != null) {
            evidence.add(Evidence.of("timeout", timeout));
        }
        if (error != null) {
            evidence.add(Evidence.of("error", error));
        }
        String message;
        if (waitStart != null && waitStart.record().hasTime() && end.record().hasTime()) {
            double seconds = (end.micros() - waitStart.micros()) / 1e6;
            message = FindingMessages.format(ID, StreamNames.capitalized(direction),
                    Timestamps.format(waitStart.micros()), Timestamps.format(end.micros()),
                    String.format(Locale.ROOT, "%.1f", seconds));
        } else {
            message = FindingMessages.format(ID + ".nostart", StreamNames.capitalized(direction),
                    Timestamps.format(end.micros()));
        }
        context.report(new Finding(ID, Severity.ERROR, context.boot(), "", "", "", OptionalInt.empty(), direction,
                end.micros(), List.of(), evidence, message, "observed", ""));
        waitStart = null;
        timeout = null;
    }
}
