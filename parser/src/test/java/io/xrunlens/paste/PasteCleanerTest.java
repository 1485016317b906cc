package io.xrunlens.paste;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.input.LineReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasteCleanerTest {
    private record Line(long number, String text) {
    }

    private static List<Line> clean(String input, List<String> notes) throws IOException {
        PasteCleaner c = new PasteCleaner(new LineReader(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), 1 << 20));
        List<Line> out = new ArrayList<>();
        String s;
        while ((s = c.next()) != null) {
            out.add(new Line(c.lineNumber(), s));
        }
        notes.addAll(c.notes());
        return out;
    }

    @Test
    void aLogAsTheBoardWroteItIsLeftAlone() throws IOException {
        String log = "[    1.000000] foo: a=\n[    2.000000] bar: x > y\n[    3.000000] [<c010f0c0>] (f) from (g+0x1/0x2)\n";
        List<String> notes = new ArrayList<>();
        List<Line> lines = clean(log, notes);
        assertEquals(List.of(new Line(1, "[    1.000000] foo: a="), new Line(2, "[    2.000000] bar: x > y"),
                new Line(3, "[    3.000000] [<c010f0c0>] (f) from (g+0x1/0x2)")), lines);
        assertEquals(List.of(), notes);
    }

    /** A forum's editor writes typographic quotes for the plain ones the kernel printed. */
    @Test
    void typographicQuotesAreMadePlain() throws IOException {
        String log = "[    1.000000] davinci-mcasp 48038000.mcasp: ASoC: can\u2019t set 48038000.mcasp hw params: -22\n"
                + "[    2.000000] foo: \u201cquoted\u201d and \u2018single\u2019\n";
        List<String> notes = new ArrayList<>();
        List<Line> lines = clean(log, notes);
        assertEquals("[    1.000000] davinci-mcasp 48038000.mcasp: ASoC: can't set 48038000.mcasp hw params: -22",
                lines.get(0).text());
        assertEquals("[    2.000000] foo: \"quoted\" and 'single'", lines.get(1).text());
        assertEquals(List.of("typographic quotes: 5 made plain"), notes);
    }

    /** dmesg --json and journalctl -o json-pretty are indented by their nesting: no Markdown block. */
    @Test
    void prettyPrintedJsonIsNoIndentedBlock() throws IOException {
        StringBuilder json = new StringBuilder("{\n   \"dmesg\": [\n");
        for (int i = 0; i < 30; i++) {
            json.append("      {\n         \"pri\": 6,\n         \"time\":     ").append(i)
                    .append(".000001,\n         \"msg\": \"x\"\n      },\n");
        }
        List<String> notes = new ArrayList<>();
        List<Line> lines = clean(json + "   ]\n}\n", notes);
        assertEquals("         \"pri\": 6,", lines.get(3).text());
        assertEquals(List.of(), notes);
        List<Line> block = clean("    [    1.000000] foo: a\n    [    2.000000] bar: b\n", notes);
        assertEquals("[    1.000000] foo: a", block.get(0).text()); // a Markdown block is still one
    }

    @Test
    void softBreaksJoinAndKeepTheFirstLineNumber() throws IOException {
        String qp = "> [  535.201752] imx-sgtl5000 sound: wait_for_avail: tout=3D999, state=3D=\n"
                + "> 4\n> [  535.201760] imx-sdma 20ec000.sdma: x\n";
        List<String> notes = new ArrayList<>();
        List<Line> lines = clean(qp, notes);
        assertEquals(new Line(1, "[  535.201752] imx-sgtl5000 sound: wait_for_avail: tout=999, state=4"), lines.get(0));
        assertEquals(new Line(3, "[  535.201760] imx-sdma 20ec000.sdma: x"), lines.get(1));
        assertTrue(notes.contains("quoted-printable: 1 soft breaks joined, 2 escapes decoded"), notes.toString());
        assertTrue(notes.contains("mail quotes: removed from 3 lines"), notes.toString());
    }

    @Test
    void htmlTagsGoButKernelAnglesStay() throws IOException {
        String html = "<pre>[ 1.0] a b: x &gt; y<br>\n[ 2.0] [&lt;c010f0c0&gt;] (f) from (g+0x1/0x2)</pre>\n";
        List<String> notes = new ArrayList<>();
        List<Line> lines = clean(html, notes);
        assertEquals("[ 1.0] a b: x > y", lines.get(0).text());
        assertEquals("[ 2.0] [<c010f0c0>] (f) from (g+0x1/0x2)", lines.get(1).text());
    }

    @Test
    void fencesGoAndAGluedLineStays() throws IOException {
        List<Line> lines = clean("```console\n[ 1.0] a\n```\n```*Failure Log:* [ 2.0] b```\n", new ArrayList<>());
        assertEquals(List.of("", "[ 1.0] a", "", "*Failure Log:* [ 2.0] b"),
                lines.stream().map(Line::text).toList());
    }
}
