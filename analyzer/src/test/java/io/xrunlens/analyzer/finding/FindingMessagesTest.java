package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.catalog.MessageFamily;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every sentence prints as written: an apostrophe is not swallowed as MessageFormat's quote. */
class FindingMessagesTest {
    @Test
    void everyApostropheOfEverySentenceIsPrinted() throws Exception {
        Properties bundle = new Properties();
        try (InputStream in = FindingMessages.class.getResourceAsStream("messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        List<String> lost = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            long written = pattern.replace("''", "'").chars().filter(c -> c == '\'').count();
            Object[] args = new Object[10];
            for (int i = 0; i < args.length; i++) {
                args[i] = pattern.contains("{" + i + ",choice") ? 1 : "x"; // a choice format takes a number
            }
            String printed = FindingMessages.format(key, args);
            if (printed.chars().filter(c -> c == '\'').count() < written) {
                lost.add(key + ": " + printed);
            }
        }
        assertTrue(lost.isEmpty(), String.join("\n", lost));
        assertEquals("Check the codec's supplies", FindingMessages.format("advice.CODEC").substring(0, 26));
    }

    /** Sentences are written without MessageFormat where they can be: each must come out as MessageFormat writes it. */
    @Test
    void everySentenceIsWrittenAsMessageFormatWritesIt() {
        List<Object[]> argumentLists = List.of(
                new Object[0],
                new Object[] {1, 2},
                new Object[] {12345, 2.5, "a 'quoted' {word}", null, -7L, "x", "y", "z", 0, 1},
                new Object[] {"only one"},
                new Object[] {3, new Date(0), "x", "y", "z", "x", "y", "z"},
                // the short way for integers under four digits, and the number format's on either side of it
                new Object[] {999, -999, 1000, -1000, (short) 5, (byte) -3, 999L, 1000L, 0, Long.MIN_VALUE},
                new Object[] {-1001L, 1_000_000, 999.5, Integer.MAX_VALUE, -0, (short) -1000, 100, 10});
        int written = 0;
        for (String key : FindingMessages.keys()) {
            for (Object[] args : argumentLists) {
                String expected;
                try {
                    expected = new MessageFormat(FindingMessages.text(key), Locale.ROOT)
                            .format(args.clone());
                } catch (IllegalArgumentException e) {
                    continue; // a choice or number place given a string: no sentence either way
                }
                assertEquals(expected, FindingMessages.format(key, args.clone()), key);
                written++;
            }
        }
        assertTrue(written > 500, "sentences written: " + written);
    }

    /** explain tells a line alone by its family's advice: a family without one would stop it with an error. */
    @Test
    void everyFamilyHasItsAdviceAndItsMeaning() {
        List<String> missing = new ArrayList<>();
        for (MessageFamily f : MessageFamily.values()) {
            for (String key : List.of("advice." + f.name(), "meaning." + f.name())) {
                if (!FindingMessages.has(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
