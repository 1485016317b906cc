package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtectionWordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the amplifiers' fault reports, in their drivers' words (cs35l41.c, cs35l45.c, tas6424.c, tas2764.c,
        // ssm3515.c, sma1303.c, wm8962.c, arizona.c, tlv320aic31xx.c, wcd-mbhc-v2.c)
        "Over temperature error|FAULT",
        "Amp short error|FAULT",
        "LBST SHORT error!|FAULT",
        "LBST short error; powering off!|FAULT",
        "VBST Over Voltage error|FAULT",
        "DCM VBST Under Voltage Error|FAULT",
        "Overtemp error|FAULT",
        "Overtemperature error condition detected!|FAULT",
        "Boost undervoltage error condition detected!|FAULT",
        "experienced a channel 3 overcurrent fault|FAULT",
        "experienced a DC detection fault|FAULT",
        "experienced an overtemp shutdown on CH2|FAULT",
        "fault: over current|FAULT",
        "fault: BOP mute|FAULT",
        "device reports: amp over-current fault overtemperature warning|FAULT",
        "sma1303_interrupt : OCP_SPK(Over Current Protect SPK)|FAULT",
        "sma1303_interrupt : UVLO(Under Voltage Lock Out)|FAULT",
        "Thermal shutdown|FAULT",
        "Speaker not enabled due to temperature|FAULT",
        "Short circuit on Right output is detected|FAULT",
        "MBHC Over Current on HPHL detected|FAULT",
        // warnings of a limit near
        "Over temperature warning|WARNING",
        "Speaker thermal warning|WARNING",
        "Thermal warning|WARNING",
        "experienced a global overtemp warning|WARNING",
        "device reports: overtemperature warning bat voltage low warning|WARNING",
        // the driver failing at its protection's set-up or read-out, a setting of it, the trip's end
        "Failed to get thermal shutdown IRQ: -22|NONE",
        "Failed to read thermal status: -5|NONE",
        "Boost inductor config failed(-22)|NONE",
        "Invalid boost inductor peak current: 4000 mA|NONE",
        "Warning: Invalid over-current-threshold-microamp value: 1, defaulting to 2000uA|NONE",
        "Amp short error release|NONE",
        "Spurious thermal warning|NONE",
        // words of other things: a buffer too short, a DMA engine's OCP reset, a clock's fault
        "too short v1 buffer descriptor|NONE",
        "Couldn't deassert the device from OCP reset!|NONE",
        "fault: bad TDM clock|NONE",
        "Unable to set temperature sensor offset|NONE",
    })
    void anAmplifiersFaultReportIsReadFromItsWords(String line, ProtectionWords.Trip trip) {
        assertEquals(trip, ProtectionWords.of(line), line);
    }
}
