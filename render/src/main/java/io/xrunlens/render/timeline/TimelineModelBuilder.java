package io.xrunlens.render.timeline;

import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.analyzer.finding.Printers;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.rule.ErrorNumbers;
import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.event.DmaRole;
import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import io.xrunlens.event.TriggerCommand;
import io.xrunlens.record.Record;
import io.xrunlens.record.TimeStyle;
import io.xrunlens.render.timeline.TimelineModel.Bar;
import io.xrunlens.render.timeline.TimelineModel.Kind;
import io.xrunlens.render.timeline.TimelineModel.Marker;
import io.xrunlens.render.timeline.TimelineModel.Panel;
import io.xrunlens.render.timeline.TimelineModel.Shade;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the picture of one incident (or of a boot, or of a window) from the events in view:
 * which lane each event goes to, which descriptor bars to draw, where the race window is and
 * where the time axis is cut.
 */
public final class TimelineModelBuilder {
    /** Markers closer than this many pixels on one lane are merged into one counted marker. */
    private static final int MERGE_PIXELS = 3;
    /** An idle stretch longer than this many widths of what came before it is cut out of the axis. */
    private static final int CUT_AFTER_WIDTHS = 4;
    /** Idle stretches shorter than this are never cut (a 1 ms story keeps its 3 ms of context). */
    private static final long MIN_CUT_MICROS = 20_000;
    /** At most this many stretches side by side: more would be too narrow to read. */
    private static final int MAX_PANELS = 4;
    private static final long MIN_PAD_MICROS = 100;

    private static final String LANE_IOCTL = "user space: PCM ioctls";
    /** PCM lines with and without origin (instrumented pr_debug prints none) share one lane. */
    private static final String LANE_PCM = "ALSA PCM core";
    private static final String LANE_TRIGGER = "dmaengine trigger";
    private static final String LANE_WORKER = "terminate worker";
    private static final String LANE_APP = "user space: aplay/arecord";

    /** The lane of a program's lines: alsa-utils' players share one, another program has its own. */
    private static String appLane(String program) {
        return program.isEmpty() || program.equals("aplay") || program.equals("arecord") ? LANE_APP
                : "user space: " + program;
    }

    private TimelineModelBuilder() {
    }

    /**
     * The stretches of time a picture of this incident shows. The incident's evidence is cut at
     * every idle stretch much longer than what came before it (the 2 ms race, then 10 s of
     * nothing, then the stall's end; an XRUN, then minutes later another), so each stretch gets
     * a readable width. The first stretch, where the story starts, gets the most room.
     */
    public static List<Panel> panels(Incident incident) {
        return panels(incident, 1);
    }

    /**
     * The same for a log whose clock ticks every {@code tickMicros}: nothing shorter than two
     * ticks is cut (the records of one tick are spread across it for the picture).
     */
    public static List<Panel> panels(Incident incident, long tickMicros) {
        long[] times = Evidence.times(incident.chain()).sorted().toArray();
        if (times.length == 0) {
            return List.of(new Panel(0, 1, 1)); // untimed: the picture places it by line instead
        }
        // Events that come at a steady pace (a burst of XRUNs every 100 ms) are not cut apart:
        // a cut must also be several times the usual spacing of the chain's events.
        long minCut = Math.max(Math.max(MIN_CUT_MICROS, 2 * tickMicros), CUT_AFTER_WIDTHS * medianSpacing(times));
        List<long[]> groups = new ArrayList<>();
        long[] current = {times[0], times[0]};
        for (int i = 1; i < times.length; i++) {
            long gap = times[i] - current[1];
            long before = Math.max(current[1] - current[0], 1000);
            if (gap > minCut && gap > CUT_AFTER_WIDTHS * before) {
                groups.add(current);
                current = new long[] {times[i], times[i]};
            } else {
                current[1] = times[i];
            }
        }
        groups.add(current);
        while (groups.size() > MAX_PANELS) {
            int smallest = 1;
            for (int i = 2; i < groups.size(); i++) {
                if (groups.get(i)[0] - groups.get(i - 1)[1] < groups.get(smallest)[0] - groups.get(smallest - 1)[1]) {
                    smallest = i;
                }
            }
            groups.get(smallest - 1)[1] = groups.get(smallest)[1]; // the shortest cut is taken back
            groups.remove(smallest);
        }
        List<Panel> panels = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            long[] g = groups.get(i);
            long pad = Math.max(MIN_PAD_MICROS, Math.max(g[1] - g[0], 1000) / 10);
            // a panel's margin never reaches into its neighbour's: cuts stay positive
            long before = i == 0 ? pad : Math.min(pad, (g[0] - groups.get(i - 1)[1]) / 3);
            long after = i == groups.size() - 1 ? pad : Math.min(pad, (groups.get(i + 1)[0] - g[1]) / 3);
            panels.add(new Panel(g[0] - before, g[1] + after, groups.size() == 1 ? 1 : i == 0 ? 5 : 2));
        }
        return panels;
    }

    /** The median of the positive gaps between consecutive times (sorted), or 0. */
    private static long medianSpacing(long[] sorted) {
        long[] gaps = new long[Math.max(0, sorted.length - 1)];
        int n = 0;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] > sorted[i - 1]) {
                gaps[n++] = sorted[i] - sorted[i - 1];
            }
        }
        if (n == 0) {
            return 0;
        }
        long[] positive = Arrays.copyOf(gaps, n);
        Arrays.sort(positive);
        return positive[n / 2];
    }

    /** One panel covering these events (for --all and --window). */
    public static List<Panel> panelOver(long start, long end) {
        long pad = Math.max(MIN_PAD_MICROS, (end - start) / 50);
        return List.of(new Panel(start - pad, end + pad, 1));
    }

    /** A picture of an incident, each event drawn once (tests; see the full form). */
    public static TimelineModel build(String title, String subtitle, Optional<Incident> incident, List<Event> events,
                                      List<Panel> panels, int plotPixels) {
        return build(title, subtitle, incident, events, Collections.nCopies(events.size(), 1), panels,
                plotPixels, false);
    }

    /**
     * @param incident   the incident drawn, or empty for an overview
     * @param events     typed events of the boot inside the panels, in log order
     * @param weights    how many records each event stands for (an overview merges them)
     * @param plotPixels width of the plot area, to merge markers closer than a pixel
     * @param overview   a whole boot: no lane per descriptor (there may be thousands)
     *
     * <p>An incident's picture gives a lane to its own descriptors only: an XRUN burst over
     * minutes of recoveries would otherwise draw a lane for every buffer the recoveries made.
     */
    public static TimelineModel build(String title, String subtitle, Optional<Incident> incident, List<Event> events,
                                      List<Integer> weights, List<Panel> panels, int plotPixels, boolean overview) {
        Set<String> misapplied = new HashSet<>();
        incident.ifPresent(i -> i.findings().stream().filter(f -> RuleId.MISAPPLIED_FREE.of(f))
                .forEach(f -> misapplied.addAll(f.descriptors())));
        Lanes lanes = new Lanes();
        List<Placed> raw = new ArrayList<>();
        Map<String, String> lastPrepLane = new HashMap<>();
        Map<String, long[]> life = new LinkedHashMap<>();
        Set<String> own = incident.map(i -> Set.copyOf(i.descriptors())).orElse(Set.of());
        for (int i = 0; i < events.size(); i++) {
            long t = events.get(i).micros();
            if (panels.stream().noneMatch(x -> TimelineChart.inside(x, t))) {
                continue; // read for context (a log without a clock is read whole), not drawn: no lane
            }
            Placed p = place(events.get(i), lanes, lastPrepLane, overview || own.isEmpty() ? null : life, own,
                    overview || incident.isEmpty());
            if (p != null) {
                raw.add(p.weighted(weights.get(i)));
            }
        }
        List<Bar> bars = new ArrayList<>();
        long viewStart = panels.get(0).startMicros();
        long viewEnd = panels.get(panels.size() - 1).endMicros();
        List<Map.Entry<String, long[]>> byStart = new ArrayList<>(life.entrySet());
        byStart.sort(Comparator.comparingLong(d -> d.getValue()[0] == Record.NO_TIME ? Long.MIN_VALUE
                : d.getValue()[0]));
        lanes.reorder(byStart.stream().map(d -> "txd " + d.getKey()).toList());
        for (Map.Entry<String, long[]> d : byStart) {
            long[] t = d.getValue();
            int lane = lanes.indexOf("txd " + d.getKey());
            bars.add(new Bar(lane, t[0] == Record.NO_TIME ? viewStart : t[0], t[1] == Record.NO_TIME ? viewEnd : t[1],
                    d.getKey(), misapplied.contains(d.getKey()), t[0] == Record.NO_TIME, t[1] == Record.NO_TIME));
        }
        long origin = events.stream().mapToLong(Event::micros).min().orElse(viewStart);
        List<Marker> markers = distinguished(raw).stream()
                .map(x -> new Marker(lanes.indexOf(x.lane()), x.micros(), x.label(), x.kind(), x.weight())).toList();
        return new TimelineModel(title, subtitle, lanes.names(), merge(markers, panels, plotPixels), bars,
                overview ? Optional.empty() : incident.flatMap(TimelineModelBuilder::shade), List.of(), panels, origin,
                TimeStyle.SECONDS, List.of(), false, overview);
    }

    /**
     * The marker of an event on its lane, or null when it is not drawn; {@code life} is null when
     * descriptors get no lanes (overview, or an incident without descriptors), and then only the
     * {@code own} descriptors get one. With {@code notes}, a picture of a whole boot or of a
     * window where no incident is also draws the audio lines that tell of no trouble: a healthy
     * boot's overview shows when its cards and codecs came up instead of an empty chart, while
     * an incident's picture keeps to what the failure is made of.
     */
    private static Placed place(Event e, Lanes lanes, Map<String, String> lastPrepLane, Map<String, long[]> life,
                                Set<String> own, boolean notes) {
        long t = e.micros();
        String device = e.record().device();
        Message m = e.message();
        if (m instanceof Message.PcmIoctl io) {
            return new Placed(lanes.add(LANE_IOCTL, 0), t, io.name().replace("SNDRV_PCM_IOCTL", ""), Kind.IOCTL);
        } else if (m instanceof Message.PcmTrigger tr) {
            return new Placed(lanes.add(LANE_TRIGGER, 2), t, tr.kind().name(),
                    tr.kind() == TriggerCommand.STOP ? Kind.TERMINATE : Kind.TRIGGER);
        } else if (m instanceof Message.ChannelCall c) {
            String lane = device + " ch " + c.channel();
            if (c.role() == DmaRole.TERMINATE_WORK) {
                return new Placed(lanes.add(LANE_WORKER, 5), t, "worker ch " + c.channel(), Kind.WORKER);
            }
            Kind kind = c.role().isPrep() ? Kind.PREP : c.role() == DmaRole.TERMINATE_ASYNC ? Kind.TERMINATE
                    : Kind.CHANNEL;
            if (c.role().isPrep()) {
                lastPrepLane.put(device, lane);
            }
            return new Placed(lanes.add(lane, 3), t, shortName(c.function()), kind);
        } else if (m instanceof Message.SgSetup s) {
            String lane = device + " ch " + s.channel();
            lastPrepLane.put(device, lane);
            return new Placed(lanes.add(lane, 3), t, "prep_slave_sg", Kind.PREP);
        } else if (m instanceof Message.BufferDescriptor) {
            String lane = lastPrepLane.getOrDefault(device, device + " ch ?");
            return new Placed(lanes.add(lane, 3), t, "BD", Kind.BUFFER);
        } else if (m instanceof Message.DescriptorSubmitted s) {
            String lane = lastPrepLane.getOrDefault(device, device + " ch ?");
            if (life == null || !own.contains(s.txd())) {
                return new Placed(lanes.add(lane, 3), t, "submit", Kind.SUBMIT);
            }
            life.computeIfAbsent(s.txd(), k -> new long[] {Record.NO_TIME, Record.NO_TIME})[0] = t;
            lanes.add("txd " + s.txd(), 6);
            return new Placed(lanes.add(lane, 3), t, "submit " + s.txd(), Kind.SUBMIT);
        } else if (m instanceof Message.DescriptorFreed f) {
            if (life == null || !own.contains(f.txd())) {
                return new Placed(lanes.add(LANE_WORKER, 5), t, "free", Kind.FREE);
            }
            life.computeIfAbsent(f.txd(), k -> new long[] {Record.NO_TIME, Record.NO_TIME})[1] = t;
            lanes.add("txd " + f.txd(), 6);
            return new Placed(lanes.add(LANE_WORKER, 5), t, "free " + f.txd(), Kind.FREE);
        } else if (m instanceof Message.Xrun || isXrunWait(m)) {
            return new Placed(lanes.add(LANE_PCM, 1), t, "XRUN", Kind.XRUN);
        } else if (m instanceof Message.PcmIoError || m instanceof Message.WaitResult w && w.timedOut()) {
            return new Placed(lanes.add(LANE_PCM, 1), t, m instanceof Message.PcmIoError ? "I/O error" : "timeout",
                    Kind.ERROR);
        } else if (m instanceof Message.PcmAvail a) {
            return new Placed(lanes.add(LANE_PCM, 1), t, "avail " + a.avail(), Kind.PCM);
        } else if (m instanceof Message.WaitSleep) {
            return new Placed(lanes.add(LANE_PCM, 1), t, "wait", Kind.PCM);
        } else if (m instanceof Message.PeriodElapsed || m instanceof Message.WaitResult) {
            return new Placed(lanes.add(LANE_PCM, 1), t, "", Kind.PCM);
        } else if (m instanceof Message.UserXrun u) {
            // PipeWire says its recovery did not take; aplay and arecord name the direction
            String label = u.notCleared() ? "XRUN not cleared" : u.word();
            return new Placed(lanes.add(appLane(u.program()), 0), t, label, Kind.XRUN);
        } else if (m instanceof Message.UserIoError u) {
            return new Placed(lanes.add(appLane(u.program()), 0), t, u.isIoError() ? "EIO"
                    : u.error().startsWith("No such device") ? "ENODEV" : "error", Kind.ERROR);
        } else if (m instanceof Message.Catalogued c) {
            boolean note = c.form().family() == io.xrunlens.catalog.MessageFamily.NOTE;
            if (note && !notes) {
                return null;
            }
            String label = label(c);
            String detail = MessageCatalog.isHandWritten(c.form()) ? label : FormatLabel.distinct(c.form().format());
            return new Placed(lanes.add(driverLane(c, e), 4), t, label, note ? Kind.NOTE : Kind.DRIVER, 1, detail);
        }
        return null;
    }

    /**
     * The lane of a catalogued line: the device that printed it, or that it names in its text (an
     * IOMMU's fault, the PM core's before 5.14), or the driver that starts its message with its
     * name ("i2sbus: …"), or the subsystem; a program's line (a player's open error, PipeWire's,
     * ALSA's library's) its program's, not the kernel's.
     */
    private static String driverLane(Message.Catalogued c, Event e) {
        String named = e.record().origin().isEmpty() ? MessageCatalog.deviceNamed(c.form(), c.values()) : null;
        String origin = named != null && !named.isEmpty() ? named : e.record().origin();
        return switch (c.form().family()) {
            case LATENCY, IRQ_DISABLED, MEMORY -> "system";
            case HW_POINTER, HW_POINTER_NOTE -> LANE_PCM;
            default -> !origin.isEmpty() ? origin : printerLane(c, e);
        };
    }

    /** The lane of a line with no device: its program's, else the driver that starts it with its name, else the kernel's. */
    private static String printerLane(Message.Catalogued c, Event e) {
        String program = Printers.program(c.form().id(), e.record().text());
        if (program != null) {
            return appLane(program);
        }
        String driver = Printers.driver(c.form().id());
        return driver != null ? driver : "kernel";
    }

    /**
     * "fsl-ssi.tx-fifo-timeout" -> "tx-fifo-timeout": the lane names the driver already. A row the
     * knowledge base generated has an id of source names and a hash, so it is labelled by the
     * first words of what it prints ("ipc tx timed out").
     */
    private static String label(Message.Catalogued c) {
        String id = c.form().id();
        if (!MessageCatalog.isHandWritten(c.form())) {
            return FormatLabel.first(c.form().format());
        }
        if (MessageCatalog.ASOC_ECHOES.contains(id) && c.values().size() >= 3) {
            return asocEcho(c);
        }
        return id.substring(id.indexOf('.') + 1);
    }

    /**
     * The ASoC core's echo of an error its callee returned ("ASoC: error at snd_soc_dai_startup on
     * fef00700.hdmi: -19", 6.16's "ASoC error (-22): at snd_soc_dai_hw_params() on 30010000.sai"):
     * the call, its "snd_soc_" aside, and the error as the analysis reads it ({@link ErrorNumbers#last}):
     * "dai_startup -19".
     */
    private static String asocEcho(Message.Catalogued c) {
        boolean errorFirst = MessageCatalog.ASOC_RET_FORMS.contains(c.form().id());
        String call = c.values().get(errorFirst ? 1 : 0).strip();
        if (call.startsWith("snd_soc_")) {
            call = call.substring("snd_soc_".length());
        }
        return call + " " + ErrorNumbers.last(c);
    }

    private static boolean isXrunWait(Message m) {
        return m instanceof Message.WaitResult w && w.state() == io.xrunlens.event.PcmState.XRUN
                || m instanceof Message.WaitSleep s && s.state() == io.xrunlens.event.PcmState.XRUN;
    }

    /** "sdma_prep_dma_cyclic" → "prep_dma_cyclic": the driver prefix is on the lane already. */
    private static String shortName(String function) {
        int us = function.indexOf('_');
        return us > 0 && us < function.length() - 1 ? function.substring(us + 1) : function;
    }

    private static Optional<Shade> shade(Incident incident) {
        Optional<Finding> race = incident.findings().stream().filter(f -> RuleId.TERMINATE_AFTER_PREP.of(f))
                .findFirst();
        if (race.isEmpty()) {
            return Optional.empty();
        }
        long start = race.get().startMicros();
        List<Evidence> evidence = incident.findings().stream()
                .filter(f -> RuleId.TERMINATE_AFTER_PREP.of(f) || RuleId.MISAPPLIED_FREE.of(f))
                .flatMap(f -> f.evidence().stream()).toList();
        boolean freed = evidence.stream().anyMatch(e -> e.role().equals("free"));
        long end = evidence.stream().filter(e -> e.role().equals("free")).mapToLong(Evidence::micros)
                .max().orElse(race.get().endMicros());
        // Where the kernel prints no free (v5.6+), what shows the race is the worker starting late.
        return Optional.of(new Shade(start, end, freed ? "race window: the worker frees after the new prep"
                : "race window: the worker starts after the new prep"));
    }

    /** Merges same-lane, same-kind markers closer than a few pixels into one counted marker. */
    static List<Marker> merge(List<Marker> markers, List<Panel> panels, int plotPixels) {
        long totalWeight = panels.stream().mapToLong(Panel::weight).sum();
        TreeMap<String, Marker> open = new TreeMap<>();
        List<Marker> out = new ArrayList<>();
        for (Marker m : markers) {
            Panel p = panels.stream().filter(x -> m.micros() >= x.startMicros() && m.micros() <= x.endMicros())
                    .findFirst().orElse(null);
            if (p == null) {
                continue;
            }
            double px = Math.max(1.0, plotPixels * (double) p.weight() / totalWeight);
            long minGap = (long) Math.ceil(p.width() / px * MERGE_PIXELS);
            // Only the same step on the same object merges: never two descriptors' frees into one ×2.
            String key = m.lane() + "/" + m.kind() + "/" + m.label();
            Marker prev = open.get(key);
            if (prev != null && m.micros() - prev.micros() <= minGap) {
                Marker merged = new Marker(prev.lane(), prev.micros(), prev.label(), prev.kind(),
                        prev.count() + m.count());
                out.set(out.lastIndexOf(prev), merged);
                open.put(key, merged);
            } else {
                out.add(m);
                open.put(key, m);
            }
        }
        return out;
    }

    /** A marker before lanes are numbered; {@code weight} records it stands for. */
    private record Placed(String lane, long micros, String label, Kind kind, int weight, String detail) {
        Placed(String lane, long micros, String label, Kind kind) {
            this(lane, micros, label, kind, 1, label);
        }

        Placed weighted(int w) {
            return new Placed(lane, micros, label, kind, w, detail);
        }

        Placed detailed() {
            return new Placed(lane, micros, detail, kind, weight, detail);
        }
    }

    /**
     * Where one lane has markers of the same label that say different things (an HDA controller's
     * "azx_get_response timeout, switching to polling mode" and "…, switching to single_cmd mode"),
     * those are labelled by what tells them apart.
     */
    private static List<Placed> distinguished(List<Placed> raw) {
        Map<String, Set<String>> details = new HashMap<>();
        for (Placed p : raw) {
            details.computeIfAbsent(p.lane() + "\n" + p.label(), k -> new HashSet<>()).add(p.detail());
        }
        List<Placed> out = new ArrayList<>(raw.size());
        for (Placed p : raw) {
            out.add(details.get(p.lane() + "\n" + p.label()).size() > 1 ? p.detailed() : p);
        }
        return out;
    }

    /**
     * Lanes in causal order: ioctls, PCM core, trigger, channels, worker, descriptors. Names that
     * differ only by '-' and '_' are one lane, as the kernel's module names are one module (3.2's
     * HDA driver printed both "hda-intel: " and "hda_intel: "): the first spelling names it.
     */
    private static final class Lanes {
        private final Map<String, Integer> group = new LinkedHashMap<>();
        private final Map<String, String> spelling = new HashMap<>();
        private List<String> sorted;

        String add(String name, int groupOrder) {
            String first = spelling.computeIfAbsent(name.replace('_', '-'), k -> name);
            group.putIfAbsent(first, groupOrder);
            sorted = null;
            return first;
        }

        List<String> names() {
            if (sorted == null) {
                List<String> names = new ArrayList<>(group.keySet());
                names.sort((a, b) -> Integer.compare(group.get(a), group.get(b))); // stable: first seen first
                sorted = List.copyOf(names);
            }
            return sorted;
        }

        /** Puts these lanes (all of one group) in the given order. */
        void reorder(List<String> order) {
            List<String> names = new ArrayList<>(names());
            List<Integer> slots = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (order.contains(names.get(i))) {
                    slots.add(i);
                }
            }
            for (int i = 0; i < slots.size() && i < order.size(); i++) {
                names.set(slots.get(i), order.get(i));
            }
            sorted = List.copyOf(names);
        }

        int indexOf(String name) {
            return names().indexOf(name);
        }
    }
}
