package io.xrunlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * util-linux dmesg's flag combinations, vendor stamps and journalctl's output modes, made from
 * the race sample by this test: each is detected without a flag and gives the same findings as
 * the plain log.
 */
class DmesgFlagFormsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STAMP = Pattern.compile("^\\[ *(\\d+)\\.(\\d{6})\\] (.*)$");
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 10, 0, 0);

    @TempDir
    Path dir;

    /** One record of the plain log: seconds, microseconds, message. */
    private record Line(long seconds, String micros, String text) {
        double time() {
            return seconds + Integer.parseInt(micros) / 1e6;
        }
    }

    private static TreeSet<String> findings(Path log, String format) throws Exception {
        Cli cli = Cli.run("analyze", "--format", "json", log.toString());
        assertEquals(1, cli.exit(), log + ": " + cli.err());
        JsonNode input = JSON.readTree(cli.out()).get("inputs").get(0);
        assertEquals(format, input.get("format").asText(), log.toString());
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode f : input.get("findings")) {
            out.add(f.get("rule").asText() + " channel=" + f.get("channel") + " txd=" + f.get("descriptors"));
        }
        for (JsonNode i : input.get("incidents")) {
            out.add("incident " + i.get("cause") + " " + i.get("findings") + " kernel=" + i.get("kernel"));
        }
        return out;
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String each(List<Line> lines, Function<Line, String> form) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(form.apply(l)).append('\n'));
        return b.toString();
    }

    private static String json(List<Line> lines, boolean decoded) {
        StringBuilder b = new StringBuilder("{\n   \"dmesg\": [\n");
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            b.append(i == 0 ? "      {\n" : "      },{\n");
            b.append(decoded ? "         \"fac\": \"kern\",\n         \"pri\": \"info\",\n" : "         \"pri\": 6,\n");
            b.append(String.format(Locale.ROOT, "         \"time\": %12d.%s,%n", l.seconds(), l.micros()));
            b.append("         \"msg\": \"").append(escaped(l.text())).append("\"\n");
        }
        return b.append("      }\n   ]\n}\n").toString();
    }

    @TestFactory
    Stream<DynamicTest> everyFlagFormGivesTheSameFindings() throws Exception {
        Path sample = SampleExpectationsTest.samples().resolve("synthetic/stock-5.4-race.log");
        List<Line> lines = new ArrayList<>();
        for (String s : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
            Matcher m = STAMP.matcher(s);
            if (m.matches()) {
                lines.add(new Line(Long.parseLong(m.group(1)), m.group(2), m.group(3)));
            }
        }
        TreeSet<String> reference = findings(sample, "dmesg");
        double[] last = {0};
        Map<String, String[]> forms = new LinkedHashMap<>();
        forms.put("cpu-suffix", new String[] {"dmesg", each(lines, l -> String.format(Locale.ROOT, "[%5d.%s@%d] %s",
                l.seconds(), l.micros(), l.seconds() % 2, l.text()))});
        forms.put("x-T", new String[] {"dmesg-x-T", each(lines, l -> {
            LocalDateTime t = START.plusSeconds(l.seconds());
            return String.format(Locale.ROOT, "kern  :info  : [Tue Dec %2d %02d:%02d:%02d %d] %s", t.getDayOfMonth(),
                    t.getHour(), t.getMinute(), t.getSecond(), t.getYear(), l.text());
        })});
        forms.put("x-H", new String[] {"dmesg-x-H", each(lines, l -> {
            double delta = l.time() - last[0];
            last[0] = l.time();
            return String.format(Locale.ROOT, "kern  :info  : [  +%.6f] %s", delta, l.text());
        })});
        forms.put("console-day-first", new String[] {"console-date", each(lines, l -> {
            LocalDateTime t = START.plusSeconds(l.seconds());
            return String.format(Locale.ROOT, "[%02d.%02d.%d %02d:%02d:%02d.%s] [%5d.%s] %s", t.getDayOfMonth(),
                    t.getMonthValue(), t.getYear(), t.getHour(), t.getMinute(), t.getSecond(), l.micros().substring(0, 3),
                    l.seconds(), l.micros(), l.text());
        })});
        forms.put("console-12-hour", new String[] {"console-date", each(lines, l -> {
            LocalDateTime t = START.plusSeconds(l.seconds());
            int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            return String.format(Locale.ROOT, "[%02d/%02d/%d %d:%02d:%02d %s] [%5d.%s] %s", t.getMonthValue(),
                    t.getDayOfMonth(), t.getYear(), h, t.getMinute(), t.getSecond(), t.getHour() < 12 ? "AM" : "PM",
                    l.seconds(), l.micros(), l.text());
        })});
        forms.put("metalog", new String[] {"metalog", each(lines, l -> {
            LocalDateTime t = START.plusSeconds(l.seconds());
            return String.format(Locale.ROOT, "Dez %2d %02d:%02d:%02d [kernel] %s", t.getDayOfMonth(), t.getHour(),
                    t.getMinute(), t.getSecond(), l.text());
        })});
        double[] lastH = {0};
        forms.put("H-german-comma", new String[] {"dmesg-H", each(lines, l -> {
            double delta = l.time() - lastH[0];
            lastH[0] = l.time();
            return lastH[0] == l.time() && delta == l.time() ? "[Dez 1 10:00] " + l.text()
                    : String.format(Locale.GERMANY, "[  +%.6f] %s", delta, l.text());
        })});
        forms.put("delta", new String[] {"dmesg-delta", each(lines, l -> String.format(Locale.ROOT, "[<%12.6f>] %s",
                l.time(), l.text()))});
        forms.put("journal-short-unix", new String[] {"journal-unix", each(lines, l -> String.format(Locale.ROOT,
                "%d.%s board kernel: %s", 1764583200L + l.seconds(), l.micros(), l.text()))});
        forms.put("journal-json-seq", new String[] {"journal-json", each(lines, l -> "\u001e{\"MESSAGE\":\""
                + escaped(l.text()) + "\",\"PRIORITY\":\"6\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"" + l.seconds()
                + l.micros() + "\"}")});
        forms.put("journal-verbose", new String[] {"journal-fields", each(lines, l -> String.format(Locale.ROOT,
                "Tue 2026-12-01 10:00:00.%s CET [s=1a2b;i=%d;b=3c4d;m=%d;t=5e6f;x=7a8b]%n    _TRANSPORT=kernel%n"
                        + "    PRIORITY=6%n    _SOURCE_MONOTONIC_TIMESTAMP=%d%s%n    MESSAGE=%s", l.micros(), l.seconds(),
                l.seconds(), l.seconds(), l.micros(), l.text()))});
        forms.put("journal-export", new String[] {"journal-fields", each(lines, l -> String.format(Locale.ROOT,
                "__CURSOR=s=1a2b;i=%d%n__MONOTONIC_TIMESTAMP=%d%s%n_BOOT_ID=3c4d%nPRIORITY=6%n_TRANSPORT=kernel%n"
                        + "MESSAGE=%s%n", l.seconds(), l.seconds(), l.micros(), l.text()))});
        forms.put("journal-json-pretty", new String[] {"journal-fields", each(lines, l -> String.format(Locale.ROOT,
                "{%n\t\"__CURSOR\" : \"s=1a2b;i=%d\",%n\t\"__MONOTONIC_TIMESTAMP\" : \"%d%s\",%n"
                        + "\t\"_BOOT_ID\" : \"3c4d\",%n\t\"PRIORITY\" : \"6\",%n\t\"MESSAGE\" : \"%s\"%n}",
                l.seconds(), l.seconds(), l.micros(), escaped(l.text())))});
        forms.put("json", new String[] {"dmesg-json", json(lines, false)});
        forms.put("json-x", new String[] {"dmesg-json", json(lines, true)});
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String[]> f : forms.entrySet()) {
            tests.add(DynamicTest.dynamicTest(f.getKey(), () -> {
                Path log = dir.resolve(f.getKey() + ".log");
                Files.writeString(log, f.getValue()[1], StandardCharsets.UTF_8);
                assertEquals(reference, findings(log, f.getValue()[0]), f.getKey());
            }));
        }
        return tests.stream();
    }
}
