package io.xrunlens.kb.source;

import io.xrunlens.kb.Prefix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the printk-family calls of one C source file: the macro, its level, the format string as
 * the kernel prints it (adjacent literals joined, the file's string macros substituted, a name
 * it cannot resolve read as "%s") and the function that makes the call. It reads C as a
 * programmer skims it, not as a compiler: comments and preprocessor lines are skipped, braces and
 * parentheses counted, and a call whose format is not a literal (a variable, a conditional) is
 * counted in {@link Result#skipped()} rather than guessed.
 */
public final class PrintkScanner {
    private static final Pattern STRING_DEFINE = Pattern.compile(
            "^\\s*#\\s*define\\s+(\\w+)\\s+((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)$", Pattern.MULTILINE);
    private static final Pattern PR_FMT = Pattern.compile("^\\s*#\\s*define\\s+pr_fmt\\s*\\(\\s*fmt\\s*\\)\\s+(.*)$",
            Pattern.MULTILINE);
    /** Wildcard text for what the scanner cannot know (KBUILD_MODNAME, a macro of another file). */
    static final String UNKNOWN = "%s";

    /** One call. {@code prFmt} is the file's pr_fmt text for pr_* calls, else empty. */
    public record Call(PrintMacro macro, String level, String format, String prFmt, String function, int line) {
    }

    /** The calls found, and how many printk-family calls had a format that is not a literal. */
    public record Result(List<Call> calls, int skipped) {
    }

    private PrintkScanner() {
    }

    public static Result scan(String source) {
        return scan(source, Map.of());
    }

    /**
     * The calls of a file that also prints through macros its own headers define ({@code
     * headerMacros}: SOF's sof-audio.h's {@code spcm_err}, which puts "%s: pcm%u (%s), dir %d: "
     * before the format it is given).
     */
    public static Result scan(String source, Map<String, PrintMacro> headerMacros) {
        String code = code(source);
        Map<String, String> strings = stringMacros(code);
        Map<String, PrintMacro> own = new HashMap<>(headerMacros);
        own.putAll(fileMacros(code, strings, headerMacros));
        Region file = new Region(code, strings, prFmt(code, strings), own);
        file.scan(0, code.length(), 0, "", 1, List.of());
        return new Result(file.calls, file.skipped);
    }

    /** The printing macros a header defines, for the files that include it. */
    public static Map<String, PrintMacro> headerMacros(String header) {
        String code = code(header);
        return fileMacros(code, stringMacros(code), Map.of());
    }

    /** Source with continuation lines joined and comments out. */
    private static String code(String source) {
        return withoutComments(source.replace("\\\r\n", " ").replace("\\\n", " "));
    }

    /**
     * A function-like macro's definition whose body prints ("#define X(a) do { dev_err(dev,
     * \"...\"); } while (0)"), continuation lines joined: soc-pcm.c's symmetry checks, rcar's
     * error reports. Its calls are the macro's (its name the function).
     */
    private static final Pattern DEFINE_BODY = Pattern.compile("#\\s*define\\s+(\\w+)\\(([^)]*)\\)(.*)", Pattern.DOTALL);

    /** One file's code and what it defines, and the calls found in it so far. */
    private static final class Region {
        private final String code;
        private final Map<String, String> strings;
        private final String prFmt;
        private final Map<String, PrintMacro> own;
        private final List<Call> calls = new ArrayList<>();
        private int skipped;

        Region(String code, Map<String, String> strings, String prFmt, Map<String, PrintMacro> own) {
            this.code = code;
            this.strings = strings;
            this.prFmt = prFmt;
            this.own = own;
        }

        /**
         * Scans {@code code[from, to)} for calls, {@code braces} deep; a call whose format names
         * one of {@code params} (a macro's own format parameter) is a wrapper's, not a message.
         */
        void scan(int from, int to, int braces0, String function0, int line0, List<String> params) {
            int braces = braces0;
            int parens = 0;
            int line = line0;
            String candidate = "";
            String function = function0;
            char lastSignificant = 0;
            int i = from;
            while (i < to) {
                char c = code.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                    continue;
                }
                if (c == '#' && atLineStart(code, i)) {
                    int end = Math.min(lineEnd(code, i), to);
                    define(i, end, line);
                    i = end;
                    continue;
                }
                if (c == '"' || c == '\'') {
                    i = literalEnd(code, i);
                    lastSignificant = c;
                    continue;
                }
                if (Character.isJavaIdentifierStart(c)) {
                    int end = identifierEnd(code, i, to);
                    String word = code.substring(i, end);
                    int next = skipSpaces(code, end);
                    boolean call = next < to && code.charAt(next) == '(';
                    Optional<PrintMacro> macro = call ? PrintMacro.named(word).or(() -> Optional.ofNullable(own.get(word)))
                            : Optional.empty();
                    if (macro.isPresent() && braces > 0) {
                        int close = Math.min(matching(code, next), to);
                        List<String> args = arguments(code.substring(next + 1, Math.max(next + 1, close)));
                        Optional<Call> found = mentions(args, macro.get(), params) ? Optional.empty()
                                : call(macro.get(), args, strings, prFmt, function, line);
                        if (found.isPresent()) {
                            calls.add(found.get());
                        } else {
                            skipped++;
                        }
                        line += count(code, i, close);
                        i = close + 1;
                        lastSignificant = ')';
                        continue;
                    }
                    if (call && braces == 0 && parens == 0) {
                        candidate = word;
                    }
                    lastSignificant = 'a';
                    i = end;
                    continue;
                }
                switch (c) {
                    case '(' -> parens++;
                    case ')' -> parens = Math.max(0, parens - 1);
                    case '{' -> {
                        if (braces == 0) {
                            function = lastSignificant == ')' ? candidate : "";
                        }
                        braces++;
                    }
                    case '}' -> {
                        braces = Math.max(0, braces - 1);
                        if (braces == 0) {
                            function = "";
                            parens = 0;
                        }
                    }
                    default -> {
                    }
                }
                if (!Character.isWhitespace(c)) {
                    lastSignificant = c;
                }
                i++;
            }
        }

        /** The calls in the body of a function-like macro defined at {@code code[from, to)}, if it is one that prints. */
        private void define(int from, int to, int line) {
            Matcher d = DEFINE_BODY.matcher(code.substring(from, to));
            if (!d.matches() || own.containsKey(d.group(1)) || PrintMacro.named(d.group(1)).isPresent()) {
                return; // an object-like macro, or one of the file's printing macros (its calls are read)
            }
            // a variadic parameter is named "x..." (used as x) or "..." (used as __VA_ARGS__)
            List<String> params = arguments(d.group(2)).stream().map(String::strip)
                    .map(p -> p.equals("...") ? "__VA_ARGS__" : p.endsWith("...") ? p.substring(0, p.length() - 3).strip() : p)
                    .toList();
            int body = from + d.start(3);
            scan(body, to, 1, d.group(1), line, params);
        }
    }

    /** Where the identifier starting at {@code s[from]} ends, before {@code to}. */
    private static int identifierEnd(String s, int from, int to) {
        int end = from;
        while (end < to && Character.isJavaIdentifierPart(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Whether a call's format names a macro parameter: the caller's text, not one the scan can know. */
    private static boolean mentions(List<String> args, PrintMacro macro, List<String> params) {
        if (params.isEmpty() || args.size() <= macro.formatIndex()) {
            return false;
        }
        String arg = args.get(macro.formatIndex());
        for (String p : params) {
            if (!p.isEmpty() && Pattern.compile("(?<![\\w#])" + Pattern.quote(p) + "\\b").matcher(arg).find()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Call> call(PrintMacro macro, List<String> args, Map<String, String> strings, String prFmt,
                                       String function, int line) {
        if (args.size() <= macro.formatIndex()) {
            return Optional.empty();
        }
        Optional<Evaluated> format = evaluate(args.get(macro.formatIndex()), strings);
        if (format.isEmpty() || format.get().continuation) {
            return Optional.empty();
        }
        String level = macro.level();
        if (level.isEmpty() && macro.name().equals("dev_printk")) {
            level = PrintMacro.levelOf(args.get(0).trim()).orElse("");
        }
        if (level.isEmpty()) {
            level = format.get().level.isEmpty() ? "warn" : format.get().level; // printk's default loglevel
        }
        String text = macro.formatText() + format.get().text;
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline);
        }
        text = text.stripTrailing();
        if (text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Call(macro, level, text, macro.prefix() == Prefix.PR_FMT ? prFmt : "", function, line));
    }

    /** A format argument's printed text and the level a KERN_* in it names. */
    private record Evaluated(String text, String level, boolean continuation) {
    }

    /**
     * Joins the literals of a format argument; names between them are looked up among the
     * file's string macros, KERN_* levels are taken off. Empty when the argument holds no literal
     * or is an expression (a conditional, a call, an array).
     */
    static Optional<Evaluated> evaluate(String arg, Map<String, String> strings) {
        StringBuilder text = new StringBuilder();
        String level = "";
        boolean continuation = false;
        boolean literal = false;
        int i = 0;
        int n = arg.length();
        while (i < n) {
            char c = arg.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '"') {
                int end = literalEnd(arg, i);
                text.append(unescape(arg.substring(i + 1, end - 1)));
                literal = true;
                i = end;
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int end = identifierEnd(arg, i, n);
                String word = arg.substring(i, end);
                Optional<String> kern = word.startsWith("KERN_") ? PrintMacro.levelOf(word) : Optional.empty();
                if (word.equals("KERN_CONT")) {
                    continuation = true;
                } else if (kern.isPresent()) {
                    level = kern.get();
                } else if (word.equals("KERN_SOH") || word.equals("KERN_DEFAULT")) {
                    level = level.isEmpty() && word.equals("KERN_DEFAULT") ? "warn" : level;
                } else if (strings.containsKey(word)) {
                    text.append(strings.get(word));
                } else if (word.length() == 1 && end < n && arg.charAt(end) == '"') {
                    i = end; // a wide or UTF-8 literal prefix (L"", u8"")
                    continue;
                } else {
                    text.append(UNKNOWN); // PRIx64, a macro of another file
                }
                i = end;
                continue;
            }
            return Optional.empty(); // an operator: not a plain literal
        }
        if (!literal) {
            return Optional.empty();
        }
        String s = text.toString();
        if (s.length() >= 2 && s.charAt(0) == '\001') { // KERN_SOH written into the literal
            level = PrintMacro.levelOf(s.substring(1, 2)).orElse(level);
            continuation = s.charAt(1) == 'c';
            s = s.substring(2);
        }
        return Optional.of(new Evaluated(s, level, continuation));
    }

    private static final Pattern MACRO_DEFINE = Pattern.compile(
            "^\\s*#\\s*define\\s+(\\w+)\\s*\\(([^)]*)\\)\\s+(\\w+)\\s*\\((.*)\\)\\s*;?\\s*$", Pattern.MULTILINE);

    /**
     * The file's own printing macros, by name: "#define pair_err(fmt, ...) dev_err(&asrc->pdev->dev,
     * \"Pair %c: \" fmt, ...)" prints as dev_err does, with "Pair %c: " before the format its
     * caller gives. One that wraps another of the file's (wm_adsp.c's compr_err of adsp_err) is
     * read too. The parameter the format comes in must end the wrapped macro's format.
     */
    static Map<String, PrintMacro> fileMacros(String code, Map<String, String> strings,
                                              Map<String, PrintMacro> included) {
        Map<String, PrintMacro> own = new HashMap<>();
        for (int round = 0; round < 3; round++) {
            Matcher d = MACRO_DEFINE.matcher(code);
            while (d.find()) {
                String name = d.group(1);
                PrintMacro inner = PrintMacro.named(d.group(3)).or(() -> Optional.ofNullable(own.get(d.group(3))))
                        .orElse(included.get(d.group(3)));
                if (own.containsKey(name) || PrintMacro.named(name).isPresent() || inner == null
                        || inner.level().isEmpty()) {
                    continue;
                }
                List<String> params = arguments(d.group(2)).stream().map(String::strip).toList();
                List<String> args = arguments(d.group(4));
                if (args.size() <= inner.formatIndex()) {
                    continue;
                }
                String arg = args.get(inner.formatIndex()).strip();
                int start = arg.length();
                while (start > 0 && Character.isJavaIdentifierPart(arg.charAt(start - 1))) {
                    start--;
                }
                int index = params.indexOf(arg.substring(start));
                if (index < 0 || start == arg.length()) {
                    continue;
                }
                String before = arg.substring(0, start);
                Optional<String> text = before.isBlank() ? Optional.of("")
                        : evaluate(before, strings).map(Evaluated::text);
                if (text.isPresent()) {
                    own.put(name, new PrintMacro(name, index, inner.level(), inner.prefix(),
                            inner.formatText() + text.get()));
                }
            }
        }
        return own;
    }

    /** The file's string macros ("#define DRV_NAME \"fsl-sai\""), by name. */
    static Map<String, String> stringMacros(String code) {
        Map<String, String> m = new HashMap<>();
        Matcher d = STRING_DEFINE.matcher(code);
        while (d.find()) {
            evaluate(d.group(2), Map.of()).ifPresent(e -> m.put(d.group(1), e.text()));
        }
        return m;
    }

    /** The text pr_fmt puts before a pr_* format ("%s: " for KBUILD_MODNAME ": " fmt), or "". */
    static String prFmt(String code, Map<String, String> strings) {
        Matcher m = PR_FMT.matcher(code);
        if (!m.find()) {
            return "";
        }
        String body = m.group(1);
        int fmt = body.indexOf("fmt");
        while (fmt >= 0 && (fmt > 0 && Character.isJavaIdentifierPart(body.charAt(fmt - 1))
                || fmt + 3 < body.length() && Character.isJavaIdentifierPart(body.charAt(fmt + 3)))) {
            fmt = body.indexOf("fmt", fmt + 1);
        }
        if (fmt <= 0) {
            return "";
        }
        return evaluate(body.substring(0, fmt), strings).map(Evaluated::text).orElse("");
    }

    /** The arguments of a call, split at its top-level commas. */
    static List<String> arguments(String inside) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int i = 0;
        while (i < inside.length()) {
            char c = inside.charAt(i);
            if (c == '"' || c == '\'') {
                i = literalEnd(inside, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(inside.substring(start, i));
                start = i + 1;
            }
            i++;
        }
        args.add(inside.substring(start));
        return args;
    }

    /** The index of the parenthesis that closes the one at {@code open} (or the end of the text). */
    private static int matching(String code, int open) {
        int depth = 0;
        int i = open;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = literalEnd(code, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        return code.length() - 1;
    }

    /** The index just after the string or character literal that starts at {@code i}. */
    private static int literalEnd(String s, int i) {
        char quote = s.charAt(i);
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == quote || c == '\n') {
                return j + 1;
            }
            j++;
        }
        return s.length();
    }

    /** Comments become spaces (their newlines kept, so line numbers hold); literals are left alone. */
    static String withoutComments(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int end = literalEnd(s, i);
                b.append(s, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int j = i; j < end; j++) {
                    b.append(s.charAt(j) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** C escapes in a literal's text. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c != '\\' || i >= s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'a' -> b.append('\007');
                case 'x' -> {
                    int start = i;
                    while (i < s.length() && i - start < 2 && Character.digit(s.charAt(i), 16) >= 0) {
                        i++;
                    }
                    b.append(start == i ? 'x' : (char) Integer.parseInt(s.substring(start, i), 16));
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int start = i - 1;
                        while (i < s.length() && i - start < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                            i++;
                        }
                        b.append((char) Integer.parseInt(s.substring(start, i), 8));
                    } else {
                        b.append(e);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean atLineStart(String s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = s.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String s, int i) {
        int end = s.indexOf('\n', i);
        return end < 0 ? s.length() : end;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int i = from; i < to && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
