package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rsyslog's "message repeated N times: [ …]": where the message inside starts, from text and bytes alike. */
class RepeatedMessageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "message repeated 29 times: [ fsl-sai 30c30000.sai: isr: Transmit underrun detected]|28",
        "message repeated 2 times: [x]|27",
        "message repeated 2 times: []|-1", // nothing repeated
        "message repeated times: [ x]|-1",
        "message repeated 2 times: [ x|-1",
        "message repeated 2 time: [ x]|-1",
        "message repeated 2x times: [ x]|-1",
        "messages repeated 2 times: [ x]|-1",
        "mmc0: new high speed SDHC card at address aaaa]|-1",
    })
    void theMessageInsideIsFoundFromTextAndBytes(String rest, int start) {
        String line = "Dec  5 10:00:01 pi kernel: " + rest;
        int at = line.indexOf(": ") + 2;
        int expected = start < 0 ? -1 : at + start;
        assertEquals(expected, RepeatedMessage.innerStart(line, at, line.length()), rest);
        assertEquals(expected, RepeatedMessage.innerStart(line.getBytes(StandardCharsets.US_ASCII), at, line.length()), rest);
    }
}
