package io.xrunlens.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index of a folder of data files ({@value KnowledgeBase#INDEX}), which the generator
 * writes beside them: the files, how many rows are filed under no anchor, and each anchor with
 * the places ("file.row", both counted from 0) of the rows filed under it. With it the
 * knowledge base starts without reading the 15,000 rows, and a test holds it equal to the files.
 *
 * @param files     the data files, in the order the places count them
 * @param anchors   each anchor and its rows' references ({@link KbRows.Resources#ref})
 * @param unindexed rows filed under no anchor
 */
public record KbIndex(List<String> files, Map<String, int[]> anchors, int unindexed) {

    static KbIndex read(Reader in, String name) {
        List<String> files = new ArrayList<>();
        Map<String, int[]> anchors = new HashMap<>();
        int unindexed = 0;
        int number = 0;
        try (BufferedReader lines = new BufferedReader(in)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new KbException(name, number, "anchor, a tab and places expected");
                }
                String key = line.substring(0, tab);
                String rest = line.substring(tab + 1);
                if (key.equals("files")) {
                    files.addAll(List.of(rest.split("\t")));
                } else if (key.equals("unindexed")) {
                    unindexed = Integer.parseInt(rest);
                } else {
                    anchors.put(key, places(rest, files.size(), name, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            throw new KbException(name, number, "not a number: " + e.getMessage());
        }
        return new KbIndex(List.copyOf(files), anchors, unindexed);
    }

    /** "141.86 3.7" as references; read by hand, as it runs for every anchor at each start. */
    private static int[] places(String text, int files, String name, int number) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                count++;
            }
        }
        int[] refs = new int[count];
        int at = 0;
        for (int k = 0; k < count; k++) {
            int file = 0;
            int digits = 0;
            while (at < text.length() && isDigit(text.charAt(at))) {
                file = file * 10 + text.charAt(at++) - '0';
                digits++;
            }
            if (digits == 0 || digits > 6 || at >= text.length() || text.charAt(at) != '.') {
                throw new KbException(name, number, "a place is file.row: " + text);
            }
            at++;
            int row = 0;
            digits = 0;
            while (at < text.length() && isDigit(text.charAt(at))) {
                row = row * 10 + text.charAt(at++) - '0';
                digits++;
            }
            if (digits == 0 || digits > 6 || at < text.length() && text.charAt(at++) != ' ') {
                throw new KbException(name, number, "a place is file.row: " + text);
            }
            if (file >= files) {
                throw new KbException(name, number, "file " + file + " is not listed");
            }
            if (row > 0xffff) {
                throw new KbException(name, number, "row " + row + " is past a file's 65535 rows");
            }
            refs[k] = KbRows.Resources.ref(file, row);
        }
        return refs;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Writes the index of {@code rowsByFile} (each file's rows in their order, anchors chosen). */
    public static void write(Writer out, Map<String, List<KbRow>> rowsByFile) throws IOException {
        List<String> files = new ArrayList<>(rowsByFile.keySet());
        Map<String, List<String>> places = new TreeMap<>();
        int unindexed = 0;
        for (int f = 0; f < files.size(); f++) {
            List<KbRow> rows = rowsByFile.get(files.get(f));
            if (rows.size() > 0xffff) {
                throw new IllegalArgumentException(files.get(f) + ": more than 65535 rows in one file");
            }
            for (int r = 0; r < rows.size(); r++) {
                String anchor = rows.get(r).anchor();
                if (anchor.equals(AnchorChoice.NONE) || anchor.isEmpty()) {
                    unindexed++;
                } else {
                    places.computeIfAbsent(anchor, a -> new ArrayList<>()).add(f + "." + r);
                }
            }
        }
        out.write("# The index of the data files beside it, made with them by 'xrunlens kb import': each anchor\n");
        out.write("# (a word pair or a rare word) and the places (file.row, from 0) of the rows filed under it.\n");
        out.write("files\t" + String.join("\t", files) + "\n");
        out.write("unindexed\t" + unindexed + "\n");
        for (Map.Entry<String, List<String>> e : places.entrySet()) {
            out.write(e.getKey() + "\t" + String.join(" ", e.getValue()) + "\n");
        }
    }
}
