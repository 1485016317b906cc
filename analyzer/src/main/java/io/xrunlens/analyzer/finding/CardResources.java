package io.xrunlens.analyzer.finding;

import io.xrunlens.kb.KbRow;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.kb.source.FamilyGuess;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a knowledge-base row is a legacy or PCI card driver's word that its interrupt, DMA
 * channel or I/O regions could not be had ({@link FamilyGuess#namesACardResourceNotHad}): the
 * codec rule makes such a card row a warning, and a cause's decision reads it
 * ({@code words card-resources}). Learnt once a row, from its file and format.
 */
public final class CardResources {
    private static final Map<String, Boolean> NOT_HAD = new ConcurrentHashMap<>();

    private CardResources() {
    }

    /** Whether the row {@code form} (an id) says so; false for a row the knowledge base does not hold. */
    public static boolean notHad(String form) {
        Boolean known = NOT_HAD.get(form);
        if (known == null) {
            Optional<KbRow> row = KnowledgeBase.active().row(form);
            known = row.isPresent() && FamilyGuess.namesACardResourceNotHad(row.get().file(), row.get().format());
            NOT_HAD.put(form, known);
        }
        return known;
    }
}
