package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The functions of the rate-limited calls, written beside the rows, are the rows' own. */
class RateLimitedFunctionsTest {
    @Test
    void theBuiltInFileIsWhatTheRowsGive() {
        Set<String> fromRows = RateLimitedFunctions.of(KnowledgeBase.builtIn().rows());
        assertEquals(fromRows, RateLimitedFunctions.builtIn(),
                "ratelimited.txt is stale: regenerate it with 'xrunlens kb import' (docs/knowledge-base.md)");
        assertTrue(fromRows.contains("i2s_irq_handler"), "dwc-i2s.c's dev_err_ratelimited");
    }

    @Test
    void writingAndReadingGiveTheSameFunctions() throws Exception {
        StringWriter w = new StringWriter();
        RateLimitedFunctions.write(w, Set.of("cs35l41_irq", "retire_capture_urb"));
        assertEquals(Set.of("cs35l41_irq", "retire_capture_urb"), RateLimitedFunctions.read(new StringReader(w.toString())));
    }

    /**
     * A count of an audio driver's function is read, whatever words its name holds (a codec's
     * "cs35l41_irq", SoundWire's "cdns_fill_msg_resp"); the audit's and the network stack's are not.
     */
    @Test
    void audioFunctionsAreThoseOfAudioCallsOrWords() {
        assertTrue(KnowledgeBase.mayBeAudioFunction("cs35l41_irq"));
        assertTrue(KnowledgeBase.mayBeAudioFunction("cdns_fill_msg_resp"));
        assertTrue(KnowledgeBase.mayBeAudioFunction("retire_capture_urb"), "a hand-written row's source names it");
        assertTrue(KnowledgeBase.mayBeAudioFunction("sunxi_daudio_isr"), "a vendor kernel's, by its words");
        assertFalse(KnowledgeBase.mayBeAudioFunction("kauditd_printk_skb"));
        assertFalse(KnowledgeBase.mayBeAudioFunction("net_ratelimit"));
    }
}
