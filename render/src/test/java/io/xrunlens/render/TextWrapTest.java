package io.xrunlens.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text report's columns are a terminal's: an East Asian wide character takes two. */
class TextWrapTest {
    @Test
    void aWideCharacterTakesTwoColumns() {
        assertEquals(15, TextWrap.columns("Dec 05 10:00:00"));
        assertEquals(16, TextWrap.columns("12\u6708 05 10:00:00"));
        assertEquals(16, TextWrap.columns("12\uc6d4 05 10:00:00"));
        assertEquals(15, TextWrap.columns("\u0394\u03b5\u03ba 05 10:00:00"));
        assertEquals(2, TextWrap.columns("\ud840\udc00")); // a wide character beyond the first plane, one code point
        assertEquals("12\u6708 05 10:00:00 |", TextWrap.padded("12\u6708 05 10:00:00", 17) + "|");
        assertEquals("time             |", TextWrap.padded("time", 17) + "|");
    }

    @Test
    void aHangingIndentIsAsWideAsItsHead() {
        StringBuilder b = new StringBuilder();
        TextWrap.hanging(b, "  12\u6708 05 10:00:00 ", "word ".repeat(30).strip(), 80);
        String[] lines = b.toString().split("\n");
        assertEquals(19, lines[1].indexOf('w')); // the head takes 19 columns in 18 characters
        assertEquals(78, TextWrap.columns(lines[0]), lines[0]); // twelve words after it, within 80 columns
    }
}
