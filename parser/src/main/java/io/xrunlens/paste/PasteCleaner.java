package io.xrunlens.paste;

import io.xrunlens.format.MailQuote;
import io.xrunlens.input.LineReader;
import io.xrunlens.input.LineSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Undoes what pasting does to a kernel log before it is framed: mail quotes ("> ", ">>", "> > "
 * at any depth), quoted-printable (soft line breaks "=" at the end of a line, "=3D" escapes),
 * Markdown fences, indented blocks and inline backticks, HTML tags and
 * entities (&lt;/div&gt;, &amp;gt;), and the typographic quotes a forum's editor puts for the
 * plain ones ("can\u2019t set" for the kernel's "can't set": no format of the kernel's audio and
 * DMA code holds one).
 *
 * <p>Which of these an input shows is decided once, from its first {@link #WINDOW} lines, so a
 * log that merely contains a "&gt;" or ends a line with "=" is not rewritten: quotes when most
 * lines are quoted, quoted-printable when soft breaks come with escapes (or several breaks), HTML
 * when tags or entities appear, Markdown when a fence does (or nine lines in ten are indented).
 * Lines joined at soft breaks keep the number of their first input line. Memory: the window, then one line at a time.
 */
public final class PasteCleaner implements LineSource {
    static final int WINDOW = 64;
    /** Quoted-printable lines are at most 76 characters; a break marks a longer line cut there. */
    private static final int QP_LINE_MAX = 78;
    private static final List<String> HTML_SIGNS = List.of("&lt;", "&gt;", "&amp;", "&nbsp;", "&quot;", "&#",
            "<br", "<div", "</div>", "<pre", "</pre>", "<p>", "</p>", "<code", "</code>", "<span", "</span>");
    private static final List<String> TAGS = List.of("br", "div", "p", "pre", "code", "span", "tt", "font",
            "blockquote");

    private final LineSource in;
    private final Deque<Raw> ahead = new ArrayDeque<>();
    private boolean decided;
    private boolean quoted;
    private boolean qp;
    private boolean markdown;
    private boolean html;
    /** Typographic quotes for plain ones (a forum's editor outside a code block). */
    private boolean typographic;
    /** A Markdown indented code block: every line starts with four spaces or a tab. */
    private boolean indented;
    /** None of the paste forms: lines pass through untouched. */
    private boolean plain;
    private long lineNumber;
    /** A read error met while filling the window: raised once the lines before it are served. */
    private IOException pending;
    private long quotedLines;
    private long softBreaks;
    private long qpEscapes;
    private long fences;
    private long indents;
    private long htmlTags;
    private long htmlEntities;
    private long typographicQuotes;

    private record Raw(String text, long line) {
    }

    public PasteCleaner(LineSource in) {
        this.in = in;
    }

    @Override
    public String next() throws IOException {
        if (!decided) {
            decide();
        }
        if (plain && ahead.isEmpty() && pending == null) {
            String s = in.next(); // the common case, past the window: no copy, no allocation
            lineNumber = in.lineNumber();
            return s;
        }
        Raw r = take();
        if (r == null) {
            return null;
        }
        lineNumber = r.line();
        if (plain) {
            return r.text(); // a log as the board wrote it
        }
        String s = r.text();
        if (qp) {
            StringBuilder joined = new StringBuilder(s);
            while (isSoftBreak(joined)) {
                Raw more = take();
                if (more == null) {
                    break;
                }
                joined.setLength(joined.length() - 1);
                joined.append(unquote(more.text())); // quoted after encoding: each piece has its own "> "
                softBreaks++;
            }
            s = decodeQp(joined.toString());
            if (hasControls(s)) {
                s = LineReader.cleanControls(s); // "=1B[0m", "=0D" decode to what the line reader drops
            }
        }
        // outside in: a forum's HTML, a Markdown indent, mail quotes, then fences inside the mail
        if (html) {
            s = unhtml(s);
        }
        if (indented) {
            s = unindent(s);
        }
        s = unquote(s);
        if (markdown) {
            s = unfence(s);
        }
        if (typographic) {
            s = plainQuotes(s);
        }
        return s;
    }

    private static boolean isTypographicQuote(char c) {
        return c == '\u2018' || c == '\u2019' || c == '\u201c' || c == '\u201d';
    }

    /** The line with its typographic quotes made plain, counted. */
    private String plainQuotes(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isTypographicQuote(c)) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, c == '\u2018' || c == '\u2019' ? '\'' : '"');
                typographicQuotes++;
            }
        }
        return b == null ? s : b.toString();
    }

    /** Whether lines pass through untouched (none of the paste forms); decided by the first line read. */
    public boolean passesThrough() {
        return decided && plain;
    }

    /** Whether no line read ahead (or read error) is waiting to be served. */
    public boolean holdsNothing() {
        return ahead.isEmpty() && pending == null;
    }

    @Override
    public boolean ready() throws IOException {
        return !ahead.isEmpty() || in.ready();
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public long linesRead() {
        return in.linesRead();
    }

    /** Physical lines joined to the line before at quoted-printable soft breaks. */
    public long joinedLines() {
        return softBreaks;
    }

    /** What was undone, for the report: "quoted-printable: 12 soft breaks joined, 30 escapes decoded". */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (quotedLines > 0) {
            notes.add("mail quotes: removed from " + quotedLines + " lines");
        }
        if (softBreaks > 0 || qpEscapes > 0) {
            notes.add("quoted-printable: " + softBreaks + " soft breaks joined, " + qpEscapes + " escapes decoded");
        }
        if (indents > 0) {
            notes.add("Markdown: indent removed from " + indents + " lines");
        }
        if (fences > 0) {
            notes.add("Markdown: " + fences + " fences and backtick quotes removed");
        }
        if (htmlTags > 0 || htmlEntities > 0) {
            notes.add("HTML: " + htmlTags + " tags removed, " + htmlEntities + " entities decoded");
        }
        if (typographicQuotes > 0) {
            notes.add("typographic quotes: " + typographicQuotes + " made plain");
        }
        return notes;
    }

    private Raw take() throws IOException {
        if (!ahead.isEmpty()) {
            return ahead.poll();
        }
        if (pending != null) {
            IOException e = pending;
            pending = null;
            throw e;
        }
        String s = in.next();
        return s == null ? null : new Raw(s, in.lineNumber());
    }

    private void decide() throws IOException {
        decided = true;
        String s;
        try {
            while (ahead.size() < WINDOW && (ahead.isEmpty() || in.ready()) && (s = in.next()) != null) {
                ahead.add(new Raw(s, in.lineNumber()));
            }
        } catch (IOException e) {
            pending = e; // the window read so far is still served, then the error
        }
        // The layers are looked at from the outside in, as next() undoes them: HTML (a forum
        // post), an indented block (a mail pasted into Markdown), mail quotes, then inside them
        // quoted-printable soft breaks and fences.
        List<String> seen = new ArrayList<>(ahead.size());
        for (Raw r : ahead) {
            for (String sign : HTML_SIGNS) {
                html |= r.text().contains(sign);
            }
        }
        for (Raw r : ahead) {
            seen.add(html ? unhtml(r.text()) : r.text());
        }
        // a pretty-printed JSON document (dmesg --json, journalctl -o json-pretty) is indented by
        // its nesting, not by a Markdown paste: its first line is a bare brace or bracket
        String first = seen.stream().filter(t -> !t.isBlank()).findFirst().orElse("").strip();
        indented = share(seen, t -> t.startsWith("    ") || t.startsWith("\t")) * 10 >= 9 && !seen.isEmpty()
                && seen.stream().anyMatch(t -> !t.isBlank()) && !first.equals("{") && !first.equals("[");
        seen.replaceAll(t -> indented ? unindent(t) : t);
        quoted = share(seen, t -> t.startsWith(">")) * 2 >= 1 && seen.stream().anyMatch(t -> !t.isBlank());
        seen.replaceAll(t -> quoted ? stripQuote(t) : t);
        int breaks = 0;
        int escapes = 0;
        Iterator<Raw> raws = ahead.iterator();
        for (String t : seen) {
            int raw = raws.next().text().length();
            if (t.endsWith("=") && raw <= QP_LINE_MAX && raw >= 40) {
                breaks++;
            }
            escapes += countEscapes(t);
            String lead = t.stripLeading();
            markdown |= lead.startsWith("```") || lead.startsWith("~~~");
        }
        qp = breaks >= 2 || breaks >= 1 && escapes >= 1;
        typographic = seen.stream().anyMatch(t -> t.chars().anyMatch(c -> isTypographicQuote((char) c)));
        plain = !quoted && !qp && !markdown && !html && !indented && !typographic;
        htmlTags = 0; // counted again as the lines are served
        htmlEntities = 0;
        indents = 0;
    }

    /** The share of non-blank lines that pass, as a fraction of 1 (0 when all are blank). */
    private static double share(List<String> lines, Predicate<String> test) {
        long nonBlank = lines.stream().filter(t -> !t.isBlank()).count();
        long passing = lines.stream().filter(t -> !t.isBlank() && test.test(t)).count();
        return nonBlank == 0 ? 0 : (double) passing / nonBlank;
    }

    private String unquote(String s) {
        if (!quoted) {
            return s;
        }
        String t = stripQuote(s);
        if (t.length() != s.length()) {
            quotedLines++;
        }
        return t;
    }

    /** Removes quote marks of any depth: "> ", ">>", "> > ", ">". */
    static String stripQuote(String s) {
        return s.substring(MailQuote.end(s));
    }

    private static boolean hasControls(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSoftBreak(CharSequence s) {
        int n = s.length();
        return n > 0 && s.charAt(n - 1) == '=';
    }

    private static int countEscapes(String s) {
        int count = 0;
        for (int i = s.indexOf('='); i >= 0 && i + 2 < s.length(); i = s.indexOf('=', i + 1)) {
            if (isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2)) && Character.isUpperCase(s.charAt(i + 1))
                    || s.startsWith("=3D", i) || s.startsWith("=20", i)) {
                count++;
            }
        }
        return count;
    }

    /** "tout=3D999" -> "tout=999"; "=C3=A9" -> "é". */
    private String decodeQp(String s) {
        if (s.indexOf('=') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '=' && i + 2 < s.length() && isHex(s.charAt(i + 1))
                    && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s, i + 1, i + 3, 16));
                qpEscapes++;
                i += 3;
                continue;
            }
            int end = i + 1;
            if (Character.isHighSurrogate(c) && end < s.length()) {
                end++;
            }
            bytes.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
            i = end;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }

    /** Fence lines go (keeping a log line glued to the fence), and backticks around a line. */
    private String unfence(String s) {
        String t = s.strip();
        if (t.startsWith("```") || t.startsWith("~~~")) {
            fences++;
            String rest = t.substring(3);
            // "```text" opens a block; "```[  1.0] imx-sdma ..." is a log line glued to the fence
            t = isInfoString(rest) ? "" : rest;
        }
        if (t.endsWith("```") || t.endsWith("~~~")) {
            fences++;
            t = t.substring(0, t.length() - 3);
        }
        if (t.length() >= 2 && t.startsWith("`") && t.endsWith("`")) {
            fences++;
            t = t.substring(1, t.length() - 1);
        }
        return t.equals(s.strip()) ? s : t;
    }

    /** Takes off the block's indent: four spaces or a tab. */
    private String unindent(String s) {
        if (s.startsWith("    ")) {
            indents++;
            return s.substring(4);
        }
        if (s.startsWith("\t")) {
            indents++;
            return s.substring(1);
        }
        return s;
    }

    /** A fence's language word ("text", "console", "shell-session"), or nothing. */
    private static boolean isInfoString(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '+')) {
                return false;
            }
        }
        return true;
    }

    /** Removes the tags pastes carry (never "<6>" or "[<c010f0c0>]") and decodes entities. */
    private String unhtml(String s) {
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<') {
                int close = s.indexOf('>', i);
                if (close > i && isTag(s.substring(i + 1, close))) {
                    htmlTags++;
                    i = close + 1;
                    continue;
                }
            } else if (c == '&') {
                int semi = s.indexOf(';', i);
                if (semi > i && semi - i <= 8) {
                    String decoded = entity(s.substring(i + 1, semi));
                    if (decoded != null) {
                        htmlEntities++;
                        out.append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isTag(String inside) {
        String name = inside.startsWith("/") ? inside.substring(1) : inside;
        int end = 0;
        while (end < name.length() && Character.isLetter(name.charAt(end))) {
            end++;
        }
        String tag = name.substring(0, end).toLowerCase(Locale.ROOT);
        return TAGS.contains(tag) && (end == name.length() || name.charAt(end) == ' ' || name.charAt(end) == '/');
    }

    private static String entity(String name) {
        switch (name) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            case "apos", "#39": return "'";
            case "nbsp", "#160": return " ";
            default:
                if (name.startsWith("#") && name.length() > 1 && name.substring(1).chars().allMatch(Character::isDigit)) {
                    return String.valueOf((char) Integer.parseInt(name.substring(1)));
                }
                return null;
        }
    }
}
