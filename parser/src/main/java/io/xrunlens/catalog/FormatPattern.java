package io.xrunlens.catalog;

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

    static Pattern compile(String format) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c != '%') {
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
                continue;
            }
            int j = i + 1;
            if (j < format.length() && format.charAt(j) == '%') {
                re.append('%');
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
            char conv = format.charAt(j);
            re.append(switch (conv) {
                case 'd', 'i' -> "(-?\\d+)";
                case 'u' -> "(\\d+)";
                case 'x', 'X' -> "((?:0x)?[0-9a-fA-F]+)";
                case 'p' -> "(\\S+)";
                case 's' -> "(.*?)";
                case 'c' -> "(.)";
                case 'f' -> "(-?[0-9.]+)";
                default -> throw new IllegalArgumentException("unknown conversion %" + conv + " in " + format);
            });
            i = j + 1;
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    /**
     * The longest run of literal text in the format (outside conversions), trimmed: a line that
     * lacks it cannot be this message, which makes it the row's keyword for the line filter.
     */
    static String anchor(String format) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i <= format.length()) {
            boolean end = i == format.length();
            char c = end ? 0 : format.charAt(i);
            if (end || c == '%' && i + 1 < format.length() && format.charAt(i + 1) != '%') {
                String r = run.toString().trim();
                if (r.length() > best.length()) {
                    best = r;
                }
                run.setLength(0);
                if (end) {
                    break;
                }
                int j = i + 1;
                while (j < format.length() && "#-+ 0123456789.lhzt".indexOf(format.charAt(j)) >= 0) {
                    j++;
                }
                i = j + 1;
                continue;
            }
            if (c == '%') {
                i++; // "%%": the literal percent sign follows
                c = format.charAt(i);
            }
            run.append(c);
            i++;
        }
        return best;
    }
}
