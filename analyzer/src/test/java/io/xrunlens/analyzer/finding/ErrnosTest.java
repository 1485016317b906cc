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
}
