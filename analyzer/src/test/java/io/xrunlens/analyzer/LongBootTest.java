package io.xrunlens.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.boot.BootFold;
import io.xrunlens.analyzer.boot.FoldedIncidents;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.analyzer.rule.Rules;
import io.xrunlens.parser.LogReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A boot of thousands of findings is chained into incidents in parts, so that memory does not
 * grow with a soak log's boot: cut at quiet gaps, the parts give what the whole boot gives;
 * with no gap, a boot is cut where it stands, and the report says so.
 */
class LongBootTest {
    /** Parts so small that a few episodes make one: the gap is the default's. */
    private static final Analyzer.Parts SMALL = new Analyzer.Parts(16, Analyzer.Parts.DEFAULT.gapMicros(), 1 << 30);
    private static final Analyzer.Parts WHOLE = new Analyzer.Parts(Integer.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE);

    /**
     * The boot's ROM firmware line, then, every {@code every} seconds, a terminate race of the
     * report's kind (XRUN, prep, the worker freeing the new descriptor, the stall) and, half-way,
     * a DAI that never filled its FIFO (which the ROM firmware explains).
     */
    private static String soak(int episodes, double every) {
        StringBuilder b = new StringBuilder();
        b.append(Logs.line(0, "Booting Linux on physical CPU 0x0"));
        b.append(Logs.sdma(0.412, "external firmware not found, using ROM firmware"));
        for (int k = 0; k < episodes; k++) {
            double t = 100 + k * every;
            b.append(Logs.snd(t, "XRUN: pcmC0D0c:0"));
            b.append(Logs.sdma(t + 0.000324, "sdma_prep_dma_cyclic channel: 2"));
            b.append(Logs.sdma(t + 0.000372, String.format("vchan 5e7e2c7a: txd %08x[5]: submitted", 0x7c1d0000 + k)));
            b.append(Logs.sdma(t + 0.001584, String.format("txd %08x: freeing", 0x2d9a0000 + k)));
            b.append(Logs.sdma(t + 0.001609, String.format("txd %08x: freeing", 0x7c1d0000 + k)));
            b.append(Logs.snd(t + 10.564477, "capture write error (DMA or IRQ trouble?)"));
            b.append(Logs.line(t + every / 2, "fsl-ssi-dai 202c000.ssi: Timeout waiting TX FIFO filling"));
            b.append(Logs.line(t + every / 2 + 10.011276, "aplay: pcm_write:2011: write error: Input/output error"));
        }
        return b.toString();
    }

    private record Run(Analyzer.Result result, List<BootFold.BootResult> parts) {
        long incidents() {
            return result.incidents().size() + result.folded().stream().mapToLong(FoldedIncidents::count).sum();
        }
    }

    private static Run analyze(String log, Analyzer.Parts parts) {
        Analyzer analyzer = new Analyzer(Rules.defaults(), b -> false, parts);
        List<BootFold.BootResult> handed = new ArrayList<>();
        analyzer.onBootEnd(handed::add);
        new LogReader(LogReader.Options.defaults()).read("soak.log", "",
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), analyzer);
        return new Run(analyzer.finish(), handed);
    }

    /** Two lists equal, or the first place they differ named. */
    private static void assertSame(List<?> a, List<?> b, String what) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            assertEquals(a.get(i), b.get(i), what + " " + i);
        }
        assertEquals(a.size(), b.size(), what);
    }

    @Test
    void partsCutAtQuietGapsGiveWhatTheWholeBootGives() {
        String log = soak(40, 600);
        Run whole = analyze(log, WHOLE);
        Run parts = analyze(log, SMALL);
        assertEquals(1, whole.parts().size());
        assertTrue(parts.parts().size() > 5, "parts: " + parts.parts().size());
        assertEquals(80, whole.incidents(), "a race and a FIFO failure each time");
        assertSame(whole.result().findings(), parts.result().findings(), "findings");
        assertSame(whole.result().incidents(), parts.result().incidents(), "incidents");
        assertSame(whole.result().folded(), parts.result().folded(), "folded");
        assertEquals(whole.result(), parts.result());
        assertTrue(parts.result().notes().isEmpty(), parts.result().notes().toString());
        // the firmware verdict, told at the boot's end, also reached the first part's FIFO failure
        Incident fifo = parts.parts().get(0).incidents().stream()
                .filter(i -> !i.cause().id().equals("dma-terminate-race")).findFirst().orElseThrow();
        assertTrue(fifo.findings().stream().anyMatch(f -> f.rule().equals("sdma-firmware")), fifo.toString());
    }

    /**
     * The direct firmware load failed at probe and the fallback loaded a current firmware an
     * hour later, after parts had ended: a healthy boot's note, no finding, in parts as whole.
     */
    @Test
    void aFirmwareLoadedLateIsNoFindingThoughPartsEndedBefore() {
        String races = soak(20, 600).replace(Logs.sdma(0.412, "external firmware not found, using ROM firmware"),
                Logs.sdma(0.412, "Direct firmware load for imx/sdma/sdma-imx6q.bin failed with error -2"));
        String log = races + Logs.sdma(100_000, "loaded firmware 3.5");
        Run whole = analyze(log, WHOLE);
        Run parts = analyze(log, SMALL);
        assertTrue(parts.parts().size() > 5, "parts: " + parts.parts().size());
        assertTrue(whole.result().findings().stream().noneMatch(f -> f.rule().equals("sdma-firmware")));
        assertSame(whole.result().findings(), parts.result().findings(), "findings");
        assertEquals(whole.result(), parts.result());
    }

    @Test
    void aBootWithNoQuietGapIsCutWhereItStandsAndTheReportSaysSo() {
        String log = soak(200, 30);
        Run parts = analyze(log, new Analyzer.Parts(16, Analyzer.Parts.DEFAULT.gapMicros(), 64));
        assertTrue(parts.parts().size() > 10, "parts: " + parts.parts().size());
        for (BootFold.BootResult part : parts.parts()) {
            assertTrue(part.findings().size() <= 64 + 8, "a part holds " + part.findings().size());
        }
        assertEquals(1, parts.result().notes().size(), parts.result().notes().toString());
        assertTrue(parts.result().notes().get(0).startsWith("boot 0: more than 64 findings came with no quiet gap"),
                parts.result().notes().get(0));
        long races = parts.result().incidents().stream().filter(i -> i.cause().id().equals("dma-terminate-race")).count()
                + parts.result().folded().stream().filter(f -> f.like().cause().id().equals("dma-terminate-race"))
                .mapToLong(FoldedIncidents::count).sum();
        assertEquals(200, races, "every race is found, cut or not");
    }

    /**
     * Two boards' soak boots in one log server's file, their lines interleaved: chained in small
     * parts, which the hosts' shared fold takes in turn, they give as many incidents as their
     * whole boots, each FIFO failure with its board's firmware verdict (told at the boot's end,
     * reaching the first part's). Which ten of a kind are kept whole may differ: whole boots
     * reach the fold at their ends, one board's after the other's; parts in the log's order.
     */
    @Test
    void twoHostsBootsInPartsGiveWhatTheirWholeBootsGive() {
        List<String[]> lines = new ArrayList<>();
        for (String host : List.of("board-a", "board-b")) {
            double shift = host.equals("board-a") ? 0 : 1.5;
            for (String l : soak(40, 600).split("\n")) {
                double t = Double.parseDouble(l.substring(1, l.indexOf(']')).trim()) + shift;
                lines.add(new String[] {String.format(Locale.ROOT, "%015.6f", t), host,
                    String.format(Locale.ROOT, "[%12.6f]%s", t, l.substring(l.indexOf(']') + 1))});
            }
        }
        lines.sort(Comparator.comparing((String[] l) -> l[0]).thenComparing(l -> l[1]));
        StringBuilder log = new StringBuilder();
        for (String[] l : lines) {
            log.append("Nov 24 10:00:00 ").append(l[1]).append(" kernel: ").append(l[2]).append('\n');
        }
        Analyzer.Result whole = hosts(log.toString(), WHOLE);
        Analyzer.Result parts = hosts(log.toString(), SMALL);
        assertEquals(2, whole.bootHosts().size(), whole.notes().toString());
        for (Analyzer.Result r : List.of(whole, parts)) {
            assertEquals(160, r.incidents().size() + r.folded().stream().mapToLong(FoldedIncidents::count).sum());
            assertEquals(whole.incidents().size(), r.incidents().size());
            List<Incident> fifo = r.incidents().stream().filter(i -> !i.cause().id().equals("dma-terminate-race"))
                    .toList();
            assertTrue(!fifo.isEmpty() && fifo.stream().allMatch(i -> i.findings().stream()
                    .anyMatch(f -> f.rule().equals("sdma-firmware"))), "every FIFO failure has its board's firmware");
            assertTrue(fifo.stream().anyMatch(i -> i.boot() == 0) && fifo.stream().anyMatch(i -> i.boot() == 1),
                    "both boards' failures are kept whole");
        }
        // each board's firmware finding is its incidents', placed once, not left outside them too
        assertEquals(whole.findings().stream().filter(f -> f.rule().equals("sdma-firmware")).count(),
                parts.findings().stream().filter(f -> f.rule().equals("sdma-firmware")).count());
        assertEquals(whole.findings().size(), parts.findings().size());
    }

    private static Analyzer.Result hosts(String log, Analyzer.Parts parts) {
        HostAnalyses analyses = new HostAnalyses(b -> false, parts);
        new LogReader(LogReader.Options.defaults()).read("server.log", "",
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), analyses);
        return analyses.finish();
    }
}
