package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.Prefix;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who printed a line with no device before it: a driver that starts its message with its own name. */
class PrintersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "sound/aoa/soundbus/i2sbus/pcm.c|i2sbus: timed out waiting for DMA to stop!|i2sbus",
        "sound/sparc/dbri.c|DBRI: could not allocate registers|DBRI",
        "sound/isa/sscape.c|sscape: DMA upload has timed out|sscape",
        "sound/isa/msnd/msnd_pinnacle.c|snd_msnd_pinnacle: Bad IRQ|snd_msnd_pinnacle",
        "sound/isa/gus/gus_main.c|gus: cannot reset|gus",
        // a function's name, a word, a subsystem's tag, a conversion: not the source's name
        "sound/pci/echoaudio/echoaudio_dsp.c|load_dsp: DSP load timed out waiting for HF4|-",
        "sound/soc/codecs/wcd934x.c|ERROR: Invalid tx_port: %d|-",
        "sound/soc/soc-core.c|ASoC: error at %s on %s: %d|-",
        "sound/pci/ctxfi/ctatc.c|%s: failed to create|-",
        "sound/isa/sb/sb16.c|no OPL device at 0x%lx-0x%lx|-"})
    void aDriverThatStartsItsMessageWithItsOwnName(String file, String format, String printer) {
        KbRow row = new KbRow("x.f.0000", MessageFamily.DRIVER_ERROR, "err", "printk", Prefix.NONE, "", file, "f",
                List.of("6.12"), "-", format);
        assertEquals(printer, Printers.ownTag(Optional.of(row)), format);
    }
}
