package io.xrunlens.analyzer.finding;

import java.util.function.Supplier;

/**
 * The Markdown tables README.md and docs/diagnoses.md show of this package's data, each made
 * from its files and written between two markers ({@code <!-- generated from causes/ -->} and
 * {@code <!-- end of generated causes -->}); a test fails when a document's copy is stale.
 */
public enum ReferenceTable {
    /** Cause, what it is, the evidence it reads, the fix it gives. */
    CAUSES("causes/", "causes", ReferenceTable::causes),
    /** The order in which the classifier tries its decisions and the causes' files'. */
    DECISIONS("causes/ and CauseClassifier", "decisions", ReferenceTable::decisions),
    /** The links of an incident's chain. */
    CHAINS("chains.tsv", "chain links", ReferenceTable::chains),
    /** Rule, severity, what it reads. */
    RULES("rules.tsv", "rules", ReferenceTable::rules);

    private final String file;
    private final String what;
    private final Supplier<String> table;

    ReferenceTable(String file, String what, Supplier<String> table) {
        this.file = file;
        this.what = what;
        this.table = table;
    }

    public String begin() {
        return "<!-- generated from " + file + " -->";
    }

    public String end() {
        return "<!-- end of generated " + what + " -->";
    }

    /** The table, made from the data now. */
    public String table() {
        return table.get();
    }

    private static String causes() {
        StringBuilder b = header("cause", "what it is", "evidence it reads (example lines)", "fix it gives");
        for (CauseTable.Row r : CauseTable.rows().values()) {
            row(b, "`" + r.cause().id() + "`", r.title(), r.evidence(), r.fix());
        }
        return b.toString();
    }

    private static String decisions() {
        StringBuilder b = header("rank", "cause", "when the episode holds");
        for (String[] r : CauseClassifier.decisionTable()) {
            row(b, r);
        }
        return b.toString();
    }

    private static String chains() {
        StringBuilder b = header("anchor", "joins", "where", "window", "match", "take", "cause", "why");
        for (ChainLink l : ChainTable.links()) {
            row(b, ChainLink.spelling(l.anchor()), "`" + l.joinsSpelled() + "`", ChainLink.spelling(l.where()),
                    l.windowSpelled(), ChainLink.spelling(l.match()), ChainLink.spelling(l.take()),
                    l.cause().map(Cause::id).orElse("any"), l.why());
        }
        return b.toString();
    }

    private static String rules() {
        StringBuilder b = header("rule", "severity", "reads (one example line each)");
        for (RuleTable.Row r : RuleTable.rows().values()) {
            row(b, "`" + r.rule().id() + "`", r.severity(), r.reads().replace("|", "\\|"));
        }
        return b.toString();
    }

    private static StringBuilder header(String... columns) {
        StringBuilder b = new StringBuilder();
        row(b, columns);
        return b.append("|---".repeat(columns.length)).append("|\n");
    }

    private static void row(StringBuilder b, String... cells) {
        b.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
