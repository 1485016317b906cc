package io.xrunlens.analyzer.finding;

import io.xrunlens.event.PcmDirection;
import io.xrunlens.record.Record;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the links of {@link ChainTable} to the findings of one boot: groups them into anchors
 * and joins to each anchor the findings its links name. A finding joins one incident at most
 * (the boot-wide links excepted); an injected XRUN joins none.
 */
final class ChainJoiner {
    private final List<Finding> findings;
    private final Set<Finding> used = Collections.newSetFromMap(new IdentityHashMap<>());

    /** What joined an anchor: the chain (the links before it first) and whether an XRUN came before. */
    record Chain(List<Finding> findings, boolean xrunBefore) {
        Optional<Finding> first(RuleId rule) {
            return rule.firstIn(findings);
        }
    }

    /** The findings of each rule, in the boot's order: a link names one rule, or the anchor's. */
    private final Map<String, List<Finding>> byRule = new HashMap<>();
    /** The findings that may open an episode, in the boot's order (made when first asked). */
    private List<Finding> openers;
    /** Each candidate list's index by time, made when a link with a window first asks (keyed by the list itself). */
    private final Map<List<Finding>, TimeIndex> indexes = new IdentityHashMap<>();

    ChainJoiner(List<Finding> findings) {
        this.findings = findings;
        for (Finding f : findings) {
            byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f);
        }
    }

    /**
     * The findings a link can join at all ({@link #joinable} says which of them do): a boot of
     * many incidents asked every link about every finding of the boot for each incident.
     */
    private List<Finding> candidates(ChainLink link, Finding ref) {
        return switch (link.kind()) {
            case RULE -> byRule.getOrDefault(link.joins().orElseThrow().id(), List.of());
            case EPISODE -> openers();
            case NOTES -> byRule.getOrDefault(ref.rule(), List.of());
        };
    }

    /**
     * The candidates whose time the link's window can hold (see {@link #stands}), and those with
     * no clock, in the boot's order; all of them where the anchor has no clock or the link no window.
     */
    private List<Finding> candidates(ChainLink link, List<Finding> episode, List<Finding> chained) {
        List<Finding> all = candidates(link, episode.get(0));
        long window = link.windowMicros();
        if (all.size() < TimeIndex.MIN_INDEXED || window < 0 && link.where() != ChainLink.Where.WITHIN) {
            return all;
        }
        TimeIndex index = indexes.computeIfAbsent(all, TimeIndex::new);
        Finding first = episode.get(0);
        Finding last = episode.get(episode.size() - 1);
        return switch (link.where()) {
            case BEFORE -> first.micros() == Record.NO_TIME ? all
                    : index.startingBetween(first.startMicros() - window, first.startMicros() + 1);
            case AFTER -> last.micros() == Record.NO_TIME ? all
                    : index.timedBetween(last.micros() - 1, last.micros() + window);
            case WITHIN -> within(index, episode, all);
            case NEAR -> near(index, chained, window);
            default -> all;
        };
    }

    /** For a link within the anchor's span: the findings timed in it (see {@link #within(Finding, List, long)}). */
    private static List<Finding> within(TimeIndex index, List<Finding> episode, List<Finding> all) {
        long start = episode.get(0).startMicros();
        long end = end(episode);
        return start == Record.NO_TIME || end == Record.NO_TIME ? all : index.timedBetween(start, end);
    }

    /** The latest time of an anchor's findings, or NO_TIME: where its span ends. */
    private static long end(List<Finding> episode) {
        long end = Record.NO_TIME;
        for (Finding e : episode) {
            end = Math.max(end, e.endMicros());
        }
        return end;
    }

    /** For a link near any finding chained so far: the span of their times, widened by the window. */
    private static List<Finding> near(TimeIndex index, List<Finding> chained, long window) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (Finding e : chained) {
            if (e.micros() != Record.NO_TIME) {
                from = Math.min(from, e.micros());
                to = Math.max(to, e.micros());
            }
        }
        return from > to ? index.untimed() : index.timedBetween(from - window, to + window);
    }

    private List<Finding> openers() {
        if (openers == null) {
            openers = findings.stream().filter(f -> RuleId.of(f.rule()).startsEpisode() && f.severity().isProblem())
                    .toList();
        }
        return openers;
    }

    /** Marks a chain's findings as taken: no later incident can have them. */
    void use(List<Finding> chained) {
        used.addAll(chained);
    }

    /**
     * The findings not yet used that an anchor's group row gathers: each within the row's window
     * of the end of the group so far, and matching it.
     */
    List<List<Finding>> groups(ChainLink.Anchor anchor) {
        ChainLink link = ChainTable.grouping(anchor).orElseThrow();
        List<List<Finding>> groups = new ArrayList<>();
        Open[] latest = new Open[AudioPath.values().length]; // per path, the group it last grew
        int touched = 0;
        for (Finding f : findings) {
            if (!joinable(link, f, f) || !free(f)) {
                continue;
            }
            AudioPath path = AudioPath.of(f);
            Open current = latestFor(path, latest);
            boolean joins = current != null && groupMatch(link.match(), current.findings, f)
                    && (current.last == Record.NO_TIME || f.micros() == Record.NO_TIME
                        || f.startMicros() - current.last <= link.windowMicros());
            if (!joins) {
                current = new Open();
                groups.add(current.findings);
            }
            current.findings.add(f);
            long end = f.endMicros();
            current.last = end == Record.NO_TIME ? current.last : end;
            current.touched = ++touched;
            // a group of lines of no device takes the path of the first that names one
            if (current.path == AudioPath.NONE && path != AudioPath.NONE) {
                if (latest[AudioPath.NONE.ordinal()] == current) {
                    latest[AudioPath.NONE.ordinal()] = null;
                }
                current.path = path;
            }
            latest[current.path.ordinal()] = current;
        }
        return groups;
    }

    /** A group being gathered: its findings, the end of the latest, its path, when it last grew. */
    private static final class Open {
        final List<Finding> findings = new ArrayList<>();
        long last = Record.NO_TIME;
        AudioPath path = AudioPath.NONE;
        int touched;
    }

    /**
     * The group a finding on {@code path} may join: the one that grew last of those on its path or
     * on none; for a line of no device, the one that grew last.
     */
    private static Open latestFor(AudioPath path, Open[] latest) {
        Open best = null;
        for (AudioPath p : AudioPath.values()) {
            Open g = latest[p.ordinal()];
            if (g != null && (path == AudioPath.NONE || p == path || p == AudioPath.NONE)
                    && (best == null || g.touched > best.touched)) {
                best = g;
            }
        }
        return best;
    }

    /** The anchor's chain: its links (those of no cause), in the table's order, around its findings. */
    Chain join(ChainLink.Anchor anchor, List<Finding> episode) {
        List<Finding> before = new ArrayList<>();
        List<Finding> rest = new ArrayList<>();
        boolean xrunBefore = false;
        for (ChainLink link : ChainTable.joining(anchor)) {
            if (link.cause().isPresent() || candidates(link, episode.get(0)).isEmpty()) {
                continue; // (most links find no finding of their kind in the boot: no chain is copied for them)
            }
            List<Finding> chained = new ArrayList<>(before);
            chained.addAll(episode);
            chained.addAll(rest);
            List<Finding> joined = take(link, episode, chained);
            if (link.where() == ChainLink.Where.BEFORE) {
                before.addAll(0, joined);
                for (Finding f : joined) {
                    xrunBefore |= RuleId.XRUN.of(f);
                }
            } else {
                rest.addAll(joined);
            }
        }
        List<Finding> chain = new ArrayList<>(before);
        chain.addAll(episode);
        chain.addAll(rest);
        return new Chain(chain, xrunBefore);
    }

    /** What the links of {@code cause} add to a chain whose cause is now known (the boot's firmware line). */
    List<Finding> joinForCause(ChainLink.Anchor anchor, Cause cause, List<Finding> episode, List<Finding> chained) {
        List<Finding> out = new ArrayList<>();
        for (ChainLink link : ChainTable.joining(anchor)) {
            if (link.cause().equals(Optional.of(cause))) {
                out.addAll(take(link, episode, chained));
            }
        }
        return out;
    }

    private List<Finding> take(ChainLink link, List<Finding> episode, List<Finding> chained) {
        List<Finding> found = new ArrayList<>();
        AudioPath path = null; // the chain's, found when a candidate first stands where the link says
        for (Finding f : candidates(link, episode, chained)) {
            // the cheap tests first: this runs for every candidate, for every link
            if (joinable(link, f, episode.get(0)) && (link.where() == ChainLink.Where.BOOT || free(f))
                    && !holds(chained, f) && matches(link.match(), f, episode.get(0), chained)
                    && stands(link, f, episode, chained)) {
                if (path == null) {
                    path = AudioPath.of(chained);
                }
                if (path.admits(AudioPath.of(f))) { // a USB device's chain takes no other card's lines, nor theirs its
                    found.add(f);
                }
            }
        }
        return switch (link.take()) {
            case ALL -> found;
            case FIRST -> found.isEmpty() ? List.of() : List.of(found.get(0));
            case LAST -> found.isEmpty() ? List.of() : List.of(found.get(found.size() - 1));
        };
    }

    /** {@code chained.contains(f)}, the time compared first: findings of one rule differ in little else. */
    private static boolean holds(List<Finding> chained, Finding f) {
        for (Finding c : chained) {
            if (c == f || c.micros() == f.micros() && c.equals(f)) {
                return true;
            }
        }
        return false;
    }

    private boolean free(Finding f) {
        return !used.contains(f) && !(RuleId.XRUN.of(f) && f.form().equals("injected"));
    }

    /** Whether {@code f} is of what the link joins; {@code ref} is the anchor's first finding. */
    private static boolean joinable(ChainLink link, Finding f, Finding ref) {
        return switch (link.kind()) {
            case RULE -> link.joins().orElseThrow().of(f);
            case EPISODE -> RuleId.of(f.rule()).startsEpisode() && f.severity().isProblem();
            case NOTES -> f.severity() == Severity.INFO && f.rule().equals(ref.rule());
        };
    }

    private static boolean matches(ChainLink.Match match, Finding f, Finding ref, List<Finding> chained) {
        return switch (match) {
            case ANY -> true;
            case STREAM -> compatible(CauseClassifier.direction(chained), f.stream());
            case SAME_STREAM -> f.stream() == ref.stream();
            case CHANNEL -> compatible(ref.stream(), f.stream()) && (f.channel().isEmpty() || ref.channel().isEmpty()
                    || f.channel().getAsInt() == ref.channel().getAsInt() && f.device().equals(ref.device()));
            case DEVICE -> sameDevice(f, ref);
            case ERRNO -> sameError(f, ref);
        };
    }

    /**
     * Whether {@code ref} is a program's line (a player's, a sound server's) and {@code f} a kernel
     * line, their last lines ending with one error: a player's "audio open error: No such device"
     * and an HDMI output's "ASoC: error at snd_soc_dai_startup on fef00700.hdmi: -19". A kernel
     * line's own failure joins its device's notes instead (the "device" match).
     */
    private static boolean sameError(Finding f, Finding ref) {
        String said = lastText(ref);
        if (Printers.program(ref.form(), said) == null || Printers.program(f.form(), lastText(f)) != null) {
            return false;
        }
        int error = Errnos.ending(said);
        return error != 0 && Errnos.ending(lastText(f)) == error;
    }

    private static String lastText(Finding f) {
        return f.evidence().isEmpty() ? "" : f.evidence().get(f.evidence().size() - 1).text();
    }

    /**
     * Whether two findings are of one device: its name, or, where neither line named one, one
     * driver's tag (older kernels' "hda-intel: " and "hda_intel: ", printed by one driver of one
     * controller, '-' and '_' one as in module names).
     */
    private static boolean sameDevice(Finding f, Finding ref) {
        if (!ref.device().isEmpty() || !f.device().isEmpty()) {
            return !ref.device().isEmpty() && f.device().equals(ref.device());
        }
        return !ref.driver().isEmpty() && f.driver().replace('-', '_').equals(ref.driver().replace('-', '_'));
    }

    private static boolean groupMatch(ChainLink.Match match, List<Finding> group, Finding f) {
        Finding prev = group.get(group.size() - 1);
        return match == ChainLink.Match.STREAM ? compatible(CauseClassifier.direction(group), f.stream())
                : matches(match, f, prev, group);
    }

    private static boolean compatible(PcmDirection a, PcmDirection b) {
        return a == PcmDirection.UNKNOWN || b == PcmDirection.UNKNOWN || a == b;
    }

    /** Whether {@code f} stands where the link says; without a clock, by line order. */
    private static boolean stands(ChainLink link, Finding f, List<Finding> episode, List<Finding> chained) {
        Finding first = episode.get(0);
        Finding last = episode.get(episode.size() - 1);
        long line = Evidence.firstLine(f.evidence());
        return switch (link.where()) {
            case BEFORE -> timed(f, first) ? within(f.startMicros(), first.startMicros(), link.windowMicros())
                    : line < Evidence.firstLine(first.evidence());
            case AFTER -> timed(f, last) ? within(last.micros(), f.micros(), link.windowMicros())
                    : line > Evidence.firstLine(last.evidence());
            case WITHIN -> within(f, episode, line);
            case NEAR -> f.micros() != Record.NO_TIME && chained.stream().anyMatch(e -> e.micros() != Record.NO_TIME
                    && Math.abs(e.micros() - f.micros()) <= link.windowMicros());
            case BOOT -> true;
            case GROUP -> false;
        };
    }

    private static boolean within(Finding f, List<Finding> episode, long line) {
        long start = episode.get(0).startMicros();
        long end = end(episode);
        if (start == Record.NO_TIME || end == Record.NO_TIME || f.micros() == Record.NO_TIME) {
            // the episode's last line: a finding that folded a run of lines ends at the run's last
            long lastLine = episode.stream().mapToLong(e -> Evidence.lastLine(e.evidence())).max().orElse(0);
            return line > Evidence.firstLine(episode.get(0).evidence()) && line < lastLine;
        }
        return f.micros() >= start && f.micros() <= end;
    }

    private static boolean timed(Finding a, Finding b) {
        return a.micros() != Record.NO_TIME && b.micros() != Record.NO_TIME;
    }

    /** {@code later} is at or after {@code earlier} (a microsecond of rounding allowed), by at most {@code max}. */
    private static boolean within(long earlier, long later, long max) {
        return later >= earlier - 1 && later - earlier <= max;
    }
}
