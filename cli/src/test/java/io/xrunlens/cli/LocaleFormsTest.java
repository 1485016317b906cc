package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormatSymbols;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * dmesg -T prints its stamp with the user's locale ("[Di Dez  1 10:00:00 2026]"): the race
 * sample written so in every language the JDK has (its short names, and for the languages whose
 * glibc names are the first three letters, those), must give the same findings and incidents,
 * with the same times, as the plain log.
 */
class LocaleFormsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STAMP = Pattern.compile("^\\[ *(\\d+)\\.(\\d{6})\\] ");
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 10, 0, 0);
    /**
     * Languages whose glibc abbreviations are the first three letters of the month's name,
     * where the JDK's differ ("Mär"/"März", "ноя"/"нояб."): the names people's machines print.
     */
    private static final List<String> GLIBC_THREE_LETTERS = List.of("de", "ru", "fr", "es", "it", "tr", "pl", "pt",
            "nl", "sv", "cs", "da", "nb", "ro", "uk", "ca", "hr", "sk", "sl", "bg", "el");

    @TempDir
    Path dir;

    private static TreeSet<String> findings(Path log) throws Exception {
        Cli cli = Cli.run("analyze", "--format", "json", log.toString());
        assertEquals(1, cli.exit(), log + ": " + cli.err());
        JsonNode input = JSON.readTree(cli.out()).get("inputs").get(0);
        TreeSet<String> out = new TreeSet<>();
        out.add("format=" + input.get("format").asText() + " parsed=" + input.get("parsed"));
        for (JsonNode f : input.get("findings")) {
            out.add(f.get("rule").asText() + " channel=" + f.get("channel") + " txd=" + f.get("descriptors") + " at="
                    + f.get("time_printed"));
        }
        for (JsonNode i : input.get("incidents")) {
            out.add("incident " + i.get("cause") + " " + i.get("findings") + " kernel=" + i.get("kernel"));
        }
        return out;
    }

    /** The log as journalctl -o short-precise or short-full prints it in this language. */
    private static String journal(List<String> lines, String[] weekdays, String[] months, boolean full) {
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            Matcher m = STAMP.matcher(line);
            if (!m.find()) {
                continue; // journalctl prints kernel records only
            }
            LocalDateTime t = START.plusSeconds(Long.parseLong(m.group(1)));
            String stamp = full
                    ? String.format(Locale.ROOT, "%s %d-%02d-%02d %02d:%02d:%02d.%s CET", weekdays[t.getDayOfWeek().getValue()
                    % 7 + 1], t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
                    m.group(2))
                    : String.format(Locale.ROOT, "%s %02d %02d:%02d:%02d.%s", months[t.getMonthValue() - 1],
                    t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), m.group(2));
            b.append(stamp).append(" board kernel: ").append(line.substring(m.end())).append('\n');
        }
        return b.toString();
    }

    @TestFactory
    Stream<DynamicTest> journalInEveryLanguageGivesTheSameFindings() throws Exception {
        List<String> lines = Files.readAllLines(SampleExpectationsTest.samples().resolve("synthetic/stock-5.4-race.log"),
                StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (boolean full : List.of(false, true)) {
            DateFormatSymbols us = DateFormatSymbols.getInstance(Locale.US);
            Path english = dir.resolve("journal-en-" + full + ".log");
            Files.writeString(english, journal(lines, us.getShortWeekdays(), us.getShortMonths(), full),
                    StandardCharsets.UTF_8);
            TreeSet<String> reference = findings(english);
            for (Locale l : languages()) {
                DateFormatSymbols s = DateFormatSymbols.getInstance(l);
                if (Arrays.stream(s.getShortMonths()).limit(12).anyMatch(m -> m.isBlank() || m.matches("\\d+"))) {
                    continue; // no names, or a bare number (Dzongkha's "12"), which no stamp tells from a day
                }
                String name = "journal " + (full ? "short-full " : "short-precise ") + l.toLanguageTag();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Path log = dir.resolve(name.replace(' ', '_') + ".log");
                    Files.writeString(log, journal(lines, s.getShortWeekdays(), s.getShortMonths(), full),
                            StandardCharsets.UTF_8);
                    TreeSet<String> got = findings(log);
                    // the format's name differs from the English form's; what it finds must not
                    got.removeIf(x -> x.startsWith("format="));
                    TreeSet<String> want = new TreeSet<>();
                    for (String x : reference) {
                        if (!x.startsWith("format=")) { // a year-less time is written with the log's own month
                            want.add(full ? x : x.replace("at=\"Dec ", "at=\"" + s.getShortMonths()[11] + " "));
                        }
                    }
                    assertEquals(want, got, name + ": " + Files.readAllLines(log).get(5));
                }));
            }
        }
        return tests.stream();
    }

    /**
     * Every sample with dmesg stamps, written as dmesg -T in ten common languages, gives what its
     * English dmesg -T form gives (the one-second clock is dmesg -T's; the language must not matter).
     */
    @TestFactory
    Stream<DynamicTest> everySampleInTenLanguagesGivesWhatItsEnglishFormGives() throws Exception {
        List<Path> samples = new ArrayList<>();
        for (String folder : List.of("report", "synthetic", "causes", "healthy")) {
            try (Stream<Path> files = Files.list(SampleExpectationsTest.samples().resolve(folder))) {
                files.filter(p -> p.toString().endsWith(".log")).sorted().forEach(samples::add);
            }
        }
        DateFormatSymbols us = DateFormatSymbols.getInstance(Locale.US);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : samples) {
            List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
            if (lines.stream().noneMatch(l -> STAMP.matcher(l).find())) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
                Path english = dir.resolve("en-" + sample.getFileName());
                Files.writeString(english, inLanguage(lines, us.getShortWeekdays(), us.getShortMonths()),
                        StandardCharsets.UTF_8);
                Cli reference = Cli.run("analyze", "--format", "json", english.toString());
                for (String tag : List.of("de", "fr", "es", "it", "ru", "tr", "pl", "pt", "zh", "ja")) {
                    DateFormatSymbols s = DateFormatSymbols.getInstance(Locale.forLanguageTag(tag));
                    Path log = dir.resolve(tag + "-" + sample.getFileName());
                    Files.writeString(log, inLanguage(lines, s.getShortWeekdays(), s.getShortMonths()),
                            StandardCharsets.UTF_8);
                    Cli cli = Cli.run("analyze", "--format", "json", log.toString());
                    assertEquals(reference.exit(), cli.exit(), tag + " " + sample);
                    assertEquals(withoutNames(reference.out(), english), withoutNames(cli.out(), log), tag + " " + sample);
                }
            }));
        }
        assertTrue(tests.size() > 30, "samples: " + tests.size());
        return tests.stream();
    }

    /** journalctl in the user's language: a report's times are written with the log's own month, so a search finds them. */
    @Test
    void aJournalInTheUsersLanguageIsQuotedWithItsOwnMonth() throws Exception {
        for (String month : List.of("Dez", "d\u00e9c.", "\u0434\u0435\u043a.", "12\u6708")) {
            Path log = dir.resolve("journal.log");
            Files.writeString(log, month + " 05 10:00:00 board kernel: fsl-sai 2028000.sai: failed to derive required Tx rate:"
                    + " 1411200\n", StandardCharsets.UTF_8);
            Cli cli = Cli.run("analyze", log.toString());
            assertEquals(1, cli.exit(), cli.err());
            assertTrue(cli.out().contains("could not start at " + month + " 05 10:00:00"), cli.out());
            Cli json = Cli.run("analyze", "--format", "json", log.toString());
            assertTrue(json.out().contains("\"time_printed\" : \"" + month + " 05 10:00:00\""), json.out());
        }
    }

    /** A JSON report without the input's file name and the stamps as printed (their words are the language's). */
    private static String withoutNames(String json, Path file) throws Exception {
        JsonNode report = JSON.readTree(json.replace(file.toString(), "LOG"));
        StringBuilder b = new StringBuilder();
        strip(report, b);
        return b.toString();
    }

    private static void strip(JsonNode node, StringBuilder b) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().endsWith("_printed") && !e.getKey().equals("verdict") && !e.getKey().equals("message")
                        && !e.getKey().equals("text")) {
                    b.append(e.getKey()).append(':');
                    strip(e.getValue(), b);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> strip(n, b));
        } else {
            b.append(node.asText()).append(',');
        }
    }

    /** One locale per language the JDK has, in a fixed order. */
    private static List<Locale> languages() {
        Map<String, Locale> languages = new LinkedHashMap<>();
        Locale[] all = Locale.getAvailableLocales();
        Arrays.sort(all, Comparator.comparing(Locale::toLanguageTag));
        for (Locale l : all) {
            if (!l.getLanguage().isEmpty()) {
                languages.putIfAbsent(l.getLanguage(), l);
            }
        }
        return List.copyOf(languages.values());
    }

    /** The log with each "[  535.201598] " as dmesg -T prints it in this language. */
    private static String inLanguage(List<String> lines, String[] weekdays, String[] months) {
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            Matcher m = STAMP.matcher(line);
            if (!m.find()) {
                b.append(line).append('\n');
                continue;
            }
            LocalDateTime t = START.plusSeconds(Long.parseLong(m.group(1)));
            b.append(String.format(Locale.ROOT, "[%s %s %2d %02d:%02d:%02d %d] ",
                    weekdays[t.getDayOfWeek().getValue() % 7 + 1], months[t.getMonthValue() - 1], t.getDayOfMonth(),
                    t.getHour(), t.getMinute(), t.getSecond(), t.getYear())).append(line.substring(m.end())).append('\n');
        }
        return b.toString();
    }

    @TestFactory
    Stream<DynamicTest> dmesgTInEveryLanguageGivesTheSameFindings() throws Exception {
        Path sample = SampleExpectationsTest.samples().resolve("synthetic/stock-5.4-race.log");
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
        Path english = dir.resolve("en.log");
        Files.writeString(english, inLanguage(lines, DateFormatSymbols.getInstance(Locale.US).getShortWeekdays(),
                DateFormatSymbols.getInstance(Locale.US).getShortMonths()), StandardCharsets.UTF_8);
        TreeSet<String> reference = findings(english);
        assertTrue(reference.stream().anyMatch(s -> s.startsWith("misapplied-free")), reference.toString());
        List<Locale> languages = languages();
        assertTrue(languages.size() > 100, "the JDK's languages: " + languages.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (Locale l : languages) {
            DateFormatSymbols s = DateFormatSymbols.getInstance(l);
            String[] glibcStyle = Arrays.stream(s.getMonths()).map(m -> m.length() > 3 ? m.substring(0, 3) : m)
                    .toArray(String[]::new);
            List<String[]> forms = GLIBC_THREE_LETTERS.contains(l.getLanguage())
                    ? List.of(s.getShortMonths(), glibcStyle) : List.<String[]>of(s.getShortMonths());
            for (String[] months : forms) {
                if (Arrays.stream(months).limit(12).anyMatch(m -> m.isBlank() || m.chars().anyMatch(Character::isDigit)
                        && !m.matches("\\d{1,2}\\D+"))) {
                    continue; // no names in the JDK's data for it
                }
                String name = l.toLanguageTag() + (months == glibcStyle ? " (3 letters)" : "");
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Path log = dir.resolve(name.replace(' ', '_').replace('(', '_').replace(')', '_') + ".log");
                    Files.writeString(log, inLanguage(lines, s.getShortWeekdays(), months), StandardCharsets.UTF_8);
                    assertEquals(reference, findings(log), name + ": " + Files.readAllLines(log).get(10));
                }));
            }
        }
        return tests.stream();
    }
}
