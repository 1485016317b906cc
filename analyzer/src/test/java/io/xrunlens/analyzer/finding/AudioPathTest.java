package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioPathTest {
    /** The USB core's device and interface names; an I2C device's bus and address, a PCI or platform device's name are not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3-2|true", "1-1.4.2|true", "1-1:1.0|true", "1-10.3:2.1|true", "usb1|false",
        "1-0018|false", "2-000a|false", "0000:00:1f.3|false", "30010000.sai|false", "1-|false", "-2|false",
        "1-1:1|false", "1-1:1.|false", "1-1.|false", "1-1x|false", "hdaudioC0D0|false"})
    void aUsbDevicesNameIsKnownByItsShape(String device, boolean usb) {
        assertEquals(usb, AudioPath.isUsbDeviceName(device), device);
    }
}
