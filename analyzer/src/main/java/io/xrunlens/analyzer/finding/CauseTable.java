package io.xrunlens.analyzer.finding;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What each {@link Cause} is, as data ({@code causes.tsv}): the title triage gives its buckets,
 * the evidence that shows it and the fix in short. Read once; a cause without its row, or a row
 * naming no cause, is a build error caught by the first test that touches a cause.
 */
public final class CauseTable {
    private static final String FILE = "causes.tsv";
    private static final Map<Cause, Row> ROWS = read();

    /** One cause's row. */
    public record Row(Cause cause, String title, String evidence, String fix) {
    }

    private CauseTable() {
    }

    public static Row of(Cause cause) {
        return ROWS.get(cause);
    }

    /** Every row, in the order of {@link Cause}. */
    public static Map<Cause, Row> rows() {
        return Collections.unmodifiableMap(ROWS);
    }

    private static Map<Cause, Row> read() {
        Map<Cause, Row> rows = new EnumMap<>(Cause.class);
        for (TsvResource.Row row : TsvResource.read(FILE, 4)) {
            Cause cause = Cause.byId(row.cell(0));
            if (cause == null) {
                throw row.error("no cause named " + row.cell(0));
            }
            if (rows.put(cause, new Row(cause, row.cell(1), row.cell(2), row.cell(3))) != null) {
                throw row.error("cause " + row.cell(0) + " given twice");
            }
        }
        for (Cause c : Cause.values()) {
            if (!rows.containsKey(c)) {
                throw new IllegalStateException(FILE + ": no row for cause " + c.id());
            }
        }
        return rows;
    }
}
