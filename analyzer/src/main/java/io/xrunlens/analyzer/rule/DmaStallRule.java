package io.xrunlens.analyzer.rule;

import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.FindingMessages;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Seconds;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.finding.StreamNames;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * dma-stall: pcm_lib's wait_for_avail gave up because no period arrived: "wait_for_avail:
 * tout=0" (instrumented) and/or "capture write error (DMA or IRQ trouble?)" (v6.4+: "capture
 * read timeout (...)"; a dev_dbg, so often absent), and the application's own report of the
 * -EIO ("aplay: pcm_write:2011: write error: Input/output error"), which serial captures and
 * journals often hold alone. The wait's start ("avail=.., state=3, twake=..") is kept to measure
 * how long the stream stood still (about 10 s on kernels before v6.4).
 *
 * <p>The lines of one stall come back to back; they are held until a second passes without
 * another (or a second line of the same kind comes) and reported as one finding. An untimed
 * application error pasted before the kernel's lines waits for the stall they show.
 */
@StateScope(StateScope.Scope.BOOT)
public final class DmaStallRule implements Rule {
    public static final String ID = RuleId.DMA_STALL.id();
    /** The timeout line and the error lines of one stall are printed back to back. */
    private static final long SAME_STALL_MICROS = 1_000_000L;

    private Event waitStart;
    private Event timeout;
    private Event kernelError;
    private Event userError;
    /**
     * An application's I/O error without a clock that came before any kernel line of a stall (the
     * user pasted arecord's output, then dmesg): joined to the next stall, or reported alone.
     */
    private Event floating;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Class<? extends Message>> messages() {
        return Set.of(Message.WaitSleep.class, Message.WaitResult.class, Message.PcmIoError.class, Message.UserIoError.class);
    }

    @Override
    public void apply(Event event, RuleContext context) {
        Message m = event.message();
        Event pendingEnd = pendingEnd();
        if (pendingEnd != null && event.record().hasTime() && pendingEnd.record().hasTime()
                && event.micros() - pendingEnd.micros() > SAME_STALL_MICROS) {
            report(context);
        }
        if (m instanceof Message.WaitSleep) {
            if (pendingEnd() != null) {
                report(context);
            }
            waitStart = event;
        } else if (m instanceof Message.WaitResult w && w.timedOut()) {
            if (timeout != null || kernelError != null || userError != null) {
                report(context);
            }
            timeout = event;
        } else if (m instanceof Message.WaitResult) {
            waitStart = null; // the wait ended without timing out
        } else if (m instanceof Message.PcmIoError) {
            if (kernelError != null || userError != null) {
                report(context);
            }
            kernelError = event;
        } else if (m instanceof Message.UserIoError u && u.isIoError()) {
            if (!event.record().hasTime() && timeout == null && kernelError == null) {
                // arecord's error pasted above the kernel lines: it belongs to the stall they show
                if (floating != null) {
                    userError = floating;
                    report(context);
                }
                floating = event;
                return;
            }
            if (userError != null) {
                report(context);
            }
            userError = event;
        }
    }

    /**
     * The lines of a stall come together (the kernel's error, then the application's): half a
     * second of quiet after them is the end of the stall, so a watch reports it at once.
     */
    @Override
    public long quietClosesWindowMillis() {
        return 500;
    }

    @Override
    public void end(RuleContext context) {
        if (pendingEnd() == null && floating != null) {
            userError = floating; // no kernel stall to join: the application's error on its own
            floating = null;
        }
        if (pendingEnd() != null) {
            report(context);
        }
    }

    /** The latest line of the stall being collected, or null when none is. */
    private Event pendingEnd() {
        return userError != null ? userError : kernelError != null ? kernelError : timeout;
    }

    /**
     * The latest line of the stall that has a clock: an application error pasted from the
     * terminal has none and must not hide the kernel's time of the failure.
     */
    private Event lastTimed() {
        for (Event e : new Event[] {userError, kernelError, timeout}) {
            if (e != null && e.record().hasTime()) {
                return e;
            }
        }
        return pendingEnd();
    }

    private PcmDirection direction() {
        if (kernelError != null) {
            return ((Message.PcmIoError) kernelError.message()).direction();
        }
        if (userError != null) {
            return ((Message.UserIoError) userError.message()).direction();
        }
        return PcmDirection.UNKNOWN;
    }

    private void report(RuleContext context) {
        if (userError == null && floating != null && (kernelError == null
                || direction() == ((Message.UserIoError) floating.message()).direction())) {
            userError = floating;
            floating = null;
        }
        List<Evidence> evidence = new ArrayList<>();
        Event end = lastTimed();
        if (waitStart != null) {
            evidence.add(Evidence.of("wait", waitStart));
        }
        if (timeout != null) {
            evidence.add(Evidence.of("timeout", timeout));
        }
        if (kernelError != null) {
            evidence.add(Evidence.of("error", kernelError));
        }
        if (userError != null) {
            evidence.add(Evidence.of("app error", userError));
        }
        PcmDirection direction = direction();
        String message;
        if (waitStart != null && waitStart.record().hasTime() && end.record().hasTime()) {
            message = FindingMessages.format(ID, StreamNames.capitalized(direction),
                    context.at(waitStart), context.at(end), Seconds.tenths(end.micros() - waitStart.micros()));
        } else if (kernelError == null && timeout == null && userError != null
                && ((Message.UserIoError) userError.message()).error().equals(Message.UserIoError.POLL_TIMEOUT)) {
            message = FindingMessages.format(ID + ".poll", StreamNames.capitalized(direction), context.at(end));
        } else {
            message = FindingMessages.format(ID + ".nostart", StreamNames.capitalized(direction), context.at(end));
        }
        Event first = kernelError != null ? kernelError : userError != null ? userError : timeout;
        context.report(new Finding(ID, Severity.ERROR, context.boot(), "", "", "",
                OptionalInt.empty(), direction, first.micros(), List.of(), evidence, message, "observed", ""));
        waitStart = null;
        timeout = null;
        kernelError = null;
        userError = null;
    }
}
