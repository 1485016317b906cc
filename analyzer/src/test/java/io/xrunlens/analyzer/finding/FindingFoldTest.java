package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.record.Record;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A flood of like findings is folded; what an incident chains stays whole. */
class FindingFoldTest {
    private static Finding xrun(long line, String device) {
        long micros = line * 10_000L;
        return new Finding("xrun", Severity.INFO, 0, device, "fsl-sai", "", OptionalInt.empty(), PcmDirection.CAPTURE,
                micros, List.of(), List.of(new Evidence("xrun", line, micros, device + ": XRUN: pcmC0D0c:0")),
                "Capture XRUN.", "observed", "", "");
    }

    private static Finding stall(long line) {
        long micros = line * 10_000L;
        return new Finding("dma-stall", Severity.ERROR, 0, "", "", "", OptionalInt.empty(), PcmDirection.CAPTURE,
                micros, List.of(), List.of(new Evidence("stall", line, micros, "capture write error")),
                "Capture stalled.", "observed", "", "");
    }

    private static FindingFold fold() {
        return new FindingFold((micros, line) -> String.format(Locale.ROOT, "%.6f", micros / 1e6));
    }

    @Test
    void aFloodKeepsItsFirstAndLastFindingsWholeAndCountsTheRest() {
        FindingFold fold = fold();
        for (long line = 1; line <= 10_000; line++) {
            fold.add(xrun(line, "2028000.sai"));
        }
        List<Finding> kept = fold.findings();
        assertEquals(FindingFold.HEAD + 1 + FindingFold.TAIL, kept.size());
        assertEquals(10_000, kept.stream().mapToLong(Finding::repeats).sum());
        Finding folded = kept.stream().filter(f -> f.repeats() > 1).findFirst().orElseThrow();
        assertEquals(List.of(51L, 9_950L), folded.lines(), "its evidence: the first and the last folded");
        assertTrue(folded.message().startsWith("9,900 more like this from 0.510000 to 99.500000"), folded.message());
        assertEquals(10_000L, kept.stream().mapToLong(f -> f.lines().get(f.lines().size() - 1)).max().orElseThrow());
    }

    @Test
    void aRareFindingKeepsTheFindingsAroundItWhole() {
        FindingFold fold = fold();
        for (long line = 1; line <= 5_000; line++) {
            fold.add(xrun(line, "2028000.sai"));
        }
        fold.add(stall(5_001));
        for (long line = 5_002; line <= 10_000; line++) {
            fold.add(xrun(line, "2028000.sai"));
        }
        List<Finding> kept = fold.findings();
        List<Long> whole = kept.stream().filter(f -> f.repeats() == 1).map(f -> f.lines().get(0)).sorted().toList();
        assertTrue(whole.contains(5_000L) && whole.contains(4_951L), "the XRUNs just before the stall");
        assertTrue(whole.contains(5_002L) && whole.contains(5_051L), "and just after it");
        assertEquals(10_000, kept.stream().mapToLong(Finding::repeats).sum());
        assertEquals(2, kept.stream().filter(f -> f.repeats() > 1).count(), "one fold on each side");
    }

    @Test
    void kindsFoldApartAndFindingsOfAnEpisodeAreNeverFolded() {
        FindingFold fold = fold();
        for (long line = 1; line <= 4_000; line += 2) {
            fold.add(xrun(line, "2028000.sai"));
            fold.add(xrun(line + 1, "202c000.sai"));
        }
        List<Finding> kept = fold.findings();
        assertEquals(4_000, kept.stream().mapToLong(Finding::repeats).sum());
        assertEquals(2, kept.stream().filter(f -> f.repeats() > 1).count(), "two devices flooding in turn: a fold each");
        assertTrue(kept.size() <= 2 * (2 * FindingFold.HEAD + 1 + FindingFold.TAIL), "kept: " + kept.size());
        FindingFold races = fold();
        for (long line = 1; line <= 300; line++) {
            races.add(new Finding("misapplied-free", Severity.ERROR, 0, "20ec000.sdma", "imx-sdma", "cyclic",
                    OptionalInt.of(2), PcmDirection.UNKNOWN, line, List.of(), List.of(), "Freed.", "observed",
                    "boot0:ep" + line, "", 1));
        }
        assertEquals(300, races.findings().size());
    }

    /**
     * The report's race, with another DAI's playback XRUN every 5 ms across it: the race's
     * incident is the same whether the flood is 40 XRUNs (nothing folded) or 200,000.
     */
    @Test
    void aRaceInsideAFloodIsTheSameIncidentAsInsideAFewXruns() throws Exception {
        List<String> race = Files.readAllLines(Logs.samples().resolve("report/imx6-report-lines.log"));
        InputReport few = Logs.analyze(flooded(race, 40));
        InputReport many = Logs.analyze(flooded(race, 200_000));
        Incident a = raceOf(few);
        Incident b = raceOf(many);
        assertEquals(a.verdict(), b.verdict());
        assertEquals(a.findings().stream().map(Finding::rule).toList(), b.findings().stream().map(Finding::rule).toList());
        assertEquals(a.findings().stream().map(Finding::lines).toList().size(), b.findings().size());
        // The XRUN rule may merge a flooded XRUN with the race's own (one episode): as many with 40 as with 200,000
        assertEquals(40 - playbackXruns(few), 200_000 - playbackXruns(many), "every flooded XRUN is counted");
        assertTrue(many.findings().size() < 1_000, "kept: " + many.findings().size());
    }

    private static long playbackXruns(InputReport r) {
        return r.findings().stream().filter(f -> f.rule().equals("xrun") && f.stream() == PcmDirection.PLAYBACK)
                .mapToLong(Finding::repeats).sum();
    }

    private static Incident raceOf(InputReport r) {
        return r.incidents().stream().filter(i -> i.cause() == Cause.DMA_TERMINATE_RACE).findFirst().orElseThrow();
    }

    /** The log with {@code n} playback XRUNs of another DAI spread over its time span, in time order. */
    private static String flooded(List<String> log, int n) {
        List<double[]> stamps = new ArrayList<>();
        for (String l : log) {
            if (l.startsWith("[")) {
                stamps.add(new double[] {Double.parseDouble(l.substring(1, l.indexOf(']')).strip())});
            }
        }
        double from = stamps.get(0)[0] - 1;
        double to = stamps.get(stamps.size() - 1)[0] + 1;
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (String l : log) {
            double t = l.startsWith("[") ? Double.parseDouble(l.substring(1, l.indexOf(']')).strip()) : Record.NO_TIME;
            while (t != Record.NO_TIME && next < n && from + (to - from) * next / n < t) {
                out.append(Logs.line(from + (to - from) * next / n, "fsl-sai 2030000.sai: XRUN: pcmC1D0p:0"));
                next++;
            }
            out.append(l).append('\n');
        }
        while (next < n) {
            out.append(Logs.line(from + (to - from) * next / n, "fsl-sai 2030000.sai: XRUN: pcmC1D0p:0"));
            next++;
        }
        return out.toString();
    }
}
