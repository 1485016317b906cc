package io.xrunlens.analyzer.finding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = CauseTable.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(FILE + ":" + number + ": 4 columns expected, found " + cells.length);
                }
                if (header) {
                    header = false;
                    continue;
                }
                Cause cause = Cause.byId(cells[0]);
                if (cause == null) {
                    throw new IllegalStateException(FILE + ":" + number + ": no cause named " + cells[0]);
                }
                if (rows.put(cause, new Row(cause, cells[1], cells[2], cells[3])) != null) {
                    throw new IllegalStateException(FILE + ":" + number + ": cause " + cells[0] + " given twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Cause c : Cause.values()) {
            if (!rows.containsKey(c)) {
                throw new IllegalStateException(FILE + ": no row for cause " + c.id());
            }
        }
        return rows;
    }
}
