package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.event.Event;
import io.xrunlens.event.Message;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Older kernels printed HDA's lines through snd_printk with a tag of the driver's own instead of
 * dev_printk's driver and device ("hda-intel: no codecs initialized"), some after a verbose
 * printk's source position, and 2.6's PCI core named the driver "HDA Intel": each is read as the
 * row of today's words for that driver, its tag as the record's driver. Each line comes four
 * times with new numbers, so that the memos by rest and by shape answer for it too.
 */
class OlderTagTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // hda_intel.c's SFX "hda-intel: " (2.6.2x to 3.x), today hda_controller.c's dev_warn/dev_err
        "hda-intel: azx_get_response timeout, switching to polling mode: last cmd=0x%d|hda-intel|"
                + "hda_controller.azx_rirb_get_response",
        "hda-intel: no codecs initialized|hda-intel|hda_controller.azx_probe_codecs",
        // 3.x's literal "hda_intel: " before its last step
        "hda_intel: azx_get_response timeout, switching to single_cmd mode: last cmd=0x%d|hda_intel|"
                + "hda_controller.azx_rirb_get_response",
        // a pr_*-like line of today's module name
        "snd_hda_intel: No response from codec, disabling MSI: last cmd=0x%d|snd_hda_intel|"
                + "hda_controller.azx_rirb_get_response",
        // CONFIG_SND_VERBOSE_PRINTK's source position before the tag
        "ALSA sound/pci/hda/hda_intel.c:%d: hda_intel: no codecs initialized|hda_intel|hda_controller.azx_probe_codecs",
        // 2.6.2x's words, the catalogue's rows
        "hda_intel: azx_get_response timeout, switching to single_cmd mode...|hda_intel|hda.single-cmd-old",
        "hda_intel: azx_get_response timeout, switching to polling mode...|hda_intel|hda.polling-mode-old",
        // 2.6's PCI driver name, a space in it, before the device
        "HDA Intel 0000:00:1b.%d: azx_get_response timeout, switching to polling mode: last cmd=0x%d|HDA Intel|"
                + "hda_controller.azx_rirb_get_response",
    })
    void readsTheTaggedTextAsItsDriversRow(String line, String driver, String rowId) {
        for (Event e : RepeatedLine.readAsRow(line, rowId)) {
            assertEquals(driver, e.record().driver(), line);
            assertTrue(e.record().message().startsWith(driver + (line.startsWith("HDA") ? " 0000:00:1b." : ": ")),
                    e.record().message());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a tag that names no audio driver or source before an audio row's words
        "e1000e: no codecs initialized",
        "eth%d: azx_get_response timeout, switching to polling mode: last cmd=0x%d",
        // a name with a digit alone that a driver registers ("sai1"), as a clock's name before another
        // driver's words: no module's tag
        "sai1: failed to get atl clock %d from provider",
        // a spaced name of no driver
        "HDA Nvidia 0000:00:1b.%d: no codecs initialized",
        // the tag, then words no row of that driver prints
        "hda-intel: widget %d left as it was",
    })
    void anotherTagOrTextReadsAsNoRow(String line) {
        List<Event> events = RepeatedLine.read(line);
        assertTrue(events.stream().noneMatch(e -> e.message() instanceof Message.Catalogued), line + " read as " + events);
    }

    @Test
    void anAudioDriversTaggedLineNoRowPrintsIsHandedOnAsItsLine() {
        // as "snd_hda_intel 0000:00:1b.0: …" would be: which drivers printed tells the analysis the board
        List<Event> events = RepeatedLine.read("hda-intel: widget %d left as it was");
        assertEquals(4, events.size());
        for (Event e : events) {
            assertEquals("hda-intel", e.record().driver());
            assertTrue(e.message() instanceof Message.Unknown, "read as " + e.message());
        }
    }

    @Test
    void aWordADriverRegistersBeforeTextNoRowPrintsIsNoAudioLine() {
        // "laptop" and "media" are names HDA quirks register; a V4L line may open with "media: "
        for (String line : List.of("media: failed to register device %d", "laptop: lid switch %d failed")) {
            for (Event e : RepeatedLine.read(line)) {
                assertTrue(e.message() instanceof Message.Unknown && e.record().driver().isEmpty(), line + ": " + e);
            }
        }
    }
}
