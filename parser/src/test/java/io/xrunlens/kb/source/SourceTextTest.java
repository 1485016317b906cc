package io.xrunlens.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the generator reads a source file's text. */
class SourceTextTest {
    @TempDir
    Path dir;

    /** A UTF-8 file's no-break space is one character, as the kernel's line holds it. */
    @Test
    void aUtf8FileIsReadAsUtf8() throws Exception {
        Path f = dir.resolve("a.c");
        Files.write(f, "dev_err(dev, \"threshold\u00a0value\\n\");".getBytes(StandardCharsets.UTF_8));
        assertEquals("dev_err(dev, \"threshold\u00a0value\\n\");", SourceText.read(f));
    }

    /** A file that is not UTF-8 (an old one in Latin-1) is read byte for byte, never refused. */
    @Test
    void anotherFileIsReadByteForByte() throws Exception {
        Path f = dir.resolve("b.c");
        Files.write(f, "/* (c) J\u00f6rg */ pr_info(\"ok\");".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("/* (c) J\u00f6rg */ pr_info(\"ok\");", SourceText.read(f));
    }
}
