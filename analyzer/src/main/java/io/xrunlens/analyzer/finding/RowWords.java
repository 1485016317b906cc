package io.xrunlens.analyzer.finding;

import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.kb.source.RowReadings;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What the words of a knowledge-base row say, by its file, function and format ({@link
 * RowReadings}), learnt once a row: the readings a cause's decision names ({@code reads words
 * card-resources}), which the codec rule and the codec's verdict ask too.
 */
public enum RowWords {
    /** A legacy or PCI card driver's word that its interrupt, DMA channel, regions or PCI device could not be had. */
    CARD_RESOURCES("card-resources", "a legacy or PCI card's row whose words say its interrupt, DMA channel, I/O or"
            + " memory regions or PCI device could not be had",
            row -> RowReadings.namesACardResourceNotHad(row.file(), row.format())),
    /** A legacy or PCI card driver's word that its own chip or board was not found where it probed, or did not answer. */
    CARD_CHIP("card-chip", "a legacy or PCI card's row whose words say its own chip or board was not found where its"
            + " driver probed, or did not answer there", row -> RowReadings.namesACardChipNotFound(row.file(), row.format())),
    /** An audio driver's or a DMA engine's word that memory it needed could not be allocated. */
    MEMORY("memory", "an audio driver's or a DMA engine's row whose words say memory it needed could not be allocated",
            row -> RowReadings.namesMemoryNotHad(row.file(), row.format())),
    /** A codec driver's word that its chip's registers could not be read or written. */
    CODEC_REGISTERS("codec-registers", "a codec's row whose words say its registers could not be read or written",
            row -> RowReadings.namesARegisterAccessFailed(row.file(), row.function(), row.format())),
    /** A codec driver's word that a calibration or measurement of its chip's analog circuit did not finish. */
    CODEC_CALIBRATION("codec-calibration", "a codec's row whose words say a calibration or measurement of its analog"
            + " circuit did not finish", row -> RowReadings.namesACalibrationNotDone(row.file(), row.format())),
    /** A codec driver's word that its chip could not be woken from its low-power state. */
    CODEC_WAKE("codec-wake", "a codec's row whose words say it could not be woken from its low-power state",
            row -> RowReadings.namesAWakeFailed(row.file(), row.format())),
    /** An AC'97 controller's word that its codec did not answer over the AC-link. */
    AC97_CODEC("ac97-codec", "an AC'97 controller's row whose words say its codec did not answer (or a timeout in its"
            + " function that reads, writes or resets the codec)",
            row -> RowReadings.namesAnAc97CodecSilent(row.file(), row.function(), row.format())),
    /** A legacy or PCI card's driver's word that the card's own DSP, FPGA or firmware did not load or start. */
    CARD_IMAGE("card-image", "a legacy or PCI card's row whose words say its on-board DSP, FPGA or firmware did not"
            + " load or start", row -> RowReadings.namesACardImageNotLoaded(row.file(), row.format())),
    /** One of AMD's audio co-processor drivers' words that it did not power on, come out of reset or initialise. */
    ACP_NOT_UP("acp-not-up", "an AMD audio co-processor driver's row whose words say it did not power on, come out of"
            + " reset or initialise", row -> RowReadings.namesACoProcessorNotUp(row.file(), row.format())),
    /**
     * A DAI's or audio platform's probe's word that its reset line, register map, a supply or its
     * interrupt could not be had.
     */
    DAI_RESOURCES("dai-resources", "a DAI's or platform's probe row whose words say its reset line, register map, a"
            + " supply or its interrupt could not be had",
            row -> RowReadings.namesAProbeResourceNotHad(row.file(), row.function(), row.format())),
    /** An audio driver's or a DMA controller's word that its device's description is missing or holds what it does not take. */
    DESCRIPTION("description", "an audio driver's or a DMA controller's row whose words say its device-tree description (a"
            + " property, node or phandle) is missing or holds a value it does not take",
            row -> RowReadings.namesADescriptionRefused(row.file(), row.function(), row.format())),
    /** An audio driver's word, outside its probe, that it does not take a stream's channels, sample width or format. */
    STREAM_FORMAT("stream-format", "an audio driver's row whose words say it does not take a stream's channels, sample"
            + " width or format",
            row -> RowReadings.namesAStreamParameterRefused(row.file(), row.function(), row.format(), false)),
    /** The same of a TDM link's slots. */
    TDM_SLOTS("tdm-slots", "an audio driver's row whose words say it does not take a TDM link's slots",
            row -> RowReadings.namesAStreamParameterRefused(row.file(), row.function(), row.format(), true)),
    /** An SoC audio driver's word, outside its probe, that the registers of its audio DMA could not be read or written. */
    DMA_REGISTERS("dma-registers", "an SoC audio driver's row whose words say the registers of its audio DMA could not"
            + " be read or written", row -> RowReadings.namesADmaRegisterFailed(row.file(), row.function(), row.format())),
    /** An error where a card's DAI links are put together. */
    CARD_LINKS("card-links", "an error where a card's DAI links are put together",
            row -> RowReadings.namesACardLinkNotMade(row.file(), row.function()));

    private final String reading;
    private final String condition;
    private final Predicate<KbRow> says;
    /** By row id: what the row says, learnt once. */
    private final Map<String, Boolean> learnt = new ConcurrentHashMap<>();

    RowWords(String name, String condition, Predicate<KbRow> says) {
        this.reading = "words " + name;
        this.condition = condition;
        this.says = says;
    }

    /** "words card-resources": how a cause's decision names it. */
    public String reading() {
        return reading;
    }

    /** What it reads, in words, for the docs' table of decisions. */
    public String condition() {
        return condition;
    }

    /** The reading a decision names ({@code "words card-links"}), if it is one of these. */
    public static Optional<RowWords> named(String reading) {
        for (RowWords w : values()) {
            if (w.reading.equals(reading)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** Whether the row {@code form} (an id) says so; false for a row the knowledge base does not hold. */
    public boolean said(String form) {
        Boolean known = learnt.get(form);
        if (known == null) {
            Optional<KbRow> row = KnowledgeBase.active().row(form);
            known = row.isPresent() && says.test(row.get());
            learnt.put(form, known);
        }
        return known;
    }
}
