package io.xrunlens.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A generated row is labelled by what it prints, not by its id of source names and a hash. */
class FormatLabelTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ipc tx timed out for %#x (msg/reply size: %d/%zu)|ipc tx timed out|msg/reply size",
        "HW params ipc failed for stream %d|HW params ipc failed|HW params ipc failed",
        "TX underrun on channel %d|TX underrun on channel|TX underrun on channel",
        "%s: %d|driver error|driver error",
        "No response from codec, disabling MSI: last cmd=0x%08x|No response from codec|disabling MSI",
        "No response from codec, resetting bus: last cmd=0x%08x|No response from codec|resetting bus",
        "azx_get_response timeout, switching to single_cmd mode: last cmd=0x%08x|azx_get_response timeout"
            + "|switching to single_cmd mode",
        "%s: timeout with rom_status_reg (%#x) read|timeout with rom_status_reg|read",
        "error: failed to boot DSP firmware %d|failed to boot DSP|failed to boot DSP",
        "error: %s failed err: %d|failed err|failed err",
        "error: dsp init failed after %d attempts with err: %d|dsp init failed|attempts with err",
        "Error: ACPI _DSD Properties are missing for HID %s.|_DSD Properties are missing|_DSD Properties are missing",
        "Timed out waiting for DC Servo %x|Timed out|Timed out",
        "AD1848 not found during probe|AD1848 not found|AD1848 not found",
        "Failed to enable the codec's supplies|Failed to enable|Failed to enable",
        // a first clause that says only where: the clause that says what went wrong
        "experienced a channel %d overcurrent fault|overcurrent fault|overcurrent fault",
        // a negation keeps the word it negates
        "Start of S/PDIF block not found|S/PDIF block not found|S/PDIF block not found",
        "Device is not a WM8904, ID is %x|Device is not a WM8904|ID",
        "Curve type can't be set when MVC is running|Curve type can't be set|Curve type can't be set",
        "daughter board could not be initialised|could not be initialised|could not be initialised",
        // a hex value's "0x" is the value's, not a word
        "Bad DEVID 0x%x|Bad DEVID|Bad DEVID",
        "experienced an overtemp shutdown on CH%d|experienced an overtemp|experienced an overtemp",
        "experienced a channel 2 overcurrent fault|channel 2 overcurrent fault|channel 2 overcurrent fault",
        // the ASoC core's prefix says nothing of its own: what follows it
        "ASoC: trigger FE cmd: %d failed: %d|trigger FE cmd|trigger FE cmd",
        "ASoC: no backend DAIs enabled for %s|no backend DAIs enabled|no backend DAIs enabled",
    })
    void theLiteralClausesOfTheFormat(String format, String first, String distinct) {
        assertEquals(first, FormatLabel.first(format));
        assertEquals(distinct, FormatLabel.distinct(format));
    }
}
