package io.xrunlens.analyzer;

import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.parser.LogReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Test helpers: analyse a log given as text, find findings by rule. */
public final class Logs {
    private Logs() {
    }

    public static InputReport analyze(String log) {
        return new LogAnalysis(LogReader.Options.defaults()).analyze("test.log", "",
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)));
    }

    public static InputReport analyzeSample(String relative) throws Exception {
        return new LogAnalysis(LogReader.Options.defaults()).analyze(samples().resolve(relative).toString());
    }

    public static List<Finding> findings(InputReport r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    public static Path samples() {
        return Path.of(System.getProperty("xrunlens.samples", "../samples"));
    }

    /** A dmesg line from the DMA controller of the report. */
    public static String sdma(double t, String msg) {
        return String.format(Locale.ROOT, "[%12.6f] imx-sdma 20ec000.sdma: %s%n", t, msg);
    }

    /** A dmesg line with any text, "[   10.000000] text". */
    public static String line(double t, String text) {
        return String.format(Locale.ROOT, "[%12.6f] %s%n", t, text);
    }

    /** A dmesg line from the sound card of the report. */
    public static String snd(double t, String msg) {
        return String.format(Locale.ROOT, "[%12.6f] imx-sgtl5000 sound: %s%n", t, msg);
    }
}
