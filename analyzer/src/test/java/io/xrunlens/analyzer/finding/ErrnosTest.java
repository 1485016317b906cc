package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The kernel's error numbers a line ends in are named; numbers that are not one are left alone. */
class ErrnosTest {
    @Test
    void aNegatedErrorNumberIsNamed() {
        assertEquals("; -22 is EINVAL, invalid argument", Errnos.gloss("-22"));
        assertEquals("; -110 is ETIMEDOUT, connection timed out", Errnos.gloss("-110"));
        assertEquals("; -524 is ENOTSUPP, operation is not supported", Errnos.gloss("-524"));
    }

    /** -1 is any failure as often as EPERM; a deferral's finding says what it is; the rest is no error. */
    @Test
    void otherValuesAreLeftAlone() {
        for (String value : new String[] {"-1", "-517", "22", "48000", "-99999", "-", "", "-2x", "-4000"}) {
            assertEquals("", Errnos.gloss(value), value);
        }
    }

    /** The error a line ends with: a negated number, or what the C library says of it, case aside. */
    @Test
    void theErrorALineEndsWithIsRead() {
        assertEquals(19, Errnos.ending("vc4-hdmi fef00700.hdmi: ASoC: error at snd_soc_dai_startup on fef00700.hdmi: -19"));
        assertEquals(19, Errnos.ending("aplay: main:831: audio open error: No such device"));
        assertEquals(2, Errnos.ending("aplay: main:831: audio open error: No such file or directory"));
        assertEquals(16, Errnos.ending("audio open error: Device or resource busy"));
        assertEquals(110, Errnos.ending("fsl-sai 2028000.sai: failed (-110)."));
        assertEquals(524, Errnos.ending("aplay: main:831: audio open error: Unknown error 524"));
    }

    /** A line that ends otherwise, with -1 (any failure), a number with no minus, or inside a word, gives none. */
    @Test
    void aLineThatEndsOtherwiseGivesNone() {
        for (String text : new String[] {"failed: -1", "rate 48000", "playback started", "", "reg0x-19",
            "not a such device", "aplay: audio open error: No such devices"}) {
            assertEquals(0, Errnos.ending(text), text);
        }
    }
}
