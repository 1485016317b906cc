package io.xrunlens.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** What reaches a terminal's standard error: escapes shown, not run; a redrawn line's erase run. */
class TerminalTextTest {
    @Test
    void anEscapeInTextIsShownAndARedrawnLinesEraseIsRun() throws IOException {
        StringWriter out = new StringWriter();
        try (Writer err = TerminalText.forErrors(out)) {
            err.write("bad\u001b]0;name\u0007.log\n");
            err.write("\rxrunlens triage: analysing 2/2" + TerminalText.ERASE_LINE);
            err.write('\r');
            err.write(TerminalText.ERASE_LINE.charAt(0));
        }
        assertEquals("bad\\x1b]0;name\\x07.log\n\rxrunlens triage: analysing 2/2\u001b[K\r\u001b[K", out.toString());
    }
}
