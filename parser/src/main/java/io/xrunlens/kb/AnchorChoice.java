package io.xrunlens.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Chooses the anchor each row is filed under: of the pairs of adjacent whole words of its
 * literal text, and the words that few rows print, the one the fewest rows share (then the
 * longest). A row with too little literal text, or none of these, gets none ("-"): no line can
 * be told to be it. The generator writes the choice into the data files, so that loading them
 * is a look-up; rows without one (a user's) are chosen for when they are loaded.
 */
public final class AnchorChoice {
    /** What a row without an anchor has in the data files. */
    public static final String NONE = "-";
    /**
     * Letters a row's literal text needs to be filed: fewer ("%s error %i", "%s channel: %d")
     * would claim lines of any driver.
     */
    static final int MIN_LETTERS = 10;
    /** A single word anchors a row only when at most this many rows print it, and it is this long. */
    static final int SINGLE_WORD_ROWS = 3;
    static final int SINGLE_WORD_LENGTH = 5;

    private AnchorChoice() {
    }

    /** The anchor of each row, by id, chosen among all of {@code rows}. */
    public static Map<String, String> choose(List<KbRow> rows) {
        Map<String, Integer> frequency = new HashMap<>();
        List<List<String>> candidates = new ArrayList<>(rows.size());
        for (KbRow r : rows) {
            KernelFormat f = KernelFormat.parse(r.format());
            List<String> a = new ArrayList<>();
            if (f.literalLetters() >= MIN_LETTERS) {
                for (String x : new LinkedHashSet<>(f.anchors())) {
                    // as the filter reads a line: a word of digits alone ("INT2/3", "port 0") is
                    // never an anchor, nor half of a pair
                    if (Arrays.stream(x.split(" ")).allMatch(Words::hasLetter)) {
                        a.add(x);
                    }
                }
            }
            candidates.add(a);
            a.forEach(x -> frequency.merge(x, 1, Integer::sum));
        }
        Map<String, String> chosen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String best = null;
            for (String a : candidates.get(i)) {
                boolean single = a.indexOf(' ') < 0;
                if (single && (frequency.get(a) > SINGLE_WORD_ROWS || a.length() < SINGLE_WORD_LENGTH)) {
                    continue; // a common word alone would let most lines of a log through
                }
                if (best == null || frequency.get(a) < frequency.get(best)
                        || frequency.get(a).equals(frequency.get(best)) && a.length() > best.length()) {
                    best = a;
                }
            }
            chosen.put(rows.get(i).id(), best == null ? NONE : best);
        }
        return chosen;
    }
}
