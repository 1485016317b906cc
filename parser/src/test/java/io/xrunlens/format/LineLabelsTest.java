package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which first lines make a format of their labels, and which do not. */
class LineLabelsTest {
    private static final List<String> DMESG = List.of("[    0.000000] Booting Linux on physical CPU 0x0",
            "[    1.034512] imx-sdma 20ec000.sdma: loaded firmware 3.5", "[    2.100000] fsl-ssi-dai 2028000.ssi: ok",
            "<6>[    3.000000] usb 1-1: new high-speed USB device number 2 using ci_hdrc",
            "[    4.000000] snd_pcm: XRUN: pcmC0D0c", "[    5.000000] imx-sdma 20ec000.sdma: txd 1: freeing");

    private static List<String> labelled(String... labels) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(DMESG.size(), 2 * labels.length); i++) {
            out.add(labels[i % labels.length] + DMESG.get(i % DMESG.size()));
        }
        return out;
    }

    private static String detected(List<String> lines) {
        return FormatRegistry.detect(lines).name();
    }

    @Test
    void aToolsLabelOnEveryLineIsAFormatOfItsOwn() {
        for (String label : List.of("dut1: ", "[dut1] ", "board-a | ", "<ttyUSB0> ", "rig 3 ", "dut1 -> ")) {
            List<String> lines = labelled(label);
            assertEquals("dmesg-labelled", detected(lines), label);
            WrapperFormat f = (WrapperFormat) FormatRegistry.detect(lines);
            WrapperFormat.Scan scan = new WrapperFormat.Scan();
            for (String line : lines) {
                assertEquals(true, f.readPrefix(line, scan), line);
                assertEquals(label.length(), scan.end, line);
            }
        }
    }

    @Test
    void theNamesBetweenSharedMarksAreTheHosts() {
        List<String> lines = labelled("[board-a] ", "[board-b] ");
        WrapperFormat f = (WrapperFormat) FormatRegistry.detect(lines);
        WrapperFormat.Scan scan = new WrapperFormat.Scan();
        f.readPrefix(lines.get(1), scan);
        assertEquals("board-b", lines.get(1).substring(scan.hostStart, scan.hostEnd));
        // marks that differ: the host is the whole label
        lines = labelled("dut1: ", "[dut2] ");
        f = (WrapperFormat) FormatRegistry.detect(lines);
        f.readPrefix(lines.get(1), scan);
        assertEquals("[dut2]", lines.get(1).substring(scan.hostStart, scan.hostEnd));
    }

    @Test
    void aBoardThatJoinsLaterIsAHostToo() {
        WrapperFormat.Scan scan = new WrapperFormat.Scan();
        for (String[] c : new String[][] {
            {"dut1: ", "dut2: ", "dut3: [    9.000000] x", "dut3"},
            {"[board-a] ", "[board-b] ", "[board-c2] [    9.000000] x", "board-c2"},
            {"rig 1 | ", "rig 2 | ", "rig 12 | <6>[    9.000000] x", "rig 12"},
        }) {
            WrapperFormat f = (WrapperFormat) FormatRegistry.detect(labelled(c[0], c[1]));
            assertEquals(true, f.readPrefix(c[2], scan), c[2]);
            assertEquals(c[3], c[2].substring(scan.hostStart, scan.hostEnd), c[2]);
        }
        WrapperFormat f = (WrapperFormat) FormatRegistry.detect(labelled("dut1: ", "dut2: "));
        for (String no : List.of("dut_3: [    9.000000] x", "dut3 [    9.000000] x", "dut3: x [    9.000000] x",
                "-dut3: [    9.000000] x", "[    9.000000] x", "dut3: 9.000000 x")) {
            assertEquals(false, f.readPrefix(no, scan), "another character, mark or place: " + no);
        }
        // labels whose marks differ are the labels seen
        f = (WrapperFormat) FormatRegistry.detect(labelled("dut1: ", "[dut2] "));
        assertEquals(false, f.readPrefix("dut3: [    9.000000] x", scan));
        assertEquals(true, f.readPrefix("[dut2] [    9.000000] x", scan));
    }

    @Test
    void otherLeadInsAreNoLabels() {
        assertEquals("dmesg", detected(DMESG));
        assertNull(LineLabels.of(labelled("> ")), "a mail's quote markers");
        assertNull(LineLabels.of(labelled(">> ")), "a mail's quote markers");
        assertNull(LineLabels.of(labelled("-- ")), "no name");
        assertNull(LineLabels.of(labelled("a ", "b ", "c ", "d ", "e ", "f ", "g ", "h ", "i ")), "more than eight");
        assertNull(LineLabels.of(labelled("[1.5] ", "[2.5 3] ", "(4) ", "{5} ")), "lead-ins of four shapes");
        assertNull(LineLabels.of(labelled("foo", "bar")), "words glued to the stamp");
        assertNull(LineLabels.of(labelled("x".repeat(41) + " ")), "too long to be a name");
        assertNull(LineLabels.of(labelled("dut1: ").subList(0, 3)), "three lines");
        List<String> mostlyPlain = new ArrayList<>(DMESG);
        mostlyPlain.addAll(labelled("dut1: "));
        assertNull(LineLabels.of(mostlyPlain), "half the stamped lines");
        assertEquals("dmesg", detected(mostlyPlain));
        List<String> withBanner = new ArrayList<>(List.of("U-Boot 2020.04", "Starting kernel ..."));
        withBanner.addAll(labelled("dut1: "));
        assertEquals("dmesg-labelled", detected(withBanner), "lines without a stamp do not count");
    }

    /**
     * A capture tool's clock or counter before each stamp (a serial terminal's, grabserial's,
     * ts's) is a prefix of one shape, whatever its numbers and their widths: the same prefix on
     * lines of other numbers, never a host; alike clocks in the first lines are no labels.
     */
    @Test
    void aClockBeforeEachStampIsAPrefixOfOneShape() {
        for (List<String> clocks : List.of(List.of("[10:00:00.001] ", "[10:00:00.002] ", "[10:00:01.310] "),
                List.of("[0.000001 0.000123] ", "[12.500000 1.000000] "), List.of("00:00:01 ", "00:01:10 "),
                List.of("Dec 05 10:00:00 ", "Dec 05 10:00:00 "), List.of("(   9.5) ", "(  10.5) "))) {
            List<String> lines = labelled(clocks.toArray(String[]::new));
            WrapperFormat f = (WrapperFormat) FormatRegistry.detect(lines);
            assertEquals("dmesg-labelled", f.name(), clocks.toString());
            WrapperFormat.Scan scan = new WrapperFormat.Scan();
            String later = clocks.get(0).replace('0', '7').replace('1', '9') + DMESG.get(1);
            assertEquals(true, f.readPrefix(later, scan), later);
            assertEquals(later.indexOf("[    1.034512]"), scan.end, later);
            assertEquals(-1, scan.hostStart, later);
        }
        assertEquals("[0.0 0.0] ", LineLabels.shapeKey("[0.000123  12.5] "));
    }

    /**
     * grep -n's and cat -n's line numbers (no space before the stamp), grep -C's context lines
     * (another mark) and grep -H's file name: each a prefix of its shapes, never a host; the
     * stamp is found whatever comes before it.
     */
    @Test
    void grepAndCatLineNumbersArePrefixes() {
        for (String leadIn : List.of("%d:", "%d%s", "dmesg.log:%d:", "%6d\t")) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < DMESG.size(); i++) {
                lines.add(String.format(leadIn, 10 + i * 7, i % 3 == 0 ? ":" : "-") + DMESG.get(i));
            }
            WrapperFormat f = (WrapperFormat) FormatRegistry.detect(lines);
            assertEquals("dmesg-labelled", f.name(), leadIn);
            WrapperFormat.Scan scan = new WrapperFormat.Scan();
            String later = String.format(leadIn, 1234567, "-") + DMESG.get(3);
            assertEquals(true, f.readPrefix(later, scan), later);
            assertEquals(later.indexOf("<6>"), scan.end, later);
            assertEquals(-1, scan.hostStart, later);
        }
        assertEquals(3, LineLabels.stampStart("12:<6>[    3.000000] x"));
        assertEquals(3, LineLabels.stampStart("12-[    3.000000] x"));
        assertEquals(-1, LineLabels.stampStart("12-[ x ] x"));
    }
}
