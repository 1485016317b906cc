package io.xrunlens.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.event.Message;
import io.xrunlens.parser.MessageParsers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageCatalogTest {

    static Stream<MessageForm> rows() {
        return MessageCatalog.rows().stream();
    }

    /** Each row's sample is read as that row, through the whole parser, with and without the line filter. */
    @ParameterizedTest
    @MethodSource("rows")
    void everyRowParsesItsOwnSample(MessageForm form) {
        for (boolean prefilter : new boolean[] {true, false}) {
            Message m = MessageParsers.parse(form.sample(), prefilter);
            Message.Catalogued c = assertInstanceOf(Message.Catalogued.class, m, form.id());
            assertEquals(form.id(), c.form().id());
        }
    }

    @Test
    void idsAreUniqueAndSamplesAreNotShadowedByAnEarlierRow() {
        Set<String> ids = new HashSet<>();
        for (MessageForm f : MessageCatalog.rows()) {
            assertTrue(ids.add(f.id()), "duplicate id " + f.id());
            assertEquals(f.id(), MessageCatalog.match(f.sample()).orElseThrow().form().id());
        }
    }

    @Test
    void valuesAreThePrintedOnes() {
        Message.Catalogued c = MessageCatalog.match("ASoC: error at soc_component_trigger on 30c30000.sai: -12")
                .orElseThrow();
        assertEquals(List.of("soc_component_trigger", "30c30000.sai", "-12"), c.values());
        assertEquals(List.of("2"), MessageCatalog.match("chan2 teardown timeout!").orElseThrow().values());
    }

    /** 6.16's words for the same echo put the error first; a register's are their own row, not the plain one's. */
    @Test
    void theAsocCoresNewWordsAreTheirRows() {
        Message.Catalogued c = MessageCatalog.match("ASoC error (-22): at snd_soc_dai_hw_params() on iDisp1 Pin")
                .orElseThrow();
        assertEquals(MessageCatalog.ASOC_RET, c.form().id());
        assertEquals(List.of("-22", "snd_soc_dai_hw_params", "iDisp1 Pin"), c.values());
        Message.Catalogued r = MessageCatalog.match("ASoC error (-121): at snd_soc_component_read() on rt5640.1-001c"
                + " for register: [0x000000fe]").orElseThrow();
        assertEquals(MessageCatalog.ASOC_RET_REGISTER, r.form().id());
        assertTrue(MessageCatalog.ASOC_ECHOES.containsAll(List.of(c.form().id(), r.form().id(), "asoc.error-at")));
    }

    /**
     * A text in which a row's anchor stands but not a run of the row's literal text that no
     * number can touch is matched by no text that differs from it only in its numbers.
     */
    @Test
    void aRowLackingARunNumbersCannotMakeMatchesNoTextOfTheKind() {
        assertFalse(MessageCatalog.mayMatchAlike("console: 1234 printk messages dropped **", run -> false),
                "'** ' is missing, whatever the count");
        assertTrue(MessageCatalog.mayMatchAlike("** 12 printk messages dropped **", run -> false));
        assertTrue(MessageCatalog.mayMatchAlike("console: 1234 printk messages dropped **", run -> true),
                "a run numbers could make may be there in another text");
        assertFalse(MessageCatalog.mayMatchAlike("wlan0: associated", run -> true), "no anchor, no row");
    }

    /**
     * The rate limit's count names the function whose messages it dropped, one word: ALSA's
     * pointer checks are their own row, any other function's (a network stack's too) this one.
     */
    @Test
    void aRateLimitsCountNamesItsFunction() {
        Message.Catalogued usb = MessageCatalog.match("retire_capture_urb: 35 callbacks suppressed").orElseThrow();
        assertEquals(MessageCatalog.RATE_LIMITED_ROW, usb.form().id());
        assertEquals(List.of("retire_capture_urb", "35"), usb.values());
        assertEquals(MessageCatalog.RATE_LIMITED_ROW,
                MessageCatalog.match("net_ratelimit: 12 callbacks suppressed").orElseThrow().form().id());
        assertEquals("pcm.hw-ptr-suppressed",
                MessageCatalog.match("snd_pcm_update_hw_ptr0: 12 callbacks suppressed").orElseThrow().form().id());
        assertTrue(MessageCatalog.match("9e sound: kauditd_printk_skb: 14 callbacks suppressed").isEmpty(),
                "a function's name is one word");
    }

    @Test
    void oldAlsaSourcePrefixIsSkipped() {
        assertEquals("usb.delay", MessageCatalog.match("ALSA sound/usb/endpoint.c:769 delay: estimated 441, actual 132")
                .orElseThrow().form().id());
    }

    @Test
    void driverGlobsDecide() {
        MessageForm underrun = MessageCatalog.match("IRQ underrun").orElseThrow().form();
        assertTrue(underrun.acceptsDriver("st,stm32-sai-sub"));
        assertFalse(underrun.acceptsDriver("imx-uart"));
        assertFalse(underrun.acceptsDriver(""), "too generic without a driver prefix");
        MessageForm lpass = MessageCatalog.match("xrun warning").orElseThrow().form();
        assertTrue(lpass.acceptsDriver("sc7180-lpass-cpu"));
        MessageForm ccerr = MessageCatalog.match("CCERR 0x00010000").orElseThrow().form();
        assertTrue(ccerr.acceptsDriver("edma"));
        assertFalse(ccerr.acceptsDriver("fsl-edma"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ASoC: no sink widget found for Headphone", "Bluetooth: hci0: command 0x0c03 tx timeout",
        "brcmf_sdio_htclk: HT Avail timeout (1000000): clkctl 0x50", "DMA transaction error",
        "net_ratelimit: suppressed 12 callbacks", "imx-pgc-pd: failed to command PGC",
        // soc-topology's control that failed, no number after it: the knowledge base's row, not a link's init
        "ASoC: failed to init Master Playback Volume"})
    void unrelatedMessagesAreNotCatalogued(String text) {
        assertTrue(MessageCatalog.match(text).isEmpty(), text);
    }

    @Test
    void anchorIsTheLongestLiteralRun() {
        assertEquals("teardown timeout!", FormatPattern.anchor("chan%d teardown timeout!"));
        assertEquals("Unexpected hw_ptr", FormatPattern.anchor("%sUnexpected hw_ptr%s"));
        assertEquals(": 100% sure", FormatPattern.anchor("%d: 100%% sure"));
    }
}
