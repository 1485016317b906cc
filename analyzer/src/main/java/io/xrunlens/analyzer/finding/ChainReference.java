package io.xrunlens.analyzer.finding;

/** The chain links table of docs/diagnoses.md, made from {@link ChainTable}. */
public final class ChainReference {
    public static final String BEGIN = "<!-- generated from chains.tsv: ChainReference.table -->";
    public static final String END = "<!-- end of generated chain links -->";

    private ChainReference() {
    }

    /** A Markdown table: anchor, what joins, where, window, match, take, for which cause, why. */
    public static String table() {
        StringBuilder b = new StringBuilder();
        b.append("| anchor | joins | where | window | match | take | cause | why |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (ChainLink l : ChainTable.links()) {
            b.append("| ").append(ChainLink.spelling(l.anchor())).append(" | `").append(l.joinsSpelled())
                    .append("` | ").append(ChainLink.spelling(l.where())).append(" | ").append(l.windowSpelled())
                    .append(" | ").append(ChainLink.spelling(l.match())).append(" | ")
                    .append(ChainLink.spelling(l.take())).append(" | ")
                    .append(l.cause().map(Cause::id).orElse("any")).append(" | ").append(l.why()).append(" |\n");
        }
        return b.toString();
    }
}
