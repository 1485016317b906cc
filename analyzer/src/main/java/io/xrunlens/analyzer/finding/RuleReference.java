package io.xrunlens.analyzer.finding;

/** The rules table of docs/diagnoses.md, made from {@link RuleTable}. */
public final class RuleReference {
    public static final String BEGIN = "<!-- generated from rules.tsv: RuleReference.table -->";
    public static final String END = "<!-- end of generated rules -->";

    private RuleReference() {
    }

    /** A Markdown table: rule, severity, what it reads. */
    public static String table() {
        StringBuilder b = new StringBuilder();
        b.append("| rule | severity | reads (one example line each) |\n");
        b.append("|---|---|---|\n");
        for (RuleTable.Row r : RuleTable.rows().values()) {
            b.append("| `").append(r.rule().id()).append("` | ").append(r.severity()).append(" | ")
                    .append(r.reads().replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }
}
