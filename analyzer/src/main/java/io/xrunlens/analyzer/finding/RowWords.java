package io.xrunlens.analyzer.finding;

import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.kb.source.FamilyGuess;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What the words of a knowledge-base row say, by its file, function and format, learnt once a
 * row: a legacy or PCI card driver's word that its interrupt, DMA channel or I/O regions could not be
 * had ({@link FamilyGuess#namesACardResourceNotHad}: the codec rule makes such a card row a
 * warning, and a cause's decision reads {@code words card-resources}); a codec driver's word
 * that its chip's registers could not be read or written ({@link
 * FamilyGuess#namesARegisterAccessFailed}: {@code words codec-registers}, and the codec's
 * verdict); one of AMD's audio co-processor drivers' words that it did not power on, come out
 * of reset or initialise ({@link FamilyGuess#namesACoProcessorNotUp}: the codec rule makes such a
 * card row a warning, and {@code words acp-not-up}); a DAI's or platform's probe's word that its
 * reset line, register map or a supply could not be had ({@link
 * FamilyGuess#namesAProbeResourceNotHad}: {@code words dai-resources}); an error where a card's
 * DAI links are put together ({@link FamilyGuess#namesACardLinkNotMade}: {@code words card-links}).
 */
public final class RowWords {
    private static final Map<String, Boolean> CARD_RESOURCE_NOT_HAD = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> REGISTER_ACCESS_FAILED = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> CO_PROCESSOR_NOT_UP = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> PROBE_RESOURCE_NOT_HAD = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> CARD_LINK_NOT_MADE = new ConcurrentHashMap<>();

    private RowWords() {
    }

    /** Whether the row {@code form} (an id) says a card's resource was not had; false for a row not held. */
    public static boolean cardResourceNotHad(String form) {
        return said(CARD_RESOURCE_NOT_HAD, form, row -> FamilyGuess.namesACardResourceNotHad(row.file(), row.format()));
    }

    /** Whether the row {@code form} (an id) says a codec's registers could not be read or written. */
    public static boolean registerAccessFailed(String form) {
        return said(REGISTER_ACCESS_FAILED, form,
                row -> FamilyGuess.namesARegisterAccessFailed(row.file(), row.function(), row.format()));
    }

    /** Whether the row {@code form} (an id) says AMD's audio co-processor did not come up. */
    public static boolean coProcessorNotUp(String form) {
        return said(CO_PROCESSOR_NOT_UP, form, row -> FamilyGuess.namesACoProcessorNotUp(row.file(), row.format()));
    }

    /** Whether the row {@code form} (an id) says a DAI's probe could not have its reset line, register map or a supply. */
    public static boolean probeResourceNotHad(String form) {
        return said(PROBE_RESOURCE_NOT_HAD, form,
                row -> FamilyGuess.namesAProbeResourceNotHad(row.file(), row.function(), row.format()));
    }

    /** Whether the row {@code form} (an id) is an error of putting a card's DAI links together. */
    public static boolean cardLinkNotMade(String form) {
        return said(CARD_LINK_NOT_MADE, form, row -> FamilyGuess.namesACardLinkNotMade(row.file(), row.function()));
    }

    private static boolean said(Map<String, Boolean> memo, String form, Predicate<KbRow> says) {
        Boolean known = memo.get(form);
        if (known == null) {
            Optional<KbRow> row = KnowledgeBase.active().row(form);
            known = row.isPresent() && says.test(row.get());
            memo.put(form, known);
        }
        return known;
    }
}
