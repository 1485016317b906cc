package io.xrunlens.analyzer.finding;

import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.kb.KnowledgeBase;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each rule is, as data ({@code rules.tsv}): whether it is a rule of families (a finding
 * per catalogued message of its families, made by one generic class) or a class of its own,
 * the families it reads with their severities, whether its finding opens or ends a failure
 * episode, and what the docs say of it. Checked on load: one row per rule the code names ({@link RuleId}), known
 * families, each family read by one rule at most, each error naming the file and line.
 */
public final class RuleTable {
    private static final String FILE = "rules.tsv";
    private static final Map<RuleId, Row> ROWS = read();

    /**
     * One rule's row.
     *
     * @param families the families a family rule reads, each with its findings' severity; empty for a code rule
     */
    public record Row(RuleId rule, boolean family, String role, Map<MessageFamily, Severity> families, boolean opens,
                      boolean ends, String severity, String reads) {
    }

    private RuleTable() {
    }

    public static Row of(RuleId rule) {
        return ROWS.get(rule);
    }

    /** Every row, in the table's order. */
    public static Map<RuleId, Row> rows() {
        return Collections.unmodifiableMap(ROWS);
    }

    private static Map<RuleId, Row> read() {
        Map<RuleId, Row> rows = new LinkedHashMap<>();
        Map<MessageFamily, RuleId> readBy = new EnumMap<>(MessageFamily.class);
        for (TsvResource.Row row : TsvResource.read(FILE, 8)) {
            Row r = parse(row);
            if (rows.put(r.rule(), r) != null) {
                throw row.error("rule " + row.cell(0) + " given twice");
            }
            for (MessageFamily f : r.families().keySet()) {
                RuleId other = readBy.put(f, r.rule());
                if (other != null) {
                    throw row.error("family " + KnowledgeBase.familyId(f) + " is read by " + other.id() + " already");
                }
            }
        }
        for (RuleId r : RuleId.NAMED) {
            if (!rows.containsKey(r)) {
                throw new IllegalStateException(FILE + ": no row for rule " + r.id() + ", which the code names");
            }
        }
        return rows;
    }

    static Row parse(TsvResource.Row row) {
        if (!row.cell(0).matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            throw row.error("a rule id is lower-case words joined by '-', found " + row.cell(0));
        }
        RuleId rule = new RuleId(row.cell(0));
        boolean family = switch (row.cell(1)) {
            case "family" -> true;
            case "code" -> false;
            default -> throw row.error("kind " + row.cell(1) + ": family or code expected");
        };
        Map<MessageFamily, Severity> families = new EnumMap<>(MessageFamily.class);
        if (family) {
            if (row.cell(2).isEmpty() || row.cell(2).length() > 10) {
                throw row.error("a family rule needs a role of ten characters at most");
            }
            for (String pair : row.cell(3).split(" ")) {
                String[] p = pair.split("=", -1);
                if (p.length != 2) {
                    throw row.error("families: family=severity expected, found " + pair);
                }
                families.put(family(row, p[0]), severity(row, p[1]));
            }
        } else if (!row.cell(2).equals("-") || !row.cell(3).equals("-")) {
            throw row.error("a code rule has no role or families (give -)");
        }
        return new Row(rule, family, row.cell(2), families, yes(row, 4), yes(row, 5), row.cell(6), row.cell(7));
    }

    private static MessageFamily family(TsvResource.Row row, String id) {
        MessageFamily f = KnowledgeBase.family(id);
        if (f == null) {
            throw row.error("no family named " + id);
        }
        return f;
    }

    private static Severity severity(TsvResource.Row row, String id) {
        for (Severity s : Severity.values()) {
            if (s.label().equals(id)) {
                return s;
            }
        }
        throw row.error("no severity named " + id);
    }

    private static boolean yes(TsvResource.Row row, int column) {
        return switch (row.cell(column)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw row.error(row.cell(column) + ": yes or no expected");
        };
    }
}
