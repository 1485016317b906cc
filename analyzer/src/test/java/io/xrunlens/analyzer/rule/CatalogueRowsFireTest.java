package io.xrunlens.analyzer.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.catalog.MessageForm;
import io.xrunlens.event.PcmDirection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A log made of nothing but one catalogue row's sample, printed the way dev_printk prints it by
 * a driver the row names: the rule of the row's family fires on it, with that device, driver and
 * stream. Rows whose family needs a whole boot to judge (SDMA firmware) are checked in their
 * rule's test.
 */
class CatalogueRowsFireTest {
    private static final Map<MessageFamily, String> RULE_OF = Map.ofEntries(
            Map.entry(MessageFamily.FIFO_NOT_FED, "fifo-not-fed"),
            Map.entry(MessageFamily.DAI_FIFO, "dai-fifo-error"),
            Map.entry(MessageFamily.DAI_CLOCK, "dai-fifo-error"),
            Map.entry(MessageFamily.DMA_CHANNEL, "dma-channel-error"),
            Map.entry(MessageFamily.STREAM_START, "stream-start-failure"),
            Map.entry(MessageFamily.CLOCK_RATE, "stream-start-failure"),
            Map.entry(MessageFamily.RATE_NOTE, "stream-start-failure"),
            Map.entry(MessageFamily.CODEC, "codec-failure"),
            Map.entry(MessageFamily.CARD, "codec-failure"),
            Map.entry(MessageFamily.USB_AUDIO, "usb-audio"),
            Map.entry(MessageFamily.USB_NOTE, "usb-audio"),
            Map.entry(MessageFamily.HW_POINTER, "hw-pointer"),
            Map.entry(MessageFamily.HW_POINTER_NOTE, "hw-pointer"),
            Map.entry(MessageFamily.LATENCY, "system-latency"),
            Map.entry(MessageFamily.IRQ_DISABLED, "system-latency"),
            Map.entry(MessageFamily.CONSOLE_DROPPED, "console-dropped"));

    static Stream<MessageForm> rows() {
        return MessageCatalog.rows().stream().filter(r -> RULE_OF.containsKey(r.family()));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void theRowsRuleFiresWithTheDeviceDriverAndStream(MessageForm row) {
        String driver = row.drivers().isEmpty() ? "asoc-simple-card" : row.drivers().get(0).replace("*", "");
        if (driver.isEmpty() || driver.startsWith("-")) {
            driver = "sc7180" + driver;
        }
        String device = "30020000.audio";
        InputReport r = Logs.analyze("[  100.000000] " + driver + " " + device + ": " + row.sample() + "\n");
        String rule = RULE_OF.get(row.family());
        Finding f = r.findings().stream().filter(x -> x.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(row.id() + ": no " + rule + " in " + r.findings()));
        assertEquals(row.id(), f.form());
        assertEquals(device, f.device(), row.id());
        assertEquals(driver, f.driver(), row.id());
        // a row that names no stream takes it from the line's own words ("Tx rate")
        PcmDirection stream = row.direction() != PcmDirection.UNKNOWN ? row.direction()
                : PcmDirection.fromWords(row.sample());
        assertEquals(stream, f.stream(), row.id());
        assertTrue(f.message().contains(row.sample()), f.message());
        assertEquals(List.of(1L), f.lines());
    }
}
