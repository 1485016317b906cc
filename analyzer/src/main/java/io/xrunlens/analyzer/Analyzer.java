package io.xrunlens.analyzer;

import io.xrunlens.analyzer.boot.BootFacts;
import io.xrunlens.analyzer.boot.BootFold;
import io.xrunlens.analyzer.boot.FoldedIncidents;
import io.xrunlens.analyzer.finding.ChainTable;
import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.analyzer.finding.IncidentBuilder;
import io.xrunlens.analyzer.rule.Rule;
import io.xrunlens.analyzer.rule.RuleContext;
import io.xrunlens.analyzer.rule.Rules;
import io.xrunlens.analyzer.state.DmaState;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.format.LogFormat;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.parser.EventSink;
import io.xrunlens.record.Record;
import io.xrunlens.record.TimeStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Runs the rules over the events of one input, boot by boot, and chains their findings into
 * incidents. Feed it events in log order ({@link #accept}), then call {@link #finish()}.
 * Memory: the per-boot state and the findings, never the events; a long boot's findings are
 * chained in parts ({@link Parts}), and finished boots and parts that repeat earlier findings
 * are counted, not kept ({@link BootFold}).
 */
public final class Analyzer implements EventSink {
    /**
     * How long after a terminate a free can still be its worker's: the worker sleeps 1-2 ms
     * (usleep_range(1000, 2000)); 100 ms leaves room for a loaded system's workqueue.
     */
    public static final long WORKER_WINDOW_MICROS = 100_000L;

    /**
     * When a long boot is chained into incidents in parts rather than whole: a soak log's boot can
     * hold a race every few minutes for days, and holding all its findings to the end held
     * memory in proportion to them.
     *
     * @param findings    a boot that has reported this many findings is cut at the next quiet
     *                    gap; boots under it are chained whole, as they always were
     * @param gapMicros   the quiet that ends a part: no finding and no event any rule reads in it
     * @param maxFindings a boot that keeps this many findings with no such gap (a flood of races
     *                    a few seconds apart, for hours) is cut after the next finding that ends
     *                    an episode (a stall; after four times as many, wherever it stands): an
     *                    incident astride the cut may miss a link, which the report's notes say,
     *                    but memory stays bounded
     */
    record Parts(int findings, long gapMicros, int maxFindings) {
        /**
         * The gap is twice the widest window of any link (chains.tsv): no incident could chain
         * across it, and every episode a rule holds open has ended before it, so the parts'
         * incidents are those the whole boot would give.
         */
        static final Parts DEFAULT = new Parts(1024, 2 * ChainTable.widestWindowMicros(), 4096);
        /**
         * For a live input: a watch chains the boot's current part again after every finding
         * that ends an episode, so a part there costs it at every stall; kept small, a flood
         * of races is watched in time linear in its length.
         */
        static final Parts LIVE = new Parts(64, DEFAULT.gapMicros(), 256);
    }

    private final Parts parts;
    /** Where ended boots are finished: on a thread of their own, in order, while the next boot is read. */
    private final BootFinisher finisher;

    private final List<Supplier<Rule>> ruleFactories;
    private long workerWindowMicros;
    private final BootFold finished;
    private final List<Optional<KernelRelease>> kernels = new ArrayList<>();
    /** What the analysis says of how it read the input: the boots it had to cut where no gap came. */
    private final List<String> notes = new ArrayList<>();
    /** One instance per release: a log of many boots of one kernel names it once. */
    private final Map<KernelRelease, Optional<KernelRelease>> releases = new HashMap<>();
    private Consumer<BootFold.BootResult> onBootEnd = b -> { };
    private Consumer<Finding> onFinding = f -> { };
    private BootRun boot;
    /** The input's format, which knows how its times are printed once records have been read. */
    private LogFormat format;

    private TimeStyle times() {
        return format == null ? TimeStyle.SECONDS : format.timeStyle();
    }

    /**
     * What each boot's state is handed, made once: a lambda made per boot costs a slow call in
     * code the quick compiler made, and a log of short boots made a hundred thousand.
     */
    private final Supplier<TimeStyle> timesOfInput = this::times;
    private final Consumer<Finding> findingRelay = f -> onFinding.accept(f);

    public Analyzer() {
        this(Rules.defaults());
    }

    /** An analyzer for a live input (xrunlens watch): a long boot is chained in small parts ({@link Parts#LIVE}). */
    public static Analyzer live() {
        return new Analyzer(Rules.defaults(), new BootFold(b -> false), Parts.LIVE, BootFinisher.inPlace());
    }

    public Analyzer(List<Supplier<Rule>> ruleFactories) {
        this(ruleFactories, b -> false);
    }

    /**
     * @param keepWhole the boots to report whole even where they repeat an earlier boot (the boot
     *                  a timeline draws)
     */
    public Analyzer(List<Supplier<Rule>> ruleFactories, IntPredicate keepWhole) {
        this(ruleFactories, keepWhole, Parts.DEFAULT);
    }

    Analyzer(List<Supplier<Rule>> ruleFactories, IntPredicate keepWhole, Parts parts) {
        this(ruleFactories, new BootFold(keepWhole), parts, BootFinisher.background());
    }

    /**
     * An analyzer whose finished boots go to {@code finished}, which other analyzers of the same
     * input may share: a log server's boards that fail alike are folded as one board's boots are
     * ({@link HostAnalyses}), finished by {@code finisher}, which they share too: one fold takes
     * boots in the order they ended.
     */
    Analyzer(List<Supplier<Rule>> ruleFactories, BootFold finished, Parts parts, BootFinisher finisher) {
        this.parts = parts;
        this.finisher = finisher;
        this.ruleFactories = List.copyOf(ruleFactories);
        this.workerWindowMicros = WORKER_WINDOW_MICROS;
        this.finished = finished;
    }

    /** Told of each finding the moment its rule reports it, before any chaining or fold (xrunlens watch). */
    public void onFinding(Consumer<Finding> listener) {
        this.onFinding = listener;
    }

    /** Told each boot's results once it is finished, before any fold (xrunlens watch prints them). */
    public void onBootEnd(Consumer<BootFold.BootResult> listener) {
        this.onBootEnd = listener;
    }

    /** Rules look at typed events only; unknown lines are skimmed (counted, not framed). */
    @Override
    public boolean wantsUnknown() {
        return false;
    }

    /** A coarse clock (dmesg -T: one second) widens the window: frees and preps share a tick. */
    @Override
    public void format(LogFormat format) {
        this.format = format;
        workerWindowMicros = Math.max(WORKER_WINDOW_MICROS, 2 * format.clockResolutionMicros());
    }

    /** Events of one boot, put in the order of the log's clock before the rules see them. */
    private final ClockOrder order = new ClockOrder(this::analyse);

    private int bootInOrder = -1;

    @Override
    public void accept(Event event) {
        int b = event.record().boot();
        if (b != bootInOrder) {
            order.flush(); // a boot's events are all analysed before the next boot's: clocks restart
            bootInOrder = b;
        }
        order.accept(event);
    }

    private void analyse(Event event) {
        int b = event.record().boot();
        if (boot == null || boot.index != b) {
            finishBoot();
            while (kernels.size() < b) {
                kernels.add(Optional.empty()); // a boot with no typed event: nothing to say of it
            }
            boot = new BootRun(b);
        }
        boot.apply(event);
    }

    /**
     * A live input went quiet: the events held for clock ordering are analysed now, and the rules
     * whose window the quiet has closed decide (their own window, or the watch's settle time).
     */
    public void quiet(long quietMillis, long settleMillis) {
        order.drain();
        if (boot != null) {
            for (Rule rule : boot.rules) {
                long window = rule.quietClosesWindowMillis();
                if (quietMillis >= (window >= 0 ? window : settleMillis)) {
                    rule.settle(boot.context); // idempotent: a rule with nothing open reports nothing
                }
            }
        }
    }

    /** The findings the current boot has reported so far, as reported. */
    public List<Finding> currentFindings() {
        return boot == null ? List.of() : boot.context.findings();
    }

    /**
     * The current boot's incidents as its findings chain up now (one may still grow: xrunlens
     * watch decides when it is complete).
     */
    public List<Incident> currentIncidents() {
        if (boot == null) {
            return List.of();
        }
        return IncidentBuilder.build(inLogOrder(boot.context.findings()), boot.facts, boot.earlier).incidents();
    }

    /** Ends the last boot; returns the findings (log order) and incidents kept whole, and the folds. */
    public Result finish() {
        order.flush();
        finishBoot();
        finisher.await();
        return new Result(List.copyOf(finished.findings()), List.copyOf(finished.incidents()), List.copyOf(kernels),
                finished.folded(), List.copyOf(notes));
    }

    /**
     * Findings and incidents of one input kept whole, the kernel of each boot seen (in boot
     * order), the incidents counted instead of kept, and, in a log of several hosts, the host of
     * each boot (by its number; empty in one machine's log).
     */
    public record Result(List<Finding> findings, List<Incident> incidents, List<Optional<KernelRelease>> kernels,
                         List<FoldedIncidents> folded, List<String> notes, List<String> bootHosts) {
        /** One machine's result: no boot names a host. */
        public Result(List<Finding> findings, List<Incident> incidents, List<Optional<KernelRelease>> kernels,
                      List<FoldedIncidents> folded, List<String> notes) {
            this(findings, incidents, kernels, folded, notes, List.of());
        }
    }

    /**
     * Ends the current boot: its kernel and notes here, its rules' last word and its chaining by
     * the finisher.
     */
    private void finishBoot() {
        BootRun run = boot;
        if (run == null) {
            return;
        }
        Optional<KernelRelease> kernel = kernelOf(run);
        kernels.add(kernel);
        if (run.cuts > 0) {
            notes.add(String.format(Locale.ROOT, "boot %d: more than %,d findings came with no quiet gap, so the boot"
                    + " was chained in parts, cut %,d times after a stall or where it stood: an incident at a cut may"
                    + " miss a link", run.index, parts.maxFindings(), run.cuts));
        }
        boot = null;
        finisher.finish(() -> {
            for (Rule rule : run.rules) {
                rule.end(run.context);
            }
            hand(chainPart(run, kernel));
        }, run.context.kept());
    }

    /**
     * Ends a part of a long boot: the rules decide what they hold open, as on a quiet input, and
     * the part's findings are chained here (the next part starts from them) and handed on, after
     * any boot still being finished, as a boot's are.
     */
    private void finishPart(BootRun run) {
        for (Rule rule : run.rules) {
            rule.settle(run.context);
            rule.partEnds(run.context);
        }
        BootFold.BootResult result = chainPart(run, kernelOf(run));
        finisher.finish(() -> hand(result), result.findings().size());
    }

    /** Chains the findings the boot holds into incidents; the next part is told of them. */
    private BootFold.BootResult chainPart(BootRun run, Optional<KernelRelease> kernel) {
        List<Finding> found = inLogOrder(run.context.takeFindings());
        IncidentBuilder.Result chained = IncidentBuilder.build(found, run.facts, run.earlier);
        run.earlier = chained.next();
        return new BootFold.BootResult(run.index, chained.findings(), chained.incidents(), kernel);
    }

    /** A boot's or part's result to the listener and the fold. */
    private void hand(BootFold.BootResult result) {
        onBootEnd.accept(result);
        finished.add(result);
    }

    private Optional<KernelRelease> kernelOf(BootRun run) {
        Optional<KernelRelease> k = run.facts.kernel();
        return k.isPresent() ? releases.computeIfAbsent(k.get(), Optional::of) : Optional.empty();
    }

    /**
     * Findings in the order their first evidence appears in the log; ties (a one-second clock,
     * a flattened line) go by the time and then the line of the evidence that decided them.
     * Each finding's keys are worked out once: a comparator scanning the evidence at every
     * comparison cost a long boot's parts more than the rest of their sorting.
     */
    private static List<Finding> inLogOrder(List<Finding> findings) {
        List<LogPlace> places = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            places.add(new LogPlace(Evidence.firstLine(f.evidence()), f.startMicros(), f.micros(),
                    Evidence.lastLine(f.evidence()), f));
        }
        places.sort(LogPlace.ORDER);
        List<Finding> sorted = new ArrayList<>(places.size());
        for (LogPlace p : places) {
            sorted.add(p.finding());
        }
        return sorted;
    }

    /** A finding and the keys of its place in the log. */
    private record LogPlace(long firstLine, long start, long micros, long lastLine, Finding finding) {
        static final Comparator<LogPlace> ORDER = Comparator.comparingLong(LogPlace::firstLine)
                .thenComparingLong(LogPlace::start)
                .thenComparingLong(LogPlace::micros)
                .thenComparingLong(LogPlace::lastLine)
                .thenComparing(p -> p.finding().rule());
    }

    /**
     * Which rules (by their index in the factory list) want which events. The same for every
     * boot, so it is worked out once: a log of thousands of short boots paid for it per boot.
     */
    private record Routing(Map<Class<?>, int[]> byMessage, Map<MessageFamily, int[]> byFamily, int[] timed) {
        static Routing of(List<Rule> rules) {
            Map<Class<?>, List<Integer>> byMessage = new HashMap<>();
            Map<MessageFamily, List<Integer>> byFamily = new EnumMap<>(MessageFamily.class);
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                for (Class<?> type : rule.messages()) {
                    byMessage.computeIfAbsent(type, t -> new ArrayList<>()).add(i);
                }
                if (rule.messages().contains(Message.Catalogued.class)) {
                    for (MessageFamily family : MessageFamily.values()) {
                        if (rule.families() == null || rule.families().contains(family)) {
                            byFamily.computeIfAbsent(family, f -> new ArrayList<>()).add(i);
                        }
                    }
                }
            }
            Map<Class<?>, int[]> messages = new HashMap<>();
            byMessage.forEach((k, v) -> messages.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            Map<MessageFamily, int[]> families = new EnumMap<>(MessageFamily.class);
            byFamily.forEach((k, v) -> families.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            List<Integer> timed = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                if (overrides(rules.get(i), "openUntilMicros")) {
                    timed.add(i);
                }
            }
            return new Routing(messages, families, timed.stream().mapToInt(Integer::intValue).toArray());
        }

        private static boolean overrides(Rule rule, String method) {
            try {
                return rule.getClass().getMethod(method).getDeclaringClass() != Rule.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    }

    private Routing routing;

    /** The event as its boot's kernel prints it ({@link KnowledgeBase#asOfKernel(Event, KernelRelease)}). */
    private static Event asOfKernel(Event event, BootFacts facts) {
        Optional<KernelRelease> kernel = facts.kernel();
        return kernel.isPresent() ? KnowledgeBase.active().asOfKernel(event, kernel.get()) : event;
    }

    /** One boot: its state, its rule instances, its kernel version. */
    private final class BootRun {
        final int index;
        final DmaState dma;
        final RuleContext context;
        final List<Rule> rules = new ArrayList<>();
        final BootFacts facts = new BootFacts(timesOfInput);
        /** What the parts of this boot chained so far leave to the next. */
        IncidentBuilder.Earlier earlier = IncidentBuilder.Earlier.NONE;
        /** The latest time of an event a rule read, or NO_TIME. */
        long lastRead = Record.NO_TIME;
        /** Parts cut where no quiet gap came. */
        int cuts;

        BootRun(int index) {
            this.index = index;
            this.dma = new DmaState(workerWindowMicros, "boot" + index + ":");
            this.context = new RuleContext(index, dma, timesOfInput, findingRelay, facts::audioDriverOf);
            for (Supplier<Rule> f : ruleFactories) {
                rules.add(f.get());
            }
            if (routing == null) {
                routing = Routing.of(rules);
            }
        }

        void apply(Event given) {
            Event event = asOfKernel(given, facts);
            long last = Math.max(lastRead, context.latestMicros());
            if (context.reported() >= parts.findings() && event.record().hasTime() && last != Record.NO_TIME
                    && event.micros() - last > parts.gapMicros()) {
                finishPart(this);
            } else if (context.kept() >= parts.maxFindings()
                    && (context.episodeEnded() || context.kept() >= 4 * parts.maxFindings())) {
                cuts++;
                finishPart(this);
            }
            facts.apply(event);
            dma.apply(event);
            context.note(event);
            if (event.record().hasTime()) {
                for (int i : routing.timed()) {
                    if (event.micros() > rules.get(i).openUntilMicros()) {
                        rules.get(i).settle(context); // its episode ended before this event
                    }
                }
            }
            int[] interested = event.message() instanceof Message.Catalogued c
                    ? routing.byFamily().get(c.form().family()) : routing.byMessage().get(event.message().getClass());
            if (interested != null) {
                if (event.record().hasTime()) {
                    lastRead = event.micros();
                }
                for (int i : interested) {
                    rules.get(i).apply(event, context);
                }
            }
        }
    }
}
