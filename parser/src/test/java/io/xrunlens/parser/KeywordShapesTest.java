package io.xrunlens.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The keyword search answers alike for every line of a shape, or the readers could not use shapes. */
class KeywordShapesTest {
    @Test
    void noKeywordHoldsOrTouchesANumber() {
        assertTrue(MessageParser.SHAPES_SAFE, "a keyword holds a number word: see NumberShape.safeFor");
    }
}
