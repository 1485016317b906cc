package io.xrunlens.kb;

import io.xrunlens.catalog.MessageFamily;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The part of docs/knowledge-base.md that is made from the data: for each family, how many
 * rows it has at each level and which driver directories print most of them. A test holds the
 * document equal to what the rows give now, so the reference cannot go stale.
 */
public final class KbReference {
    /** The markers between which the document holds the generated table. */
    public static final String BEGIN = "<!-- generated from the data: KbReference.families -->";
    public static final String END = "<!-- end of generated table -->";
    private static final int TOP_FILES = 4;

    private KbReference() {
    }

    /** The table of families, as Markdown. */
    public static String families(List<KbRow> rows) {
        Map<MessageFamily, int[]> levels = new EnumMap<>(MessageFamily.class);
        Map<MessageFamily, Map<String, Integer>> files = new EnumMap<>(MessageFamily.class);
        for (KbRow r : rows) {
            int[] n = levels.computeIfAbsent(r.family(), f -> new int[3]);
            n[r.isError() ? 0 : r.level().equals("warn") ? 1 : 2]++;
            String dir = r.file().contains("/") ? r.file().substring(0, r.file().lastIndexOf('/')) : r.file();
            files.computeIfAbsent(r.family(), f -> new TreeMap<>()).merge(dir, 1, Integer::sum);
        }
        StringBuilder b = new StringBuilder();
        b.append("| family | rows | error | warning | info, notice, debug | printed most in |\n");
        b.append("|---|---|---|---|---|---|\n");
        int total = 0;
        for (Map.Entry<MessageFamily, int[]> e : levels.entrySet()) {
            int[] n = e.getValue();
            int sum = n[0] + n[1] + n[2];
            total += sum;
            List<Map.Entry<String, Integer>> top = new ArrayList<>(files.get(e.getKey()).entrySet());
            top.sort((x, y) -> y.getValue().equals(x.getValue()) ? x.getKey().compareTo(y.getKey())
                    : y.getValue() - x.getValue());
            List<String> named = top.stream().limit(TOP_FILES).map(t -> "`" + t.getKey() + "` " + t.getValue()).toList();
            b.append("| `").append(KnowledgeBase.familyId(e.getKey())).append("` | ").append(sum).append(" | ")
                    .append(n[0]).append(" | ").append(n[1]).append(" | ").append(n[2]).append(" | ")
                    .append(String.join(", ", named)).append(" |\n");
        }
        b.append("| all | ").append(total).append(" | | | | |\n");
        return b.toString();
    }

    /** The document with its generated table replaced by {@code table}. */
    public static String withTable(String document, String table) {
        return between(document, BEGIN, END, table);
    }

    /** The document with what stands between the markers {@code begin} and {@code end} replaced. */
    public static String between(String document, String begin, String end, String table) {
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("the document has no generated table between its markers");
        }
        return document.substring(0, from + begin.length()) + "\n" + table + document.substring(to);
    }
}
