package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A soak log: thousands of recovered XRUNs and a fatal race. The report leads with the race and stays short. */
class LongLogReportTest {
    @Test
    void theRaceComesFirstAndTheBurstIsSummed(@TempDir Path dir) throws Exception {
        List<String> race = Files.readAllLines(SampleExpectationsTest.samples().resolve("synthetic/stock-5.4-race.log"));
        StringBuilder log = new StringBuilder(race.get(0)).append('\n'); // the kernel banner
        for (int i = 0; i < 2_000; i++) { // a recovered XRUN every 0.1 s before the race
            log.append(String.format(Locale.ROOT, "[%12.6f] XRUN: pcmC0D0c:0%n", 200 + i * 0.1));
        }
        race.stream().skip(1).forEach(l -> log.append(l).append('\n'));
        Path f = Files.writeString(dir.resolve("soak.log"), log);

        Cli text = Cli.run("analyze", f.toString());
        assertEquals(1, text.exit(), text.err());
        List<String> verdicts = text.out().lines().filter(l -> l.startsWith("VERDICT")).toList();
        assertEquals(2, verdicts.size(), text.out());
        assertTrue(verdicts.get(0).contains("Capture on channel 2"), "the race leads: " + verdicts);
        assertTrue(verdicts.get(0).startsWith("VERDICT 2"), "numbers stay in log order: " + verdicts);
        assertTrue(text.out().lines().count() < 200, "a short report: " + text.out().lines().count() + " lines");
        assertTrue(text.out().contains("more records (all in --format json)"), text.out());
        assertTrue(text.out().contains("… and 1,988 info xrun (in --format json, a flood's middle as one finding"),
                "the rest counted with the folded ones: " + text.out());

        JsonNode json = new ObjectMapper().readTree(Cli.run("analyze", "--format", "json", f.toString()).out());
        long xruns = 0;
        for (JsonNode finding : json.get("inputs").get(0).get("findings")) {
            xruns += finding.get("rule").asText().equals("xrun") ? finding.get("repeats").asLong() : 0;
        }
        assertTrue(xruns >= 2_000, "JSON counts every XRUN, folded or whole: " + xruns);
    }

    /**
     * A soak rig's one boot with a race every ten minutes: every race is counted, the repeats
     * are folded as repeats of one boot ("boot 0", not "later boots").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "300|300 incidents found; 13 are listed below, and 287 that repeat a listed one are counted:",
        "14|14 incidents found; 13 are listed below, and 1 that repeats a listed one is counted:"})
    void racesOfOneLongBootAreCountedAsThatBoots(int races, String counted, @TempDir Path dir) throws Exception {
        List<String> race = Files.readAllLines(SampleExpectationsTest.samples().resolve("synthetic/stock-race-midstream.log"));
        StringBuilder log = new StringBuilder("[    0.000000] Booting Linux on physical CPU 0x0\n");
        for (int k = 0; k < races; k++) {
            for (String line : race) { // its stamps moved ten minutes on for each copy
                double t = Double.parseDouble(line.substring(1, line.indexOf(']')).trim()) + k * 600;
                log.append(String.format(Locale.ROOT, "[%12.6f]%s%n", t, line.substring(line.indexOf(']') + 1)));
            }
        }
        Path f = Files.writeString(dir.resolve("soak.log"), log);

        Cli text = Cli.run("analyze", f.toString());
        assertEquals(1, text.exit(), text.err());
        String head = text.out().substring(0, text.out().indexOf("VERDICT")).replaceAll("\\s+", " ");
        assertTrue(head.contains(counted), head);
        assertTrue(head.contains("like incident 1: boot 0, lines"), head);
        assertTrue(!head.contains("later boots") && !head.contains("boots 0 to 0"), head);
    }
}
