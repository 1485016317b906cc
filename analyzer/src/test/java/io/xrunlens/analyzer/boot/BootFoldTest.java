package io.xrunlens.analyzer.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.LogAnalysis;
import io.xrunlens.analyzer.Logs;
import io.xrunlens.analyzer.finding.Cause;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.parser.LogReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** A log of many boots that fail alike is reported in bounded memory: the first and last whole, the rest counted. */
class BootFoldTest {
    private static String race() throws Exception {
        return Files.readString(Logs.samples().resolve("synthetic/stock-5.4-race.log"));
    }

    private static InputReport analyze(String log, IntPredicate keepWhole) {
        return new LogAnalysis(LogReader.Options.defaults(), keepWhole).analyze("soak.log", "",
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSoakOfLikeBootsKeepsTheFirstAndTheLastWholeAndCountsTheRest() throws Exception {
        int boots = 40;
        InputReport one = Logs.analyze(race());
        InputReport soak = analyze(race().repeat(boots), b -> false);
        assertEquals(boots, soak.summary().boots());
        int perBoot = one.incidents().size();
        assertEquals(1, perBoot, "the sample has one incident");
        assertEquals(BootFold.HEAD + BootFold.TAIL, soak.incidents().size());
        assertEquals(1, soak.folded().size(), soak.folded().toString());
        FoldedIncidents fold = soak.folded().get(0);
        assertEquals(boots - BootFold.HEAD - BootFold.TAIL, fold.count());
        assertEquals(BootFold.HEAD, fold.firstBoot(), "the first folded comes after the head");
        assertEquals(boots - BootFold.TAIL - 1, fold.lastBoot(), "the tail stays whole");
        assertEquals(Cause.DMA_TERMINATE_RACE, fold.like().cause());
        assertEquals(1, soak.incidentNumber(fold.like()), "like the first incident");
        assertEquals(fold.count() * one.incidents().get(0).findings().size(), fold.findings());
        assertEquals(fold.count(), fold.errors(), "every one of them broke audio");
        long lines = race().lines().count();
        assertEquals(BootFold.HEAD * lines + one.incidents().get(0).firstLine(), fold.firstLine(),
                "the first line of the first folded incident");
        // the kept incidents are the head's and the tail's boots, with their findings, in log order
        List<Integer> keptBoots = soak.incidents().stream().map(Incident::boot).toList();
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 37, 38, 39), keptBoots);
        assertEquals(soak.incidents().stream().mapToInt(i -> i.findings().size()).sum(),
                soak.findings().size(), "no finding of a folded incident is kept");
        assertTrue(soak.hasProblems());
    }

    @Test
    void theBootAskedForIsKeptWholeThoughItRepeats() throws Exception {
        InputReport soak = analyze(race().repeat(40), b -> b == 20);
        assertTrue(soak.incidents().stream().anyMatch(i -> i.boot() == 20));
        assertEquals(40 - BootFold.HEAD - BootFold.TAIL - 1, soak.folded().get(0).count());
    }

    @Test
    void fewerBootsThanTheHeadAndTailAreAllKept() throws Exception {
        int boots = BootFold.HEAD + BootFold.TAIL;
        InputReport soak = analyze(race().repeat(boots), b -> false);
        assertEquals(boots, soak.incidents().size());
        assertTrue(soak.folded().isEmpty());
    }

    @Test
    void lonelyFindingsOfLikeBootsAreFoldedIntoOneThatCountsThem() {
        // each boot: one XRUN that recovered, a finding of no incident
        StringBuilder log = new StringBuilder();
        int boots = 100;
        for (int b = 0; b < boots; b++) {
            log.append(Logs.line(0, "Booting Linux on physical CPU 0x0"));
            log.append(Logs.line(5 + b % 7, "XRUN: pcmC0D0c:0"));
        }
        InputReport soak = analyze(log.toString(), b -> false);
        assertEquals(boots, soak.summary().boots());
        assertTrue(soak.incidents().isEmpty());
        List<Finding> fifo = soak.findings();
        assertEquals(BootFold.HEAD + 1 + BootFold.TAIL, fifo.size(), fifo.toString());
        Finding fold = fifo.get(BootFold.HEAD);
        assertEquals(boots - BootFold.HEAD - BootFold.TAIL, fold.repeats());
        assertTrue(fold.message().startsWith("87 more like this in boots 10 to 96"), fold.message());
        assertEquals(boots, fifo.stream().mapToLong(Finding::repeats).sum(), "every occurrence counted");
    }
}
