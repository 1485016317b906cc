package io.xrunlens.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.analyzer.boot.BootFold;
import io.xrunlens.analyzer.rule.Rules;
import io.xrunlens.parser.LogReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Ended boots are finished on a thread of their own, in the order they ended: the report is the
 * one finishing them in place gives, a short log starts no thread, and a failure in finishing
 * one reaches the caller.
 */
class BootFinisherTest {
    @Test
    void workIsDoneInTheOrderGivenOffTheCallingThread() {
        BootFinisher finisher = BootFinisher.background();
        List<Integer> done = new ArrayList<>(); // read after await: no lock needed
        Set<String> threads = ConcurrentHashMap.newKeySet();
        for (int k = 0; k < 1000; k++) {
            int n = k;
            finisher.finish(() -> {
                done.add(n);
                threads.add(Thread.currentThread().getName());
            }, k % 7 == 0 ? BootFinisher.BATCH_WEIGHT : 1);
        }
        finisher.await();
        assertEquals(1000, done.size());
        for (int k = 0; k < 1000; k++) {
            assertEquals(k, done.get(k));
        }
        assertEquals(Set.of("xrunlens-boots"), threads);
    }

    @Test
    void aShortLogsBootsAreFinishedInPlaceAtTheEnd() {
        BootFinisher finisher = BootFinisher.background();
        List<String> threads = new ArrayList<>();
        for (int k = 0; k < BootFinisher.BATCH - 1; k++) {
            finisher.finish(() -> threads.add(Thread.currentThread().getName()), 1);
        }
        assertTrue(threads.isEmpty(), "nothing is done before the batch fills or the input ends");
        finisher.await();
        assertEquals(BootFinisher.BATCH - 1, threads.size());
        assertTrue(threads.stream().allMatch(Thread.currentThread().getName()::equals), threads.toString());
    }

    @Test
    void aLiveFinisherDoesEachBootAtOnce() {
        BootFinisher finisher = BootFinisher.inPlace();
        List<Integer> done = new ArrayList<>();
        finisher.finish(() -> done.add(1), 1);
        assertEquals(List.of(1), done);
    }

    @Test
    void aFailureReachesTheCallerAndStopsTheBootsAfterIt() {
        BootFinisher finisher = BootFinisher.background();
        IllegalStateException bug = new IllegalStateException("a rule's bug");
        List<Integer> done = new ArrayList<>();
        for (int k = 0; k < 3 * BootFinisher.BATCH; k++) {
            int n = k;
            finisher.finish(() -> {
                if (n == 5) {
                    throw bug;
                }
                done.add(n);
            }, 1);
        }
        assertSame(bug, assertThrows(IllegalStateException.class, finisher::await));
        assertEquals(List.of(0, 1, 2, 3, 4), done);
        finisher.await(); // told once
    }

    /**
     * A log of hundreds of short boots, each with a race and a FIFO failure: the result, and the
     * boots handed on in order, are those of boots finished in place, and the boots were
     * finished on the finisher's thread.
     */
    @Test
    void manyBootsFinishedOffTheReadingThreadGiveTheSameReport() {
        StringBuilder log = new StringBuilder();
        for (int b = 0; b < 300; b++) {
            log.append(Logs.line(0, "Booting Linux on physical CPU 0x0"));
            log.append(Logs.sdma(0.412, b % 3 == 0 ? "external firmware not found, using ROM firmware" : "loaded firmware 3.5"));
            double t = 20 + b % 11;
            log.append(Logs.snd(t, "XRUN: pcmC0D0c:0"));
            log.append(Logs.sdma(t + 0.000324, "sdma_prep_dma_cyclic channel: " + (2 + b % 4)));
            log.append(Logs.sdma(t + 0.000372, String.format("vchan 5e7e2c7a: txd %08x[5]: submitted", 0x7c1d0000 + b)));
            log.append(Logs.sdma(t + 0.001609, String.format("txd %08x: freeing", 0x7c1d0000 + b)));
            log.append(Logs.snd(t + 10.564477, "capture write error (DMA or IRQ trouble?)"));
            if (b % 2 == 0) {
                log.append(Logs.line(t + 30, "fsl-ssi-dai 202c000.ssi: Timeout waiting TX FIFO filling"));
            }
        }
        Finished inPlace = analyze(log.toString(), BootFinisher.inPlace());
        Finished background = analyze(log.toString(), BootFinisher.background());
        assertEquals(300, inPlace.boots().size());
        assertEquals(inPlace.boots(), background.boots());
        assertEquals(inPlace.result(), background.result());
        assertFalse(inPlace.result().incidents().isEmpty());
        assertTrue(background.threads().contains("xrunlens-boots"), background.threads().toString());
        assertEquals(Set.of(Thread.currentThread().getName()), inPlace.threads());
    }

    private record Finished(Analyzer.Result result, List<BootFold.BootResult> boots, Set<String> threads) {
    }

    private static Finished analyze(String log, BootFinisher finisher) {
        Analyzer analyzer = new Analyzer(Rules.defaults(), new BootFold(b -> false), Analyzer.Parts.DEFAULT, finisher);
        List<BootFold.BootResult> boots = new ArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        analyzer.onBootEnd(b -> {
            boots.add(b);
            threads.add(Thread.currentThread().getName());
        });
        new LogReader(LogReader.Options.defaults()).read("boots.log", "",
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), analyzer);
        return new Finished(analyzer.finish(), boots, threads);
    }
}
