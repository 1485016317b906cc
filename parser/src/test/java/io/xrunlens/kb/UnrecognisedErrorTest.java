package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.event.Message;
import io.xrunlens.record.Record;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An audio or DMA driver's error that no row prints is a note, not silence; other lines are nothing. */
class UnrecognisedErrorTest {
    private static final SoundDrivers DRIVERS = KnowledgeBase.builtIn().drivers();

    /** The words that made an error, as the regular expression they were searched with before read them. */
    private static final Pattern AS_SEARCHED = Pattern.compile("(?i)\\b(?:errors?|err|"
            + "fail(?:ed|ure|s)?|timed out|time ?out|underrun|overrun|overflow|unable|cannot|can't|invalid|not ready"
            + "|no response)\\b");

    /**
     * Error words are read as the pattern found them: on every format of the knowledge base and
     * on the edges of a word (a prefix, a suffix, '_', a digit, case, a phrase's one space).
     */
    @Test
    void errorWordsAreReadAsThePatternFoundThem() throws Exception {
        List<String> texts = new ArrayList<>(List.of("ERROR", "Errors: 3", "err", "errs", "terror", "error_x",
                "error2", "x-error", "FAILED", "failures", "fails", "failing", "failover", "timed out", "timed  out",
                "timedout", "time out", "timeout", "TimeOut", "timeouts", "under-run", "underrun!", "overflowed",
                "unable", "Cannot", "can't", "CAN'T", "can'tx", "can' t", "can't_", "invalid", "invalidate",
                "not ready", "not_ready", "not  ready", "no response", "no responses", "Not Ready", "", "'", "can",
                "no", "time", "timed", "é error", "éerror", "error é", "naïve failure"));
        try (var files = Files.list(Path.of("src/main/resources/io/xrunlens/kb"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    texts.add(line.substring(line.lastIndexOf('\t') + 1));
                }
            }
        }
        assertTrue(texts.size() > 10_000, "the knowledge base's formats: " + texts.size());
        for (String t : texts) {
            assertEquals(AS_SEARCHED.matcher(t).find(), UnrecognisedError.holdsErrorWords(t), t);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fsl-sai|-1|TX underrun on lane 3 failed|true",
        "fsl_sai|-1|capture write error (DMA or IRQ|true",
        "snd_hda_intel|-1|codec 2 timed out|true",
        "sof-audio-pci-intel-tgl|3|DSP is on fire|true",
        "sof-audio-pci-intel-tgl|6|failed to load the optional library|false",
        // SOF's one PCI driver of every Intel platform, before it was split by platform (older-names.tsv)
        "sof-audio-pci|3|error: load fw failed ret: -110|true",
        "fsl-sai|-1|sai clock rate set to 24576000|false",
        "mmc0|-1|error -110 whilst initialising SD card|false",
        "i2c|-1|error -110 on transfer|false",
        "|-1|capture write error (DMA or IRQ|false",
    })
    void onlyAnAudioDriversErrorIsANote(String driver, int level, String text, boolean note) {
        Record r = new Record(1, 0, 5_000_000, level, driver == null ? "" : driver, driver == null ? "" : "dev",
                text);
        assertEquals(note, UnrecognisedError.of(r, DRIVERS).isPresent(), text);
        UnrecognisedError.of(r, DRIVERS).ifPresent(m -> assertEquals(MessageFamily.UNRECOGNISED,
                ((Message.Catalogued) m).form().family()));
    }

    @Test
    void theBuiltInNamesComeFromTheSourceAndAFolderAddsAliases(@TempDir Path dir) throws Exception {
        assertTrue(DRIVERS.size() > 2000, "names: " + DRIVERS.size());
        assertTrue(DRIVERS.isSound("imx-sdma") && DRIVERS.isSound("snd-hda-intel") && DRIVERS.isSound("davinci-mcasp"));
        assertFalse(DRIVERS.isSound("vendor-i2s") || DRIVERS.isSound("usb") || DRIVERS.isSound("e1000e"));
        Files.writeString(dir.resolve(SoundDrivers.FILE), "# a BSP's names\nvendor-i2s\tvendor/sound/vendor-i2s.c\n");
        KnowledgeBase kb = KnowledgeBase.withFolders(List.of(dir));
        assertTrue(kb.drivers().isSound("vendor_i2s"));
        assertFalse(KnowledgeBase.builtIn().drivers().isSound("vendor-i2s"), "the built-in names are left as they are");
    }

    @Test
    void aNameOfWordsTwoSpacesApartIsAnErrorNamingFileAndLine() {
        KbException e = org.junit.jupiter.api.Assertions.assertThrows(KbException.class,
                () -> new SoundDrivers().read(new StringReader("# names\nfsl  sai\tx.c\n"), "drivers.tsv"));
        assertTrue(e.getMessage().startsWith("drivers.tsv:2: "), e.getMessage());
    }

    @Test
    void aNameWithASpaceIsKeptForTheFramerToFind() {
        SoundDrivers names = new SoundDrivers().read(new StringReader("HDA Intel\tsound/pci/hda/hda_intel.c\n"), "x.tsv");
        assertEquals(List.of("HDA Intel"), names.spacedNames());
        assertEquals("sound/pci/hda", names.folderOrFileFolder("HDA Intel"));
        assertTrue(KnowledgeBase.builtIn().drivers().spacedNames().contains("HDA Intel"), "older-names.tsv's");
        assertTrue(KnowledgeBase.builtIn().drivers().isSound("hda-intel") && KnowledgeBase.builtIn().drivers().isSound("hda_codec"),
                "older kernels' tags are audio drivers' names");
    }
}
