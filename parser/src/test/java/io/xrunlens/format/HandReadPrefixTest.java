package io.xrunlens.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.record.Record;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rows whose prefixes are read by hand (syslog, syslog-iso, kmsg, dmesg-iso, journal-monotonic, RFC 5424,
 * logcat, syslog in any language, logread, journalctl's short-unix and short-full, dmesg -x, a serial
 * console's time stamps with an ISO or a terminal's date, logcat -v time, journalctl's lines pasted without
 * date and host) accept exactly what their regexes accept, with the same end, clock, level and host, from a text and from a line's bytes.
 */
class HandReadPrefixTest {
    /** Near misses of the prefixes: each part of the stamp and of the tag, a character off. */
    private static final List<String> NEAR = List.of("", "Nov", "Nov 24 10:00:00 h kernel: x", "Nov  4 10:00:00 h kernel: x",
            "Nov 124 10:00:00 h kernel: x", "Nov 24 10:00:00.201598 h kernel: x", "Nov 24 10:00:00. h kernel: x",
            "Nov 24 10:00:00 h kern.info kernel: x", "Nov 24 10:00:00 h kern. kernel: x",
            "Nov 24 10:00:00 h kern.info  kernel: x", "Nov 24 10:00:00 a b kernel: x", "Nov 24 10:00:00  h kernel: x",
            "Nov 24 10:00:00 h kernel:x", "Nov 24 1:00:00 h kernel: x", "Foo 24 10:00:00 h kernel: x",
            "Nov24 10:00:00 h kernel: x", "Nov 24 10:00:00 h\tkernel: x", "Dec 31 23:59:59.9 host-1 kernel: ",
            "Nov 24 10:00:00 h kern.info kernel: kernel: x", "Nov 24 10:00:00 kern.info kernel: x",
            "Nov 24 10:00:00 h\u00f4st kernel: x", "Nov 24 10:00:00 h\ud83d\ude00 kernel: x",
            "Nov 24 10:00:00 h\u2003x kernel: x", "Nov 24 10:00:00 h\u001cx kernel: x", "Nov 2\u0664 10:00:00 h kernel: x",
            "2026-11-24T10:00:00 h kernel: x", "2026-11-24 10:00:00 h kernel: x", "2026-11-24T10:00:00.201598 h kernel: x",
            "2026-11-24T10:00:00,201598+01:00 h kernel: x", "2026-11-24T10:00:00.201598+0100 h kernel: x",
            "2026-11-24T10:00:00.2Z h kern.warn kernel: x", "2026-11-24T10:00:00Z h kernel: x",
            "2026-11-24T10:00:00+01 h kernel: x", "2026-11-24T10:00:00+01:ab h kernel: x",
            "2026-11-24T10:00:00+01ab h kernel: x", "2026-11-24T10:00:00+0a:00 h kernel: x", "2026-11-24T10:00:00+01:00  h kernel: x",
            "2026-11-24T10:00:00+01:0 h kernel: x", "2026-11-24T10:00:00+1:00 h kernel: x",
            "2026-11-24T10:00:00-05:30 h kernel: x", "2026-11-24T10:00:00. h kernel: x", "2026-11-24T10:00:00.+01:00 h kernel: x",
            "2026-11-24T10:00:00.123456789012 h kernel: x", "2026-02-30T10:00:00 h kernel: x", "2026-13-01T10:00:00 h kernel: x",
            "2026-11-24T25:00:00 h kernel: x", "2026-11-24T10:61:00 h kernel: x", "2026-11-24T10:00:00+19:00 h kernel: x",
            "2026-11-24T10:00:00ZZ h kernel: x", "2026-11-24X10:00:00 h kernel: x", "2026-1-24T10:00:00 h kernel: x",
            "202-11-24T10:00:00 h kernel: x", "2026-11-24T10:00:0 h kernel: x", "2026-11-24T10:00:00",
            "2026-11-24T10:00:00 ", "2026-11-24T10:00:00+01:00", "2026-11-24T10:00:00 h kern.info kernel: x",
            "2026-11-24T10:00:00 h\u00f4st kernel: x", "2026-11-24T10:00:00 h\ud83d\ude00 kernel: x",
            "2\u0660\u0662\u0666-11-24T10:00:00 h kernel: x", "2026-11-24T10:00:00.201598+01:00 h kernel: [  535.201598] x",
            "6,1234,535201598,-;x", "6,1234,535201598,-;", "6,1234,535201598,-", "6,1234,535201598;x", "6,1234,,-;x",
            "6,,535201598,-;x", ",1234,535201598,-;x", "14,1,2,-,caller=T12;x", "6,1,2,-,a,b;x", "6,1,2,,;x", "6,1,2,;x",
            "6,1,2,-,x", "6,1,2,-x;y;z", "6,1,2,c\u00f4;x", "6,1,2,-,\ud83d\ude00;x", "6a,1,2,-;x", "6 ,1,2,-;x",
            "2147483648,1,2,-;x", "9223372036854775807,1,9223372036854775807,-;x", "6,1,9223372036854775808,-;x",
            "6,1,99999999999999999999,-;x", "6,1,2,-;;x", "\u0666,1,2,-;x",
            "2026-11-24T10:00:00,201598+01:00 x", "2026-11-24T10:00:00,201598+01:00 h kernel: x",
            "2026-11-24T10:00:00,201598+01:00  h kernel: x", "2026-11-24T10:00:00,201598+01:00 h kernel:x",
            "2026-11-24T10:00:00,201598+01:00 h\tkernel: x", "2026-11-24T10:00:00,201598-05:30 kernel: x",
            "2026-11-24T10:00:00,201598+01:00 ", "2026-11-24T10:00:00,201598+01:00", "2026-11-24T10:00:00.201598+01:00 x",
            "2026-11-24T10:00:00,20159+01:00 x", "2026-11-24T10:00:00,201598+0100 x", "2026-11-24 10:00:00,201598+01:00 x",
            "2026-02-30T10:00:00,201598+01:00 x", "2026-11-24T10:00:00,201598+19:00 x", "2026-11-24T10:00:00,201598Z x",
            "2026-11-24T10:00:00,201598+01:00 h\u00f4 kernel: x", "202a-11-24T10:00:00,201598+01:00 x",
            "Nov 24 10:00:00 kernel: x", "Nov 24 10:00:00 kern.err kernel: x", "Nov 24 10:00:00 kernel: kernel: x",
            "Nov 24 10:00:00  kernel: x", "Nov 24 10:00:00 kernel:x", "2026-11-24T10:00:00.201598+0100 kernel: x",
            "2026-11-24T10:00:00,201598+01:00 kernel: x", "2026-11-24T10:00:00,201598+01:00 kernel:x",
            "2026-11-24T10:00:00 kern.warn kernel: x", "<6>Nov 24 10:00:00 h kernel: x", "<3>Nov 24 10:00:00 h kern.info kernel: x",
            "<14>Nov 24 10:00:00 h kern.foo kernel: x", "<999>Nov 24 10:00:00 kernel: x", "<1234>Nov 24 10:00:00 h kernel: x",
            "<>Nov 24 10:00:00 h kernel: x", "<6 >Nov 24 10:00:00 h kernel: x", "<6>Nov 24 10:00:00", "<6>", "<6",
            "<6>Foo 24 10:00:00 h kernel: x", "<6> Nov 24 10:00:00 h kernel: x",
            "[  535.201598] h kernel: x", "[535.201598] h kern.err kernel: x", "[  535.2] kernel: x", "[  535.] h kernel: x",
            "[  .201598] h kernel: x", "[ 535.201598 ] h kernel: x", "[\t535.201598] h kernel: x", "[  535.201598]h kernel: x",
            "[  535.2015981234] h kernel: x", "[99999999999999999999.1] h kernel: x", "[9223372036854.775807] h kernel: x",
            "[  535,201598] h kernel: x", "[  535.201598] h kernel:x", "[  535.201598]", "[", "[  535.201598] x",
            "<6>1 2026-11-24T10:00:00.201598+01:00 h kernel - - - x", "<6>1 - h kernel - - - x", "<6>1 - h kernel - - -",
            "<6>1 - h kernel - - - ", "<6>1 - h kernel - - -\u00a0x", "<6>1 - h kernel - - - \ufeffx", "<6>1 - h kernel - - -\ufeffx",
            "<3>1 2026-11-24 10:00:00,2Z h kernel 0 1 - x", "<14>1 2026-11-24T10:00:00+0100 h kernel - - - x",
            "<191>1 2026-11-24T10:00:00-05:30 h kernel - - - x", "<1234>1 - h kernel - - - x", "<>1 - h kernel - - - x",
            "<6>2 - h kernel - - - x", "<6>1  - h kernel - - - x", "<6>1 -  h kernel - - - x", "<6>1 - h  kernel - - - x",
            "<6>1 - kernel - - - x", "<6>1 - h kernel - - x", "<6>1 - h kernel  - - - x", "<6>1 - h kernel - -  - x",
            "<6>1 - h kernel -\t- - x", "<6>1 - h kernel - - -x", "<6>1 - h\u00f4 kernel - - - x",
            "<6>1 - h\ud83d\ude00 kernel - - - x", "<6>1 - h kernelx - - - x", "<6>1 - h Kernel - - - x",
            "<6>1 2026-11-24T10:00:00.+01:00 h kernel - - - x", "<6>1 2026-11-24T10:00:00+01:0 h kernel - - - x",
            "<6>1 2026-02-30T10:00:00 h kernel - - - x", "<6>1 2026-11-24T10:00 h kernel - - - x",
            "<6>1 - h kernel - - [a] x", "<6>1 - h kernel - - [a b=\"c\"][d] x", "<6>1 - h kernel - - [a][d]x",
            "<6>1 - h kernel - - [a] [d] x", "<6>1 - h kernel - - [a x", "<6>1 - h kernel - - [a\\] b] x",
            "<6>1 - h kernel - - [a\\\\] x", "<6>1 - h kernel - - [a\\", "<6>1 - h kernel - - [a\\\r] x",
            "<6>1 - h kernel - - [a\\\u0085] x", "<6>1 - h kernel - - [a\\\u2028] x", "<6>1 - h kernel - - [[a] x",
            "<6>1 - h kernel - - []] x", "<6>1 - h kernel - - [a]- x", "<6>1 - h kernel - - -[a] x",
            "<6>1 - h kernel - - [\u00e9=\"\u20ac\"] x", "<6>1 - h kernel - - [a] \ufeff",
            "11-24 10:00:00.201     0     0 I kernel  : x", "11-24 10:00:00.201 0 0 W x", "11-24 10:00:00.201 1 22 E kernel: x",
            "11-24 10:00:00.201 1 22 F kernel:x", "11-24 10:00:00.201 1 22 V kernel\t: x", "11-24 10:00:00.201 1 22 D kernel :",
            "11-24 10:00:00.201 1 22 D kernel : ", "11-24 10:00:00.201 1 22 X x", "11-24 10:00:00.201 1 22 I", "11-24 10:00:00.201 1 22 I ",
            "11-24 10:00:00.201 1 22  I x", "11-24 10:00:00.201 1 I x", "11-24 10:00:00.201  1  2  I x", "11-24 10:00:00.201 a 2 I x",
            "11-24 10:00:00.2015 1 2 I x", "11-24 10:00:00.20 1 2 I x", "11-24 10:00:00 1 2 I x", "11-24 10:00:00,201 1 2 I x",
            "1-24 10:00:00.201 1 2 I x", "11/24 10:00:00.201 1 2 I x", "11-24T10:00:00.201 1 2 I x", "00-24 10:00:00.201 1 2 I x",
            "13-24 10:00:00.201 1 2 I x", "99-31 10:00:00.201 1 2 I x", "02-30 10:00:00.201 1 2 I x", "11-00 10:00:00.201 1 2 I x",
            "11-24 25:00:00.201 1 2 I x", "11-24 10:61:00.201 1 2 I x", "12-31 23:59:59.999 99999 99999 I kernel: x",
            "11-24 10:00:00.201 1 99999999999999999999 I x", "11-24 10:00:00.201\t1 2 I x", "\u0661\u0661-24 10:00:00.201 1 2 I x",
            "11-24 10:00:00.201 1 2 I kernelx: x", "11-24 10:00:00.201 1 2 I Kernel: x",
            "Dez 05 10:00:00 h kernel: x", "Dez 05 10:00:00.201598 h kern.err kernel: x", "Dez  5 10:00:00,201 kernel: x",
            "Dez 05. 10:00:00 h kernel: x", "Dez. 05 10:00:00 h kernel: x", "f\u00e9vr. 05 10:00:00 h kernel: x",
            "\u0434\u0435\u043a. 05 10:00:00 h kernel: x", "\u0434\u0435\u043a 05 10:00:00 h kernel: x",
            "12\u6708 05 10:00:00 h kernel: x", "12. Dez 10:00:00 h kernel: x", "Di Dez 05 10:00:00 h kernel: x",
            "de des. 05 10:00:00 h kernel: x", "lokakuuta 05 10:00:00 h kernel: x", "abcdefghijkl 05 10:00:00 h kernel: x",
            "abcdefghijklm 05 10:00:00 h kernel: x", "abcdefghijklm. 05 10:00:00 h kernel: x", "abcdefghijkl. 05 10:00:00 h kernel: x",
            "a.b. 05 10:00:00 h kernel: x", ". 05 10:00:00 h kernel: x", ".. 05 10:00:00 h kernel: x", "x.. 05 10:00:00 h kernel: x",
            "Dez 123 10:00:00 h kernel: x", "Dez 05 10:00:00 05 10:00:01 h kernel: x", "Dez 05 10:00:00 42 kernel: x",
            "Dez 05 10:00:00 42 10:00:00 kernel: x", "Dez 05 10:00:00.5x h kernel: x", "Dez 05 10:00:00. h kernel: x",
            "Dez 05 1:00:00 h kernel: x", "Dez 05 10:00:00 h kernel:x", "Dez\t05 10:00:00 h kernel: x", "Dez 05  10:00:00 h kernel: x",
            "Dez 05 10:00:00  h kernel: x", "Dez 05 10:00:00 h  kernel: x", "Dez 05 10:00:00 kern.info kernel: x",
            "D\u00a0z 05 10:00:00 h kernel: x", "Dez\u00a005 10:00:00 h kernel: x", "Dez 05 10:00:00 h\u2028 kernel: x",
            "\ud83d\ude00 05 10:00:00 h kernel: x", "Dez 00 10:00:00 h kernel: x", "Dez 32 10:00:00 h kernel: x",
            "Foo 05 10:00:00 h kernel: x", "Dez 05 10:00:00 h kernel: ", "Dez 05 10:00:00 h kernel:", "Dez 05 10:00:00",
            "5Dez 05 10:00:00 h kernel: x", "Dez 5 10:00:00 host-1 kern.warn kernel: x", "Mär 05 10:00:00 h kernel: x");

    /**
     * The shapes of the rows no sample holds many of (journalctl's short-full and short-unix, logread), each part
     * in its forms and a character off: every combination.
     */
    private static List<String> combinations() {
        List<String> lines = new ArrayList<>();
        List<String> tags = List.of(" h kernel: x", " kernel: x", " h kern.err kernel: x", " kern.info kernel: x",
                "  h kernel: x", " h kernel:x", " h\tkernel: x", " host-1 kern. kernel: x", "");
        for (String weekday : List.of("Tue ", "Di ", "dt. ", "\u043f\u0442 ", "\u706b ", "Mon. Dez ", "a b c ", "a b c d ",
                "abcdefghijkl ", "abcdefghijklm ", "", " ", "Tue  ", "Tue\t",
                "\ud804\udd03\ud804\udd27\ud804\udd0c\ud804\udd34\ud804\udd1a\ud804\udd2a\ud804\udd09 ")) {
            for (String stamp : List.of("2026-12-01 10:00:00", "2026-12-01 10:00:00.201598", "2026-12-01 10:00:00,2",
                    "2026-12-01 10:00:00.", "2026-02-30 10:00:00", "2026-12-01T10:00:00", "2026-12-1 10:00:00",
                    "2026-12-01 10:00:00.1234567890")) {
                for (String zone : List.of("", " CET", " +0100", " -05300", " Europe/Berlin", " UTC+1", " 1CET", " C",
                        " Abcdefghijklmnopqrstuvwxyzabcde", " Abcdefghijklmnopqrstuvwxyzabcdef")) {
                    for (String tag : tags) {
                        lines.add(weekday + stamp + zone + tag);
                    }
                }
            }
        }
        for (String seconds : List.of("176458320", "1764583200", "17645832001", "99999999999", "000000000", "123456789012",
                "12345678", "")) {
            for (String fraction : List.of(".2", ".201598", ".123456789", ".1234567890", ".", "", ",2")) {
                for (String tag : tags) {
                    lines.add(seconds + fraction + tag);
                }
            }
        }
        for (String date : List.of("Sat Dec  5", "Sat Dec 5", "Sat Dec 05", "Sat Dec 123", "Sun Feb 30", "Sat Foo  5",
                "Sa Dez  5", "sat dec  5", "Sat Dec\t5", "SatDec  5", "Sat  Dec 5")) {
            for (String time : List.of(" 10:00:00 2026", " 10:00:00 0000", " 1:00:00 2026", " 10:00:00 26", " 10:00:00.2 2026",
                    " 10:00:00  2026")) {
                for (String tag : List.of(" kern.info kernel: x", " kern.err kernel: x", " kern.foo kernel: x",
                        " kern. kernel: x", " kern.info  kernel: x", " kern.info kernel:x", " h kern.info kernel: x",
                        " kernel: x", " kern.info_2 kernel: ")) {
                    lines.add(date + time + tag);
                }
            }
        }
        for (String facility : List.of("kern", "user", "auth", "authpriv", "authx", "local7", "local", "localx", "Kern", "")) {
            for (String level : List.of("  :info  : ", ":err   : ", " :warn  :  ", "  :warning: ", ":debug:", "  :e     : ",
                    ":notice: ", "  :emerg : ", "  :info  :", "  info  : ", " :info\t: ")) {
                lines.add(facility + level + "[  535.201598] x");
            }
        }
        for (String stamp : List.of("2026-11-24 10:00:00.123", "2026-11-24T10:00:00", "2026-11-24 10:00:00,5+01:00",
                "2026-11-24 10:00:00Z", "2026-02-30 10:00:00", "2026-11-24 10:00", "2026-11-24  10:00:00", "26-11-24 10:00:00")) {
            for (String after : List.of("] [  535.201598] x", "] x", "]x", "] ", "]", " ] x", "]] x")) {
                lines.add("[" + stamp + after);
            }
        }
        for (String head : List.of("11-24 10:00:00.201 I/", "12-31 23:59:59.999 E/", "00-24 10:00:00.201 W/", "11-24 10:00:00.201 X/",
                "11-24 10:00:00.201 I", "11-24 10:00:00.20 I/", "11-24 10:00:00.201  I/")) {
            for (String tag : List.of("kernel  ", "kernel", "", "k e r n", "a)b", "tag:x", "\ud83d\ude00tag", "\u00e9t\u00e9",
                    "abcdefghijabcdefghijabcdefghijabcdefghij", "abcdefghijabcdefghijabcdefghijabcdefghijk",
                    "\ud83d\ude00\ud83d\ude00abcdefghijabcdefghijabcdefghijabcdefg")) {
                for (String pid : List.of("(    0): x", "(0): x", "(): x", "( 12):x", "(12) : x", "(12)", "(1a): x")) {
                    lines.add(head + tag + pid);
                }
            }
        }
        for (String date : List.of("01.12.2026", "12/01/2026", "2026/12/01", "1.2.26", "12345.1.2026", "1.123.2026",
                "1.2.2", "1.2.20266", "01-12-2026", "31.02.2026", "13/13/2026")) {
            for (String gap : List.of(" ", ",", "T", " ,T ", "")) {
                for (String time : List.of("10:00:00.123", "1:00:00", "10:00:00,5", "10:00", "100:00:00", "12:00:00 AM", "12:00:00PM",
                        "01:00:00 a.m.", "13:00:00 PM", "10:00:00 AMx", "10:00:00 A.M")) {
                    for (String close : List.of("] x", "]x", " ] x")) {
                        lines.add("[" + date + gap + time + close);
                    }
                }
            }
        }
        for (String time : List.of("10:00:00", "10:00:00.201598", "10:00:00.", "10:00:00,2", "1:00:00", "10:00:0", "99:99:99",
                "10:00:00.1234567890")) {
            for (String tag : List.of(" kernel: x", " kernel:x", "  kernel: x", " kern.info kernel: x", " h kernel: x",
                    "kernel: x")) {
                lines.add(time + tag);
            }
        }
        return lines;
    }

    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(NEAR);
        lines.addAll(combinations());
        Path samples = Path.of(System.getProperty("xrunlens.samples", "../samples"));
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.ISO_8859_1));
            }
        }
        return lines;
    }

    @ParameterizedTest
    @ValueSource(strings = {"syslog", "syslog-iso", "kmsg", "dmesg-iso", "journal-monotonic", "syslog-5424", "logcat",
        "syslog-language", "logread", "journal-unix", "journal-full", "dmesg-x",
        "console", "logcat-time",
        "console-date", "journal-trimmed"})
    void theScannerReadsWhatTheRegexReads(String row) throws IOException {
        WrapperFormat format = (WrapperFormat) FormatRegistry.byName(row).orElseThrow();
        WrapperFormat.FastPrefix fast = format.fastPrefix();
        assertNotNull(fast, "the row is read by hand");
        WrapperFormat.FastPrefix regex = format.patternReader();
        int matched = 0;
        List<String> read = new ArrayList<>();
        for (String line : lines()) {
            if (agree(fast, regex, line)) {
                matched++;
                read.add(line);
            }
        }
        // and on lines of the row a character off anywhere in their first 64: replaced by one of
        // the characters the prefixes are made of (or one they are not), dropped, or doubled
        Random random = new Random(row.hashCode());
        String alphabet = "0123456789 .,:-+<>[]\\\"=Tkernl\u00e9\t\u2028\ufeffZ_/";
        for (int k = 0; k < 4000; k++) {
            StringBuilder line = new StringBuilder(read.get(random.nextInt(read.size())));
            int at = random.nextInt(Math.min(64, line.length()));
            switch (random.nextInt(3)) {
                case 0 -> line.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> line.deleteCharAt(at);
                default -> line.insert(at, line.charAt(at));
            }
            agree(fast, regex, line.toString());
        }
        assertTrue(matched >= 40, row + " lines among the samples and near misses: " + matched);
    }

    /** Asserts that the hand reader reads the line as the regex does, from its text and its bytes; whether they matched. */
    private static boolean agree(WrapperFormat.FastPrefix fast, WrapperFormat.FastPrefix regex, String line) {
        WrapperFormat.Scan byRegex = new WrapperFormat.Scan();
        boolean expected = regex.scan(line, byRegex);
        WrapperFormat.Scan byHand = new WrapperFormat.Scan();
        assertEquals(expected, fast.scan(line, byHand), line);
        assertEquals(expected, fast.scan(line, null), line);
        if (expected) {
            assertSame(byRegex, byHand, line);
        }
        // a line's bytes, read where they sit in a buffer, give the same (a line of Latin-1 only: the
        // encoding makes '?' of other characters, and the regex skips one of them, RFC 5424's mark)
        byte[] bytes = ("..." + line).getBytes(StandardCharsets.ISO_8859_1);
        if (line.chars().allMatch(c -> c <= 0xff)) {
            WrapperFormat.Scan fromBytes = new WrapperFormat.Scan();
            boolean answered = fast.scan(bytes, 3, bytes.length, fromBytes);
            // a reader that leaves the lines of other shapes to the pattern may leave them unread on
            // bytes where the pattern's own reader of bytes does (a first byte that is not ASCII):
            // the text path reads those
            boolean declined = !answered && fast instanceof LanguageSyslogPrefix
                    && !regex.scan(bytes, 3, bytes.length, new WrapperFormat.Scan());
            if (!declined) {
                assertEquals(expected, answered, line);
                if (expected) {
                    assertSame(byRegex, fromBytes, line);
                }
            }
        }
        return expected;
    }

    /** The lines of the plain shape are read by hand, not handed to the regex, and read as the regex reads them. */
    @Test
    void syslogInAnyLanguageReadsThePlainShapeByHand() {
        WrapperFormat format = (WrapperFormat) FormatRegistry.byName("syslog-language").orElseThrow();
        WrapperFormat.FastPrefix regex = format.patternReader();
        WrapperFormat.FastPrefix refusing = new HandReadPrefix() {
            @Override
            public boolean scan(byte[] line, int from, int to, WrapperFormat.Scan out) {
                return false;
            }
        };
        LanguageSyslogPrefix byHand = new LanguageSyslogPrefix(refusing);
        for (String line : List.of("Dez 05 10:00:00 h kernel: x", "Dez  5 10:00:00,201 kern.err kernel: x",
                "f\u00e9vr. 05 10:00:00.2 h kernel: x", "\u0434\u0435\u043a. 05 10:00:00 kernel: x", "Dez 05. 10:00:00 h kernel: x")) {
            WrapperFormat.Scan expected = new WrapperFormat.Scan();
            assertTrue(regex.scan(line, expected), line);
            WrapperFormat.Scan actual = new WrapperFormat.Scan();
            assertTrue(byHand.scan(line, actual), line);
            assertSame(expected, actual, line);
            assertTrue(expected.micros != Record.NO_TIME, line);
        }
        for (String line : List.of("12\u6708 05 10:00:00 h kernel: x", "Di Dez 05 10:00:00 h kernel: x",
                "abcdefghijklm 05 10:00:00 h kernel: x", "Dez 05 10:00:00 05 10:00:01 h kernel: x")) {
            assertFalse(byHand.scan(line, new WrapperFormat.Scan()), "left to the regex: " + line);
        }
    }

    private static void assertSame(WrapperFormat.Scan expected, WrapperFormat.Scan actual, String line) {
        assertEquals(List.of(expected.end, expected.micros, expected.level, expected.hostStart, expected.hostEnd),
                List.of(actual.end, actual.micros, actual.level, actual.hostStart, actual.hostEnd), line);
    }
}
