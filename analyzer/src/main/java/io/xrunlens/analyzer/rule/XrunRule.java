package io.xrunlens.analyzer.rule;

import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.FindingMessages;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.analyzer.finding.StreamNames;
import io.xrunlens.event.DmaRole;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.event.PcmState;
import io.xrunlens.event.TriggerCommand;
import io.xrunlens.record.Record;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * xrun: an over/underrun of a PCM stream. Evidence, any of: the "XRUN: pcmC0D0c:0" line
 * (xrun_debug; "ALSA .../pcm_lib.c:169: XRUN: pcmC0D0p" on 2.6/3.x), aplay's "underrun!!!" or
 * arecord's "overrun!!!", a wait_for_avail that sees state XRUN (4), or a trigger STOP followed
 * by START without the stream being closed (the recovery of snd_pcm_recover). The avail line just
 * before the STOP (avail at or beyond the buffer) and the DMA channel the STOP terminated are
 * kept as context. Severity info: an XRUN that recovers is a fact, not a failure.
 *
 * <p>With xrun_debug bit 1 the kernel dumps the stack after the XRUN line, and the frames say who
 * raised it: snd_pcm_period_elapsed (found at a period
 * interrupt: the application was late), the read/write path (found inside the application's own
 * call), snd_pcm_stop_xrun from a DAI interrupt handler (a hardware FIFO XRUN), or from
 * snd_info_text_entry_release (injected through xrun_injection: a test, not a fault).
 */
@StateScope(StateScope.Scope.BOOT)
public final class XrunRule implements Rule {
    public static final String ID = RuleId.XRUN.id();
    /** Evidence more than this apart belongs to different XRUNs. */
    private static final long EPISODE_GAP_MICROS = 1_000_000L;
    /** The avail line that tripped the XRUN comes right before the STOP. */
    private static final long AVAIL_BEFORE_STOP_MICROS = 10_000L;

    private Event lastAvail;
    private Episode open;

    /** One XRUN being collected. */
    private static final class Episode {
        final List<Evidence> evidence = new ArrayList<>();
        final Set<String> signs = new LinkedHashSet<>();
        PcmDirection direction = PcmDirection.UNKNOWN;
        String pcm = "";
        String device = "";
        String driver = "";
        OptionalInt channel = OptionalInt.empty();
        long anchor = Record.NO_TIME;
        long last = Record.NO_TIME;
        boolean stopped;
        boolean xrunLine;
        boolean userLine;
        boolean stopXrunSeen;
        Raiser raiser;
        int frames;
    }

    /** Who raised the XRUN, from the stack dump that follows the XRUN line. */
    enum Raiser {
        PERIOD_INTERRUPT("period-interrupt", "found at a period interrupt: the application or sound server was late"),
        READ_WRITE("read-write", "found inside the application's read/write call"),
        DAI_INTERRUPT("dai-interrupt", "raised by the DAI's interrupt handler: a hardware FIFO error"),
        INJECTED("injected", "injected through /proc/asound/.../xrun_injection: a test, not a fault"),
        /**
         * PipeWire's "snd_pcm_avail after recover: Broken pipe" with a count of more it did not
         * print ("(45 missed)"): its recovery did not take, again and again.
         */
        UNRECOVERED("unrecovered", Raiser.NOT_CLEARED),
        /** The same printed once, with no count of others (or "(0 missed)"). */
        UNRECOVERED_ONCE("unrecovered-once", Raiser.NOT_CLEARED);

        private static final String NOT_CLEARED =
                "not cleared by the sound server's recovery: the device was in XRUN again at once";

        final String form;
        final String clause;

        Raiser(String form, String clause) {
            this.form = form;
            this.clause = clause;
        }

        /** Whether the XRUN was not cleared: audio that broke, not an XRUN that recovered. */
        boolean notCleared() {
            return this == UNRECOVERED || this == UNRECOVERED_ONCE;
        }
    }

    /** PipeWire's count of the same lines it did not print, one or more: "(45 missed)", "(3 suppressed)". */
    private static final Pattern MISSED = Pattern.compile("\\((?:[1-9][0-9]*) (?:missed|suppressed)\\)");

    /** Frames of one dump after the XRUN line; more are another dump's. */
    private static final int MAX_FRAMES = 64;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Class<? extends Message>> messages() {
        return Set.of(Message.PcmAvail.class, Message.PcmTrigger.class, Message.Xrun.class, Message.UserXrun.class,
                Message.StackFrame.class, Message.WaitResult.class, Message.WaitSleep.class, Message.ChannelCall.class);
    }

    @Override
    public void apply(Event event, RuleContext context) {
        if (open != null && event.record().hasTime() && open.last != Record.NO_TIME
                && event.micros() - open.last > EPISODE_GAP_MICROS) {
            close(context);
        }
        Message m = event.message();
        if (m instanceof Message.PcmAvail) {
            lastAvail = event;
        } else if (m instanceof Message.PcmTrigger t && t.kind() == TriggerCommand.STOP) {
            Episode ep = episode(event);
            if (lastAvail != null && near(lastAvail, event)) {
                add(ep, "avail", lastAvail);
                ep.direction = ((Message.PcmAvail) lastAvail.message()).direction();
            }
            add(ep, "stop", event);
            ep.stopped = true;
        } else if (m instanceof Message.PcmTrigger t && t.kind() == TriggerCommand.START && open != null
                && open.stopped) {
            add(open, "start", event);
            strong(open, "STOP then START", event);
        } else if (m instanceof Message.Xrun x) {
            if (open != null && (open.xrunLine || !open.pcm.isEmpty() && !open.pcm.equals(x.pcm()))) {
                close(context); // the next XRUN, or another substream's: its own finding
            }
            Episode ep = episode(event);
            ep.pcm = x.pcm();
            ep.xrunLine = true;
            add(ep, "xrun", event);
            ep.direction = x.direction();
            strong(ep, "XRUN line", event);
        } else if (m instanceof Message.UserXrun u) {
            if (open != null && open.userLine) {
                close(context); // aplay prints once per XRUN: a second line is the next one
            }
            Episode ep = episode(event);
            ep.userLine = true;
            add(ep, "xrun", event);
            if (ep.direction == PcmDirection.UNKNOWN) {
                ep.direction = u.direction();
            }
            if (u.notCleared()) {
                // the only player that prints its failed recovery, with how many more it left unprinted
                ep.raiser = MISSED.matcher(event.record().text()).find() ? Raiser.UNRECOVERED : Raiser.UNRECOVERED_ONCE;
                strong(ep, u.program() + " XRUN", event);
            } else {
                strong(ep, (u.program().isEmpty() ? "aplay/arecord" : u.program()) + " " + u.word(), event);
            }
        } else if (m instanceof Message.StackFrame frame && open != null && open.xrunLine && open.raiser == null
                && open.frames++ < MAX_FRAMES) {
            for (String function : frame.functions()) {
                Raiser r = raiser(open, function);
                if (r != null) {
                    open.raiser = r;
                    break;
                }
            }
        } else if (isXrunState(m)) {
            Episode ep = episode(event);
            add(ep, "xrun", event);
            strong(ep, "state XRUN", event);
        } else if (open != null && m instanceof Message.ChannelCall c && open.channel.isEmpty()
                && (c.role() == DmaRole.TERMINATE_ASYNC || c.role().isPrep())) {
            open.channel = OptionalInt.of(c.channel());
            open.device = event.record().device();
            open.driver = event.record().driver();
            if (c.role() == DmaRole.TERMINATE_ASYNC) {
                add(open, "terminate", event);
            }
        }
    }

    @Override
    public void end(RuleContext context) {
        close(context);
    }

    @Override
    public long openUntilMicros() {
        return open == null || open.last == Record.NO_TIME ? Long.MAX_VALUE : open.last + EPISODE_GAP_MICROS;
    }

    private static boolean isXrunState(Message m) {
        return m instanceof Message.WaitResult w && w.state() == PcmState.XRUN
                || m instanceof Message.WaitSleep s && s.state() == PcmState.XRUN;
    }

    /**
     * Frames come innermost first. A period interrupt's dump also shows the DMA interrupt handler
     * further out, so the first deciding frame wins; a DAI handler decides only after
     * snd_pcm_stop_xrun, the call drivers make when their FIFO reports an error.
     */
    private static Raiser raiser(Episode ep, String function) {
        if (function.equals("snd_info_text_entry_release")) {
            return Raiser.INJECTED;
        }
        if (function.equals("snd_pcm_period_elapsed") || function.equals("snd_pcm_period_elapsed_under_stream_lock")) {
            return Raiser.PERIOD_INTERRUPT;
        }
        if (function.contains("snd_pcm_lib_xfer") || function.startsWith("snd_pcm_lib_read")
                || function.startsWith("snd_pcm_lib_write") || function.equals("snd_pcm_readi")
                || function.equals("snd_pcm_writei")) {
            return Raiser.READ_WRITE;
        }
        if (function.equals("snd_pcm_stop_xrun")) {
            ep.stopXrunSeen = true;
            return null;
        }
        if (ep.stopXrunSeen && (function.endsWith("_isr") || function.contains("irq_handler")
                || function.contains("interrupt"))) {
            return Raiser.DAI_INTERRUPT;
        }
        return null;
    }

    private Episode episode(Event event) {
        if (open == null) {
            open = new Episode();
        }
        return open;
    }

    private static void add(Episode ep, String role, Event event) {
        ep.evidence.add(Evidence.of(role, event));
        if (event.record().hasTime()) {
            ep.last = event.micros();
        }
    }

    private static void strong(Episode ep, String sign, Event event) {
        ep.signs.add(sign);
        if (ep.anchor == Record.NO_TIME) {
            ep.anchor = firstTime(ep);
        }
    }

    /**
     * The time of the episode's first timed line: aplay's "overrun!!!", pasted above the kernel's
     * lines, has no clock and says nothing about when the XRUN happened.
     */
    private static long firstTime(Episode ep) {
        return ep.evidence.stream().mapToLong(Evidence::micros).filter(t -> t != Record.NO_TIME).findFirst()
                .orElse(Record.NO_TIME);
    }

    private static boolean near(Event before, Event after) {
        return !before.record().hasTime() || !after.record().hasTime()
                || after.micros() - before.micros() <= AVAIL_BEFORE_STOP_MICROS;
    }

    private void close(RuleContext context) {
        Episode ep = open;
        open = null;
        if (ep == null || ep.signs.isEmpty()) {
            return;
        }
        if (ep.anchor == Record.NO_TIME) {
            ep.anchor = firstTime(ep); // the signs came before any timed line
        }
        String signs = String.join(", ", ep.signs) + (ep.raiser == null ? "" : "; " + ep.raiser.clause);
        String message = FindingMessages.format(ID, StreamNames.capitalized(ep.direction),
                context.at(ep.anchor, ep.evidence.get(0).line()), signs);
        // an XRUN the sound server could not clear is audio that broke, not one that recovered
        Severity severity = ep.raiser != null && ep.raiser.notCleared() ? Severity.WARNING : Severity.INFO;
        context.report(new Finding(ID, severity, context.boot(), ep.device, ep.driver, "", ep.channel,
                ep.direction, ep.anchor, List.of(), List.copyOf(ep.evidence), message, "observed", "",
                ep.raiser == null ? "" : ep.raiser.form));
    }
}
