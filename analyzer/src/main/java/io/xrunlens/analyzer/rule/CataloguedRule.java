package io.xrunlens.analyzer.rule;

import io.xrunlens.analyzer.finding.Errnos;
import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.FindingMessages;
import io.xrunlens.analyzer.finding.Printers;
import io.xrunlens.analyzer.finding.ProtectionWords;
import io.xrunlens.analyzer.finding.Severity;
import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.record.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A rule that reads families of the message catalogue: every catalogued message of its families
 * from a driver that prints it becomes a finding. Drivers repeat FIFO errors many times a second,
 * so a run of the same message from the same device with no gap over a second is one finding
 * (a burst) with its count, its first lines as evidence, and its first and last time: findings
 * count bursts, not lines, and memory stays bounded by {@link #MAX_EVIDENCE}.
 */
@StateScope(StateScope.Scope.BOOT)
public abstract class CataloguedRule implements Rule {
    /** Lines of one message further apart than this are separate bursts. */
    static final long BURST_GAP_MICROS = 1_000_000L;
    /** Evidence lines kept per burst; the rest are counted. */
    static final int MAX_EVIDENCE = 5;

    private final String id;
    private final String role;
    private final Map<MessageFamily, Severity> severities;
    private Burst open;

    /**
     * @param id         the rule id findings carry
     * @param role       the step name its lines get in an incident's chain (ten characters at most)
     * @param severities the families the rule reads, each with the severity of its findings
     */
    protected CataloguedRule(String id, String role, Map<MessageFamily, Severity> severities) {
        this.id = id;
        this.role = role;
        this.severities = Map.copyOf(severities);
    }

    @Override
    public final String id() {
        return id;
    }

    /** One run of the same message from one device. */
    private static final class Burst {
        final Event first;
        final Message.Catalogued message;
        final Severity severity;
        final Subject subject;
        final List<Evidence> evidence = new ArrayList<>();
        /** The firmware loader's files not found for its device just before it, which it claimed as it opened. */
        List<Evidence> filesNotFound = List.of();
        Event last;
        int count;
        /** Lines of its function the kernel's rate limit dropped before or within the burst. */
        long dropped;

        Burst(Event first, Message.Catalogued message, Severity severity, Subject subject) {
            this.first = first;
            this.message = message;
            this.severity = severity;
            this.subject = subject;
            this.last = first;
        }
    }

    /**
     * The device and driver a line is about: who printed it, or for a line that names its device
     * in the text and no driver (the PM core's before 5.14, an IOMMU's fault by PCI address,
     * {@link MessageCatalog#deviceNamed}), that device and the driver an audio line of the boot
     * named it with (none: no audio device's, no finding).
     */
    private record Subject(String device, String driver, boolean namedInText) {
        static Optional<Subject> of(Message.Catalogued c, Event event, RuleContext context) {
            Record r = event.record();
            String device = MessageCatalog.deviceNamed(c.form(), c.values());
            if (device == null) {
                return Optional.of(new Subject(r.device(), r.driver(), false));
            }
            return context.audioDriverOf(device).map(driver -> new Subject(device, driver, true));
        }

        String origin() {
            return Record.origin(driver, device);
        }
    }

    @Override
    public Set<Class<? extends Message>> messages() {
        return Set.of(Message.Catalogued.class);
    }

    @Override
    public Set<MessageFamily> families() {
        return severities.keySet();
    }

    /**
     * How bad this one message is, or empty when it is no finding at all (a note that says all
     * is well, like McASP's "off by 0 PPM"). Called for messages of the rule's families only; by
     * default the severity of the message's family, a note's when it ends in a probe deferral.
     */
    protected Optional<Severity> severity(Message.Catalogued message, Event event) {
        Severity s = severities.get(message.form().family());
        // a probe deferred (-517) is retried when its supplier appears: the driver core says
        // when it never was ("deferred probe pending"), so on its own it is context
        return Optional.of(s.isProblem() && ErrorNumbers.deferred(message) ? Severity.INFO : s);
    }

    /** Whether the rule takes this message; rules sharing a family split it here. */
    protected boolean accepts(Message.Catalogued message) {
        return true;
    }


    @Override
    public void apply(Event event, RuleContext context) {
        if (!(event.message() instanceof Message.Catalogued c) || !severities.containsKey(c.form().family())
                || !c.form().acceptsOrigin(event.record().driver(), event.record().device()) || !accepts(c)) {
            return;
        }
        Optional<Severity> severity = severity(c, event);
        Optional<Subject> subject = severity.isEmpty() ? Optional.empty() : Subject.of(c, event, context);
        if (subject.isEmpty()) {
            return;
        }
        long dropped = context.rateLimits().claim(c);
        if (open != null && continues(open, event, c, subject.get())) {
            open.count++;
            open.dropped += dropped;
            open.last = event;
            if (open.evidence.size() < MAX_EVIDENCE) {
                open.evidence.add(Evidence.of(role, event));
            }
            return;
        }
        close(context);
        open = new Burst(event, c, severity.get(), subject.get());
        if (open.severity.isProblem()) {
            open.filesNotFound = context.filesNotFound().claim(subject.get().device(), event);
        }
        open.count = 1;
        open.dropped = dropped;
        open.evidence.add(Evidence.of(role, event));
    }

    @Override
    public void end(RuleContext context) {
        close(context);
    }

    private static boolean continues(Burst b, Event event, Message.Catalogued c, Subject subject) {
        if (!b.message.form().id().equals(c.form().id())
                || !b.subject.device().equals(subject.device())
                || ErrorNumbers.deferred(b.message) != ErrorNumbers.deferred(c)) {
            return false; // a deferral's retries that end in a real error: that error is a finding of its own
        }
        Record last = b.last.record();
        return !last.hasTime() || !event.record().hasTime()
                || event.micros() - last.micros() <= BURST_GAP_MICROS;
    }

    private void close(RuleContext context) {
        Burst b = open;
        open = null;
        if (b == null) {
            return;
        }
        Record r = b.first.record();
        Subject s = b.subject;
        String origin = !s.origin().isEmpty() ? s.origin() : Printers.of(b.message.form().id(), r.text(), "The kernel");
        String repeat = (b.count == 1 ? "" : FindingMessages.format("burst", b.count, context.at(b.last)))
                + (b.dropped == 0 ? "" : FindingMessages.format("suppressed", b.dropped));
        // a rule may word its findings its own way ("RULE=" in messages.properties); most say what
        // printed what, and a line that names its device in the text is the kernel's about it
        String sentence = FindingMessages.has(id()) ? id() : s.namedInText() ? "catalogued.about" : "catalogued";
        Optional<String> tripped = protection(b.message, r.text()); // (no lambda: one per finding)
        String message = FindingMessages.format(sentence, origin, r.text(), context.at(b.first), repeat,
                (tripped.isPresent() ? tripped.get() : meaning(b.message, b.first)) + Errnos.gloss(ErrorNumbers.last(b.message)));
        PcmDirection stream = b.message.form().direction() != PcmDirection.UNKNOWN ? b.message.form().direction()
                : PcmDirection.fromWords(r.text()); // "failed to derive required Tx rate": %c said which
        List<Evidence> evidence = new ArrayList<>(b.filesNotFound);
        evidence.addAll(before(b.message, b.first));
        evidence.addAll(b.evidence);
        context.report(new Finding(id(), b.severity, context.boot(), s.device(), s.driver(), "", OptionalInt.empty(),
                stream, r.micros(), List.of(), List.copyOf(evidence), message, "observed", "",
                b.message.form().id()));
    }

    /**
     * What an amplifier's report of its own protection means ({@link ProtectionWords}): a driver's
     * error, a codec's or a stream's that says it tripped, whatever the family's sentence says of
     * drivers that fail.
     */
    private static Optional<String> protection(Message.Catalogued message, String text) {
        MessageFamily family = message.form().family();
        if (family != MessageFamily.DRIVER_ERROR && family != MessageFamily.CODEC && family != MessageFamily.STREAM_START) {
            return Optional.empty();
        }
        return switch (ProtectionWords.of(message.form().format(), text)) {
            case FAULT -> Optional.of(FindingMessages.format("meaning.amp-fault"));
            case WARNING -> Optional.of(FindingMessages.format("meaning.amp-warning"));
            case NONE -> Optional.empty();
        };
    }

    /** Earlier records the finding rests on too (what it names as its root); none by default. */
    protected List<Evidence> before(Message.Catalogued message) {
        return List.of();
    }

    /** The same, knowing the burst's first event (its device); by default {@link #before(Message.Catalogued)}. */
    protected List<Evidence> before(Message.Catalogued message, Event first) {
        return before(message);
    }

    /** The same, knowing the burst's first event (who printed it); by default {@link #meaning(Message.Catalogued)}. */
    protected String meaning(Message.Catalogued message, Event first) {
        return meaning(message);
    }

    /**
     * What the message means, as a clause; looked up by the row's own key where it has one
     * ("meaning.form.ID", given the row's values: a sound server's words, which the family's
     * sentence about the kernel does not fit; the function an oops crashed in), else by its family, or a deferral's: a problem's, or a card's part that
     * failed to probe (a note until the deferral never ends).
     */
    protected String meaning(Message.Catalogued message) {
        String own = "meaning.form." + message.form().id();
        if (FindingMessages.has(own)) {
            // {0}… the printed values, then for each 1 where it is not empty (for a choice)
            List<String> values = message.values();
            Object[] args = new Object[2 * values.size()];
            for (int i = 0; i < values.size(); i++) {
                args[i] = values.get(i);
                args[values.size() + i] = values.get(i).isEmpty() ? 0 : 1;
            }
            return FindingMessages.format(own, args);
        }
        MessageFamily family = message.form().family();
        Severity s = severities.get(family);
        boolean failure = s != null && (s.isProblem() || family == MessageFamily.CARD);
        return FindingMessages.format(failure && ErrorNumbers.deferred(message)
                ? "meaning.deferred" : "meaning." + family.name());
    }
}
