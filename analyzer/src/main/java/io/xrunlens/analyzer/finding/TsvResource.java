package io.xrunlens.analyzer.finding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of this package's data ({@code rules.tsv}, {@code chains.tsv}): tab-separated, a
 * header row, {@code #} comments. Read once at class load; a malformed row is an error naming the
 * file and line, caught by the first test that touches the table.
 */
final class TsvResource {
    /** One row's cells and where it stands, for error messages. */
    record Row(String file, int number, List<String> cells) {
        String cell(int i) {
            return cells.get(i);
        }

        IllegalStateException error(String what) {
            return new IllegalStateException(file + ":" + number + ": " + what);
        }
    }

    private TsvResource() {
    }

    /** The rows after the header, each of exactly {@code columns} cells. */
    static List<Row> read(String file, int columns) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = TsvResource.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the class path");
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
                if (cells.length != columns) {
                    throw new IllegalStateException(file + ":" + number + ": " + columns
                            + " columns expected, found " + cells.length);
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(new Row(file, number, List.of(cells)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
