package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.catalog.MessageForm;
import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.KnowledgeBase;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cause file's decision lines, read and checked. */
class CauseDecisionTest {
    private static final String WHERE = "causes/x.properties:7";

    @Test
    void aDecisionIsReadInAnyOrder() {
        CauseDecision d = CauseDecision.parse(WHERE, 450, Cause.CLOCK_RATE,
                "confidence inferred; reads family clock-rate | form *.rate; rule stream-start-failure; xrun none;"
                        + " problems only; verdict clock-rate");
        assertEquals(RuleId.STREAM_START_FAILURE, d.rule());
        assertEquals(List.of("family clock-rate", "form *.rate"), d.reads());
        assertEquals(CauseDecision.Xrun.NONE, d.xrun());
        assertTrue(d.problemsOnly());
        assertEquals(Confidence.INFERRED, d.confidence());
        assertEquals("a problem of `stream-start-failure` reading family `clock-rate` or form `*.rate`, with no XRUN"
                + " before it", d.condition());
        assertEquals(List.of(), d.says());
        assertEquals(List.of("Device or resource busy"), CauseDecision.parse(WHERE, 150, Cause.UNKNOWN,
                "verdict v; rule stream-start-failure; says Device or resource busy; confidence observed").says());
        CauseDecision words = CauseDecision.parse(WHERE, 386, Cause.UNKNOWN,
                "verdict v; rule stream-start-failure; says channels | word length; confidence observed");
        assertEquals(List.of("channels", "word length"), words.says());
        assertEquals("a finding of `stream-start-failure` whose line says \"channels\" or \"word length\"",
                words.condition());
        assertThrows(IllegalStateException.class, () -> CauseDecision.parse(WHERE, 386, Cause.UNKNOWN,
                "verdict v; rule stream-start-failure; says channels | | width; confidence observed"));
        CauseDecision clock = CauseDecision.parse(WHERE, 189, Cause.CLOCK_RATE,
                "verdict v; rule driver-error; reads words clock; problems only; confidence observed");
        assertEquals("a problem of `driver-error` reading a row whose words say a clock could not be got or enabled",
                clock.condition());
        CauseDecision amp = CauseDecision.parse(WHERE, 176, Cause.UNKNOWN,
                "verdict v; rule driver-error; reads words amp-fault | words amp-warning; confidence observed");
        assertEquals("a finding of `driver-error` reading a line whose words say an amplifier tripped its protection or a"
                + " line whose words say an amplifier nears a protection limit", amp.condition());
        CauseDecision first = CauseDecision.parse(WHERE, 960, Cause.CLOCK_RATE,
                "verdict v; rule stream-start-failure; says hw params: -22; first; confidence inferred");
        assertTrue(first.first());
        assertEquals("a finding of `stream-start-failure` whose line says \"hw params: -22\", the first problem a kernel"
                + " driver printed", first.condition());
        CauseDecision memory = CauseDecision.parse(WHERE, 152, Cause.UNKNOWN,
                "after family memory; errno ENOMEM; verdict v; rule codec-failure; confidence observed");
        assertEquals("a finding of `codec-failure` that printed ENOMEM, after a finding reading family `memory`",
                memory.condition());
    }

    /** What a decision's {@code reads} may be, as the error for one it cannot read lists them (RowWords' in their order). */
    private static final String READINGS_EXPECTED = " reads: \"family F\", \"form F\", \"source F\", \"words clock\","
            + " \"words card-resources\", \"words card-chip\", \"words memory\", \"words codec-registers\", \"words codec-calibration\", \"words codec-wake\","
            + " \"words ac97-codec\", \"words card-image\", \"words acp-not-up\", \"words dai-resources\","
            + " \"words description\", \"words stream-format\", \"words tdm-slots\", \"words dma-registers\","
            + " \"words card-links\","
            + " \"words amp-fault\" or \"words amp-warning\" expected";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "verdict v; rule no-such-rule; confidence guess| no rule named no-such-rule",
        "verdict v; rule xrun; confidence sure| confidence observed, inferred or guess expected",
        "verdict v; rule xrun; reads family fifo; confidence guess| no family named fifo",
        "verdict v; rule xrun; reads kind x; confidence guess|" + READINGS_EXPECTED,
        "verdict v; rule xrun; reads words rate; confidence guess|" + READINGS_EXPECTED,
        "verdict v; rule xrun; xrun after; confidence guess| xrun before or xrun none expected",
        "verdict v; rule xrun; when always; confidence guess| unknown part \"when always\"",
        "rule xrun; confidence guess| a decision needs a verdict, a rule and a confidence",
        "verdict v; rule xrun; says; confidence guess| says: the words a line must hold expected",
        "verdict v; rule xrun; first of all; confidence guess| \"first\" takes no words",
        "verdict v; rule xrun; errno ENOTHING; confidence guess| errno: an error's name (ENOMEM) expected",
        "verdict v; rule xrun; after kind x; confidence guess| reads: \"family F\"",
    })
    void aBadDecisionNamesTheFileTheLineAndWhatIsWrong(String text, String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CauseDecision.parse(WHERE, 450, Cause.CLOCK_RATE, text));
        assertTrue(e.getMessage().startsWith(WHERE + ": " + message), e.getMessage());
    }

    @Test
    void aStarStandsForAnyRunOfCharacters() {
        assertTrue(Glob.of("*.rate").matches("fsl-sai.rate"));
        assertTrue(Glob.of("bcm2835-dma.*").matches("bcm2835-dma.terminate"));
        assertTrue(Glob.of("usb*rate*").matches("usb-audio.set_sample_rate"));
        assertTrue(Glob.of("mcasp.rate-off").matches("mcasp.rate-off"));
        assertFalse(Glob.of("*.rate").matches("fsl-sai.rate-off"));
        assertFalse(Glob.of("a*a").matches("a"), "the two ends may not overlap");
        assertFalse(Glob.of("mcasp.rate-off").matches("mcasp.rate-offset"));
        // how a decision's "says" with a star is asked of a line: anywhere in it
        assertTrue(Glob.of("*snd_soc_dai_hw_params on *: -22*").matches("x: ASoC: error at snd_soc_dai_hw_params on a: -22"));
        assertFalse(Glob.of("*snd_soc_dai_hw_params on *: -22*").matches("x: ASoC: error at snd_soc_dai_hw_params on a: -16"));
    }

    /** The built-in files: every decision's verdict is its cause's, and the order is the ranks'. */
    @Test
    void theBuiltInDecisionsAreInRankOrderWithTheirVerdicts() {
        List<CauseDecision> all = CauseTable.decisions();
        assertFalse(all.isEmpty());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).rank() < all.get(i).rank());
        }
        for (CauseDecision d : all) {
            assertTrue(CauseTable.of(d.cause()).texts().containsKey("verdict." + d.verdict()), d.toString());
        }
    }

    /**
     * A decision that reads the catalogue's rows by a name's start ("pm-core.*") reads no row of the
     * knowledge base: those are named after their source file, and "pm.*" would read every row of
     * every pm.c (SOF's "failed to power down DSP during suspend" is no failed resume).
     */
    @Test
    void aDecisionOfCatalogueRowsReadsNoKnowledgeBaseRow() {
        Set<String> catalogue = MessageCatalog.rows().stream().map(MessageForm::id).collect(Collectors.toSet());
        List<String> kb = KnowledgeBase.builtIn().rows().stream().map(KbRow::id).toList();
        int checked = 0;
        for (CauseDecision d : CauseTable.decisions()) {
            for (String r : d.reads()) {
                String glob = r.substring("form ".length());
                if (!r.startsWith("form ") || catalogue.stream().noneMatch(id -> Glob.of(glob).matches(id))
                        || glob.startsWith("*")) {
                    continue; // a family, a knowledge-base row's name, or a glob of any source's rows on purpose
                }
                checked++;
                List<String> also = kb.stream().filter(id -> Glob.of(glob).matches(id)).limit(3).toList();
                assertTrue(also.isEmpty(), d.cause().id() + " when." + d.rank() + " " + glob + " also reads " + also);
            }
        }
        assertTrue(checked >= 5, "checked " + checked);
    }
    /**
     * A causes file's text is what a properties file reads from its line, for every line of every
     * built-in file and for lines with escapes, spaces after the '=' and ':' in the text.
     */
    @Test
    void aLinesTextIsWhatPropertiesReads() throws Exception {
        List<String> lines = new ArrayList<>(List.of("verdict.x= a: b  ", "fix=caf\\u00e9 \\t!", "title=  two  words"));
        for (Cause c : CauseTable.rows().keySet()) {
            try (InputStream in = CauseTable.class.getResourceAsStream(CauseTable.FOLDER + "/" + c.id() + ".properties")) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(lines::add);
            }
        }
        assertTrue(lines.size() > 100, "lines read: " + lines.size());
        for (String line : lines) {
            Properties p = new Properties();
            p.load(new StringReader(line));
            assertEquals(p.values().iterator().next(), CauseTable.value("test", line, line.indexOf('=')), line);
        }
    }
    /**
     * A verdict, fix or next step is a MessageFormat pattern: a single quote there starts a
     * quoted run and is dropped ("a sound servers profile"), so every apostrophe is written twice.
     */
    @Test
    void everyApostropheOfAVerdictOrFixIsWrittenTwice() throws Exception {
        Pattern single = Pattern.compile("(?<!')'(?!')");
        int texts = 0;
        for (Cause c : CauseTable.rows().keySet()) {
            try (InputStream in = CauseTable.class.getResourceAsStream(CauseTable.FOLDER + "/" + c.id() + ".properties")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                    int eq = line.indexOf('=');
                    if (line.startsWith("#") || eq < 0 || !line.matches("(?:verdict|fix|next)[^=]*=.*")) {
                        continue;
                    }
                    texts++;
                    assertFalse(single.matcher(line.substring(eq + 1)).find(), c.id() + ": " + line);
                }
            }
        }
        assertTrue(texts > 50, "texts read: " + texts);
    }
}
