package io.xrunlens.render;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.boot.FoldedIncidents;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.Incident;
import io.xrunlens.record.TimeStyle;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for the CI of hardware test rigs: one testcase per input; a failure per incident
 * whose findings include a warning or an error (message: the verdict; body: the evidence), an
 * error for an input that could not be read, skipped for one that is no log. Written with the
 * JDK's StAX writer, which does the escaping; no clock or host in it, so the same input gives
 * the same bytes.
 */
public final class JunitXml implements AutoCloseable {
    private final XMLStreamWriter xml;

    public JunitXml(Writer out, String suite, int tests, int failures, int errors, int skipped) throws IOException {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", xmlText(suite));
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", Integer.toString(errors));
            xml.writeAttribute("skipped", Integer.toString(skipped));
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Incidents that fail a test: those resting on a warning or an error. */
    public static List<Incident> failing(InputReport r) {
        return r.incidents().stream()
                .filter(i -> i.findings().stream().anyMatch(f -> f.severity().isProblem())).toList();
    }

    /** Incidents counted across boots (like a failing one), which fail a test of their own. */
    public static List<FoldedIncidents> failingFolds(InputReport r) {
        return r.folded().stream().filter(f -> f.like().findings().stream().anyMatch(x -> x.severity().isProblem()))
                .toList();
    }

    /** The failures of one input's testcase. */
    public static int failures(InputReport r) {
        return failing(r).size() + failingFolds(r).size() + looseProblems(r).size();
    }

    /** Problem findings that no incident holds (a report may have findings but no chain). */
    public static List<Finding> looseProblems(InputReport r) {
        return r.findings().stream().filter(f -> f.severity().isProblem())
                .filter(f -> r.incidents().stream().noneMatch(i -> i.findings().contains(f))).toList();
    }

    /** One input's testcase. */
    public void input(InputReport r) throws IOException {
        try {
            start(r.summary().file());
            if (!r.summary().errors().isEmpty()) {
                element("error", "unreadable", String.join("; ", r.summary().errors()), "");
            }
            TimeStyle times = r.summary().clock();
            for (Incident i : failing(r)) {
                StringBuilder body = new StringBuilder();
                for (var e : i.chain()) {
                    body.append(times.at(e.micros(), e.line())).append("  line ").append(e.line()).append("  ")
                            .append(e.role()).append("  ").append(e.text()).append('\n');
                }
                body.append("Fix: ").append(i.fix()).append('\n');
                element("failure", i.cause().id(), i.verdict(), body.toString());
            }
            for (FoldedIncidents f : failingFolds(r)) {
                element("failure", f.like().cause().id(), String.format(Locale.ROOT,
                        "%,d more like incident %d, in %s", f.count(), r.incidentNumber(f.like()),
                        f.boots()), "lines " + f.firstLine() + " to " + f.lastLine() + "\n");
            }
            for (Finding f : looseProblems(r)) {
                element("failure", f.rule(), f.message(), "lines " + f.lines() + "\n");
            }
            end();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A testcase for an input that was not analysed: an error, or skipped ("binary"). */
    public void notAnalysed(String name, String error, String skipped) throws IOException {
        try {
            start(name);
            if (!skipped.isEmpty()) {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", xmlText(skipped));
            } else {
                element("error", "unreadable", error, "");
            }
            end();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void start(String name) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "xrunlens");
        xml.writeAttribute("name", xmlText(name));
    }

    private void element(String tag, String type, String message, String body) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(tag);
        xml.writeAttribute("type", xmlText(type));
        xml.writeAttribute("message", xmlText(message));
        if (!body.isEmpty()) {
            xml.writeCharacters(xmlText(body));
        }
        xml.writeEndElement();
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    @Override
    public void close() throws IOException {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The text with every character XML 1.0 cannot hold (control characters but tab and line
     * ends, U+FFFE, U+FFFF, a lone surrogate) replaced by U+FFFD: log text and file names may
     * hold any of them, and one would make the whole report unreadable to a CI server.
     */
    static String xmlText(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }
}
