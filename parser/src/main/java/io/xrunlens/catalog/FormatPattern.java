package io.xrunlens.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a kernel format string ("chan%d teardown timeout!") into an anchored regular expression
 * whose groups are the printed values, so the catalogue can be written in the kernel's own words.
 * Conversions: integers (%d %i %u %ld %lu %llu %zu %zd), hex (%x %lx %llx %#x %08x ...), %p and
 * %pOF-style pointers, %s, %c, %f; "%%" is a percent sign. Everything else is literal.
 */
final class FormatPattern {
    private FormatPattern() {
    }

    /** A run of literal text, or one conversion (its letter in {@code conversion}, text empty). */
    private record Part(String literal, char conversion) {
        boolean isLiteral() {
            return conversion == 0;
        }
    }

    /** The format as literal runs and conversions; "%%" is part of a literal run. */
    private static List<Part> parts(String format) {
        List<Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c != '%') {
                run.append(c);
                i++;
                continue;
            }
            int j = i + 1;
            if (j < format.length() && format.charAt(j) == '%') {
                run.append('%');
                i = j + 1;
                continue;
            }
            // flags, width, precision and length modifiers
            while (j < format.length() && "#-+ 0123456789.lhzt".indexOf(format.charAt(j)) >= 0) {
                j++;
            }
            if (j >= format.length()) {
                throw new IllegalArgumentException("format ends inside a conversion: " + format);
            }
            if (run.length() > 0) {
                parts.add(new Part(run.toString(), (char) 0));
                run.setLength(0);
            }
            parts.add(new Part("", format.charAt(j)));
            i = j + 1;
        }
        if (run.length() > 0) {
            parts.add(new Part(run.toString(), (char) 0));
        }
        return parts;
    }

    static Pattern compile(String format) {
        StringBuilder re = new StringBuilder();
        for (Part p : parts(format)) {
            if (p.isLiteral()) {
                re.append(Pattern.quote(p.literal()));
                continue;
            }
            re.append(switch (p.conversion()) {
                case 'd', 'i' -> "(-?\\d+)";
                case 'u' -> "(\\d+)";
                case 'x', 'X' -> "((?:0x)?[0-9a-fA-F]+)";
                case 'p' -> "(\\S+)";
                case 's' -> "(.*?)";
                case 'c' -> "(.)";
                case 'f' -> "(-?[0-9.]+)";
                default -> throw new IllegalArgumentException("unknown conversion %" + p.conversion() + " in " + format);
            });
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    /** The format's runs of literal text, in order: every match contains each of them. */
    static List<String> runs(String format) {
        return parts(format).stream().filter(Part::isLiteral).map(Part::literal).toList();
    }

    /**
     * The longest run of literal text in the format (outside conversions), trimmed: a line that
     * lacks it cannot be this message, which makes it the row's keyword for the line filter.
     */
    static String anchor(String format) {
        String best = "";
        for (Part p : parts(format)) {
            // no "]" in a keyword (MessageParser): a literal is cut there ("NO_PASID] Request device [")
            for (String piece : p.literal().split("]")) {
                String r = piece.trim();
                if (r.length() > best.length()) {
                    best = r;
                }
            }
        }
        return best;
    }
}
