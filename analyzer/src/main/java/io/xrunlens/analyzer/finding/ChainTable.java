package io.xrunlens.analyzer.finding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How findings are chained into incidents, as data ({@code chains.tsv}): one {@link ChainLink}
 * per row, checked on load (every name known, every anchor grouped once, windows where the
 * relation needs one), each error naming the file and line.
 */
public final class ChainTable {
    private static final String FILE = "chains.tsv";
    private static final Pattern WINDOW = Pattern.compile("(\\d+)(s|ms)");
    private static final List<ChainLink> LINKS = read();
    /** Each anchor's links but its grouping, in the table's order: asked for every incident. */
    private static final Map<ChainLink.Anchor, List<ChainLink>> JOINING = new EnumMap<>(ChainLink.Anchor.class);
    /** Each anchor's grouping, if it has one: asked for every boot with findings. */
    private static final Map<ChainLink.Anchor, Optional<ChainLink>> GROUPING = new EnumMap<>(ChainLink.Anchor.class);

    static {
        for (ChainLink.Anchor a : ChainLink.Anchor.values()) {
            JOINING.put(a, LINKS.stream().filter(l -> l.anchor() == a && l.where() != ChainLink.Where.GROUP).toList());
            GROUPING.put(a, LINKS.stream().filter(l -> l.anchor() == a && l.where() == ChainLink.Where.GROUP).findFirst());
        }
    }

    private ChainTable() {
    }

    /** Every link, in the table's order. */
    public static List<ChainLink> links() {
        return LINKS;
    }

    /** The widest window of any link: no chain reaches further in time from a finding. */
    public static long widestWindowMicros() {
        long widest = 0;
        for (ChainLink link : LINKS) {
            widest = Math.max(widest, link.windowMicros());
        }
        return widest;
    }

    /** Whether a link joins findings of this one's rule from anywhere in the boot (where: boot). */
    public static boolean joinsFromAnywhere(Finding f) {
        return FROM_ANYWHERE.contains(f.rule());
    }

    /** The rules whose findings a link joins from anywhere in the boot: asked of every finding of a long boot. */
    private static final Set<String> FROM_ANYWHERE = LINKS.stream().filter(l -> l.where() == ChainLink.Where.BOOT)
            .flatMap(l -> l.joins().stream()).map(RuleId::id).collect(Collectors.toUnmodifiableSet());

    /** The links of one anchor other than its grouping, in the table's order. */
    public static List<ChainLink> joining(ChainLink.Anchor anchor) {
        return JOINING.get(anchor);
    }

    /** How the findings of an anchor are grouped, if they are (races are episodes of the DMA state). */
    public static Optional<ChainLink> grouping(ChainLink.Anchor anchor) {
        return GROUPING.get(anchor);
    }

    private static List<ChainLink> read() {
        List<ChainLink> links = new ArrayList<>();
        for (TsvResource.Row row : TsvResource.read(FILE, 8)) {
            links.add(parse(row));
        }
        for (ChainLink.Anchor a : List.of(ChainLink.Anchor.FAILURE, ChainLink.Anchor.BURST)) {
            if (links.stream().filter(l -> l.anchor() == a && l.where() == ChainLink.Where.GROUP).count() != 1) {
                throw new IllegalStateException(FILE + ": anchor " + ChainLink.spelling(a)
                        + " needs exactly one group row");
            }
        }
        return List.copyOf(links);
    }

    static ChainLink parse(TsvResource.Row row) {
        ChainLink.Anchor anchor = constant(row, 0, ChainLink.Anchor.class);
        String joinsCell = row.cell(1);
        ChainLink.Joins kind = joinsCell.equals("episode") ? ChainLink.Joins.EPISODE
                : joinsCell.equals("notes") ? ChainLink.Joins.NOTES : ChainLink.Joins.RULE;
        Optional<RuleId> rule = Optional.empty();
        if (kind == ChainLink.Joins.RULE) {
            rule = Optional.ofNullable(RuleId.byId(joinsCell));
            if (rule.isEmpty()) {
                throw row.error("no rule named " + joinsCell + " (a rule id, episode or notes)");
            }
        }
        ChainLink.Where where = constant(row, 2, ChainLink.Where.class);
        long window = window(row, where);
        ChainLink.Match match = constant(row, 4, ChainLink.Match.class);
        ChainLink.Take take = constant(row, 5, ChainLink.Take.class);
        Optional<Cause> cause = Optional.empty();
        if (!row.cell(6).equals("-")) {
            cause = Optional.ofNullable(Cause.byId(row.cell(6)));
            if (cause.isEmpty()) {
                throw row.error("no cause named " + row.cell(6));
            }
        }
        if (row.cell(7).isBlank()) {
            throw row.error("a link needs its why");
        }
        if ((kind == ChainLink.Joins.EPISODE) != (where == ChainLink.Where.GROUP && anchor != ChainLink.Anchor.BURST)) {
            throw row.error("episode joins only in a failure's group row");
        }
        return new ChainLink(anchor, kind, rule, where, window, match, take, cause, row.cell(7));
    }

    private static long window(TsvResource.Row row, ChainLink.Where where) {
        String cell = row.cell(3);
        boolean needs = where != ChainLink.Where.WITHIN && where != ChainLink.Where.BOOT;
        if (cell.equals("-")) {
            if (needs) {
                throw row.error(ChainLink.spelling(where) + " needs a window (2s, 500ms)");
            }
            return -1;
        }
        Matcher m = WINDOW.matcher(cell);
        if (!m.matches() || !needs) {
            throw row.error("window " + cell + ": " + (needs ? "2s or 500ms expected" : "none expected, give -"));
        }
        long n = Long.parseLong(m.group(1));
        return m.group(2).equals("s") ? n * 1_000_000L : n * 1_000L;
    }

    private static <E extends Enum<E>> E constant(TsvResource.Row row, int column, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (ChainLink.spelling(e).equals(row.cell(column))) {
                return e;
            }
        }
        throw row.error("no " + type.getSimpleName().toLowerCase(Locale.ROOT) + " named "
                + row.cell(column));
    }
}
