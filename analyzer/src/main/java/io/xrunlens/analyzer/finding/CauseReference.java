package io.xrunlens.analyzer.finding;

/** The causes table of README.md and docs/diagnoses.md, made from {@link CauseTable}. */
public final class CauseReference {
    public static final String BEGIN = "<!-- generated from causes.tsv: CauseReference.table -->";
    public static final String END = "<!-- end of generated causes -->";

    private CauseReference() {
    }

    /** A Markdown table: cause, what it is, the evidence it reads, the fix it gives. */
    public static String table() {
        StringBuilder b = new StringBuilder();
        b.append("| cause | what it is | evidence it reads (example lines) | fix it gives |\n");
        b.append("|---|---|---|---|\n");
        for (CauseTable.Row r : CauseTable.rows().values()) {
            b.append("| `").append(r.cause().id()).append("` | ").append(r.title()).append(" | ")
                    .append(r.evidence()).append(" | ").append(r.fix()).append(" |\n");
        }
        return b.toString();
    }
}
