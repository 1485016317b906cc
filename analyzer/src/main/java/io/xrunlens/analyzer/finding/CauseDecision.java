package io.xrunlens.analyzer.finding;

import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.catalog.MessageForm;
import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.kb.source.FamilyGuess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One decision a cause's file makes ({@code when.RANK=…}): an episode is this cause when it holds
 * a finding of {@code rule} that one of {@code reads} matches (a family, a message form with
 * {@code *} for any run of characters, or the source file of the knowledge base's row that
 * printed it, {@code source drivers/soundwire/*}, or {@code words clock}: that row's words say a
 * clock could not be got or enabled; {@code words card-resources}, {@code words codec-registers}
 * and the other readings of a row's words that {@link RowWords} names; {@code words amp-fault}
 * and {@code words amp-warning}: the line's words say an amplifier tripped its protection, or
 * warned that it nears it,
 * {@link ProtectionWords}) and whose lines hold {@code says}, a problem where
 * {@code problems only} asks for one, with or without an XRUN before it; where it says, whose
 * line prints an error ({@code errno ENOMEM}), and after a finding of the episode that reads
 * something else ({@code after family memory}: the kernel's word that an allocation failed). The classifier tries
 * every decision, its own and the files', by rank; the first that holds names the cause.
 *
 * <pre>when.900=verdict dai-fifo; rule dai-fifo-error; reads family dai-fifo | form fsl-sai.*; confidence observed</pre>
 *
 * @param rank     the order among all decisions, lowest first
 * @param verdict  the key of its verdict ({@code verdict.KEY} in the same file)
 * @param reads    what the finding must be, any of them; empty: any finding of the rule
 * @param first    whether no problem a kernel driver printed may come before the finding
 * @param says     words one of the finding's lines must hold ("Device or resource busy"), {@code *} for any run
 *                 of characters ("snd_soc_dai_hw_params on *: -22"), any of them ("channels | width"); empty: any
 * @param xrun     whether an XRUN must (or must not) come before the failure
 * @param readings {@code reads}, each read once: every decision tries them on the findings of every episode
 * @param sayings  {@code says}, each with a star at each end, split once
 * @param errno    the error a line of the finding must print, by name ("ENOMEM": "-12", "(-12)", "-ENOMEM"); empty: any
 * @param after    what an earlier finding of the episode must read ("family memory"), as {@code reads} says; empty: none
 * @param afterReading {@code after}, read once (null when empty)
 */
public record CauseDecision(int rank, Cause cause, String verdict, RuleId rule, List<String> reads, List<String> says,
                            boolean problemsOnly, boolean first, Xrun xrun, Confidence confidence, List<Read> readings,
                            List<Glob> sayings, String errno, String after, Read afterReading) {
    /** Whether an XRUN came before the failure, for the decision to hold. */
    public enum Xrun { ANY, BEFORE, NONE }

    /** The finding that decides it, if the episode has one. */
    Optional<Finding> finding(List<Finding> episode, boolean xrunBefore) {
        if (xrun == Xrun.BEFORE && !xrunBefore || xrun == Xrun.NONE && xrunBefore) {
            return Optional.empty();
        }
        for (Finding f : episode) {
            if (rule.of(f) && (!problemsOnly || f.severity().isProblem()) && reads(f) && says(f) && printsErrno(f)
                    && followsItsFinding(episode, f)) {
                return first && !kernelsFirstProblem(episode, f) ? Optional.empty() : Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code after} is none, or an earlier finding of the episode reads it. */
    private boolean followsItsFinding(List<Finding> episode, Finding f) {
        if (afterReading == null) {
            return true;
        }
        for (Finding e : episode) {
            if (e == f) {
                return false;
            }
            if (afterReading.holds(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code errno} is none, or a line of the finding prints that error: its negated
     * number with no digit on either side ("-12" is not "-121"), or its name.
     */
    private boolean printsErrno(Finding f) {
        if (errno.isEmpty()) {
            return true;
        }
        String number = "-" + Errnos.number(errno);
        for (Evidence e : f.evidence()) {
            String text = e.text();
            if (text.contains(errno)) {
                return true;
            }
            for (int at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
                int end = at + number.length();
                if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isDigit(text.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether no problem a kernel driver printed (a finding with a device or a driver; a player's
     * line has neither) comes before {@code f} in the episode: nothing else said first why.
     */
    private static boolean kernelsFirstProblem(List<Finding> episode, Finding f) {
        for (Finding e : episode) {
            if (e == f) {
                return true;
            }
            if (e.severity().isProblem() && !e.origin().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private boolean says(Finding f) {
        if (sayings.isEmpty()) {
            return true;
        }
        // anywhere in the line: a star at each end ("Device or resource busy" is contained, as before)
        for (Evidence e : f.evidence()) {
            for (Glob g : sayings) {
                if (g.matches(e.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean reads(Finding f) {
        if (readings.isEmpty()) {
            return true;
        }
        for (int i = 0; i < readings.size(); i++) { // no iterator: asked of every finding of every episode
            if (readings.get(i).holds(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One of {@code reads} ("family clock-rate", "form *.rate", "source drivers/soundwire/*",
     * "words clock", "words amp-fault"), read once.
     */
    record Read(MessageFamily family, Glob form, Glob source, String words, RowWords rowWords) {
        /** By format: whether the words of a row's format say a clock could not be had. */
        private static final Map<String, Boolean> CLOCK_NOT_HAD = new ConcurrentHashMap<>();
        /** The stems a line of a clock not had holds: a scan, not a pattern, for every line asked. */
        private static final Stems CLOCK_STEMS = Stems.of("clk", "clock");

        static Read of(String text) {
            // a family is read as its constant (read() has checked it names one): no id made per finding
            return text.startsWith("family ") ? new Read(KnowledgeBase.family(text.substring(7)), null, null, null, null)
                    : text.startsWith("source ") ? new Read(null, null, Glob.of(text.substring(7)), null, null)
                    : WORDS.contains(text) ? new Read(null, null, null, text, RowWords.named(text).orElse(null))
                    : new Read(null, Glob.of(text.substring(5)), null, null, null);
        }

        boolean holds(Finding f) {
            return family != null ? CauseClassifier.familyOf(f) == family
                    : form != null ? form.matches(f.form())
                    : words == null ? printedIn(f)
                    : rowWords != null ? rowWords.said(f.form())
                    : words.equals(CLOCK_WORDS) ? saysAClockWasNotHad(f)
                    : saysAProtectionTripped(f, words.equals(AMP_FAULT_WORDS) ? ProtectionWords.Trip.FAULT
                            : ProtectionWords.Trip.WARNING);
        }

        /** Whether one of the finding's lines says an amplifier's protection tripped ({@link ProtectionWords}) so. */
        private static boolean saysAProtectionTripped(Finding f, ProtectionWords.Trip trip) {
            Optional<KbRow> row = KnowledgeBase.active().row(f.form());
            String format = row.isPresent() ? row.get().format()
                    : MessageCatalog.row(f.form()).map(MessageForm::format).orElse(null);
            for (Evidence e : f.evidence()) {
                if (ProtectionWords.of(format, e.text()) == trip) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the knowledge base's row of the finding's line says a clock could not be got
         * or enabled ({@link FamilyGuess#namesAClockNotHad}); all rows of a format say the same.
         * A format whose words say nothing and that prints a string ("Failed to get %s") is read
         * with the line's own words after its origin ("Failed to get clk 'codec_clkin': -2").
         */
        private static boolean saysAClockWasNotHad(Finding f) {
            Optional<KbRow> row = KnowledgeBase.active().row(f.form());
            if (row.isEmpty()) {
                return false;
            }
            String format = row.get().format();
            return CLOCK_NOT_HAD.computeIfAbsent(format, FamilyGuess::namesAClockNotHad)
                    || format.contains("%s") && linesSayAClockWasNotHad(f);
        }

        private static boolean linesSayAClockWasNotHad(Finding f) {
            for (Evidence e : f.evidence()) {
                String text = e.text();
                String words = text.substring(text.indexOf(": ") + 1); // after the driver and device
                // no clock, no need for the patterns: a line of a clock not had names "clk" or "clock"
                if (CLOCK_STEMS.in(words) && FamilyGuess.namesAClockNotHad(words)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the knowledge base's row of the finding's line is in a source file the pattern matches. */
        private boolean printedIn(Finding f) {
            // no lambda: asked of every finding by every decision that reads a source
            Optional<KbRow> row = KnowledgeBase.active().row(f.form(), f.driver());
            return row.isPresent() && source.matches(row.get().file());
        }
    }

    /** What the decision reads, in words, for the docs' table. */
    public String condition() {
        StringBuilder b = new StringBuilder(problemsOnly ? "a problem of `" : "a finding of `").append(rule.id())
                .append('`');
        if (!reads.isEmpty()) {
            b.append(" reading ").append(String.join(" or ", reads.stream()
                    .map(r -> RowWords.named(r).map(RowWords::condition).orElseGet(() -> inWords(r))).toList()));
        }
        if (!says.isEmpty()) {
            b.append(" whose line says ").append(String.join(" or ", says.stream().map(w -> '"' + w + '"').toList()));
        }
        if (!errno.isEmpty()) {
            b.append(" that printed ").append(errno);
        }
        if (!after.isEmpty()) {
            b.append(", after a finding reading ").append(after.substring(0, after.indexOf(' '))).append(" `")
                    .append(after.substring(after.indexOf(' ') + 1)).append('`');
        }
        if (first) {
            b.append(", the first problem a kernel driver printed");
        }
        if (xrun != Xrun.ANY) {
            b.append(xrun == Xrun.BEFORE ? ", after an XRUN" : ", with no XRUN before it");
        }
        return b.toString();
    }

    /**
     * Reads {@code verdict KEY; rule RULE; reads family F | form F | source F | words clock | words W (one of
     * RowWords' readings) | words amp-fault | words amp-warning; says WORDS | WORDS; errno NAME; after family F (or any one reading);
     * problems only; first; xrun before|none; confidence C}: any order, verdict, rule and confidence required.
     *
     * @param where "causes/dai-fifo.properties:12", for errors
     */
    static CauseDecision parse(String where, int rank, Cause cause, String text) {
        String verdict = null;
        RuleId rule = null;
        Confidence confidence = null;
        List<String> reads = new ArrayList<>();
        List<String> says = new ArrayList<>();
        boolean problemsOnly = false;
        boolean first = false;
        Xrun xrun = Xrun.ANY;
        String errno = "";
        String after = "";
        for (String part : text.split(";")) {
            String p = part.strip();
            int space = p.indexOf(' ');
            String name = space < 0 ? p : p.substring(0, space);
            String value = space < 0 ? "" : p.substring(space + 1).strip();
            switch (name) {
                case "verdict" -> verdict = value;
                case "rule" -> {
                    rule = RuleId.byId(value);
                    if (rule == null) {
                        throw error(where, "no rule named " + value);
                    }
                }
                case "reads" -> {
                    for (String r : value.split("\\|")) {
                        reads.add(read(where, r.strip()));
                    }
                }
                case "says" -> {
                    for (String w : value.split("\\|")) {
                        if (w.isBlank()) {
                            throw error(where, "says: the words a line must hold expected");
                        }
                        says.add(w.strip());
                    }
                }
                case "problems" -> {
                    if (!value.equals("only")) {
                        throw error(where, "\"problems only\" expected");
                    }
                    problemsOnly = true;
                }
                case "first" -> {
                    if (!value.isEmpty()) {
                        throw error(where, "\"first\" takes no words, found " + value);
                    }
                    first = true;
                }
                case "xrun" -> xrun = switch (value) {
                    case "before" -> Xrun.BEFORE;
                    case "none" -> Xrun.NONE;
                    default -> throw error(where, "xrun before or xrun none expected, found " + value);
                };
                case "confidence" -> confidence = confidence(where, value);
                case "errno" -> {
                    if (Errnos.number(value) == 0) {
                        throw error(where, "errno: an error's name (ENOMEM) expected, found " + value);
                    }
                    errno = value;
                }
                case "after" -> after = read(where, value);
                default -> throw error(where, "unknown part \"" + p + "\" (verdict, rule, reads, says, errno, after,"
                        + " problems only, first, xrun, confidence)");
            }
        }
        if (verdict == null || rule == null || confidence == null) {
            throw error(where, "a decision needs a verdict, a rule and a confidence");
        }
        return new CauseDecision(rank, cause, verdict, rule, List.copyOf(reads), List.copyOf(says), problemsOnly, first, xrun,
                confidence, reads.stream().map(Read::of).toList(), says.stream().map(Glob::within).toList(), errno, after,
                after.isEmpty() ? null : Read.of(after));
    }

    /** The reading of a row whose words say a clock could not be had ({@link FamilyGuess#namesAClockNotHad}). */
    private static final String CLOCK_WORDS = "words clock";
    /** The readings of a line whose words say an amplifier tripped its protection, or nears it ({@link ProtectionWords}). */
    private static final String AMP_FAULT_WORDS = "words amp-fault";
    private static final String AMP_WARNING_WORDS = "words amp-warning";
    /** A reading other than {@link RowWords}', in words. */
    private static String inWords(String r) {
        return r.equals(CLOCK_WORDS) ? "a row whose words say a clock could not be got or enabled"
                : r.equals(AMP_FAULT_WORDS) ? "a line whose words say an amplifier tripped its protection"
                : r.equals(AMP_WARNING_WORDS) ? "a line whose words say an amplifier nears a protection limit"
                : r.substring(0, r.indexOf(' ')) + " `" + r.substring(r.indexOf(' ') + 1) + "`";
    }

    /** Every {@code words …} reading: the clock's, the rows' ({@link RowWords}), the amplifiers'. */
    private static final List<String> WORDS = words();

    private static List<String> words() {
        List<String> w = new ArrayList<>(List.of(CLOCK_WORDS));
        for (RowWords r : RowWords.values()) {
            w.add(r.reading());
        }
        w.add(AMP_FAULT_WORDS);
        w.add(AMP_WARNING_WORDS);
        return List.copyOf(w);
    }

    private static String read(String where, String r) {
        if (r.startsWith("form ") && r.length() > 5 || r.startsWith("source ") && r.length() > 7 || WORDS.contains(r)) {
            return r;
        }
        if (r.startsWith("family ")) {
            if (KnowledgeBase.family(r.substring(7)) == null) {
                throw error(where, "no family named " + r.substring(7));
            }
            return r;
        }
        throw error(where, "reads: \"family F\", \"form F\", \"source F\", \"" + String.join("\", \"", WORDS.subList(0,
                WORDS.size() - 1)) + "\" or \"" + WORDS.get(WORDS.size() - 1) + "\" expected, found \"" + r + "\"");
    }

    private static Confidence confidence(String where, String value) {
        for (Confidence c : Confidence.values()) {
            if (c.id().equals(value)) {
                return c;
            }
        }
        throw error(where, "confidence observed, inferred or guess expected, found " + value);
    }

    private static IllegalStateException error(String where, String what) {
        return new IllegalStateException(where + ": " + what);
    }
}
