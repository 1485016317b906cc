package io.xrunlens.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A kernel format string read as vsprintf reads it: literal runs and conversions, with the
 * kernel's pointer extensions ({@code %pe}, {@code %pOF}, {@code %pR}, {@code %*ph}: after
 * {@code %p} every letter and digit belongs to the conversion). From it come the regular
 * expression that matches what it prints, the literal words that index it, and a sample of
 * what it prints.
 */
public final class KernelFormat {
    /** One literal run, or one conversion ({@code conversion} its letter, {@code literal} empty). */
    record Part(String literal, char conversion, boolean padded, String pointerExtension) {
        boolean isLiteral() {
            return conversion == 0;
        }
    }

    private final List<Part> parts;

    private KernelFormat(List<Part> parts) {
        this.parts = parts;
    }

    public static KernelFormat parse(String format) {
        List<Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                run.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && format.charAt(i + 1) == '%') {
                run.append('%');
                i += 2;
                continue;
            }
            int j = i + 1;
            boolean padded = false;
            while (j < n && "#-+ 0123456789.*lhztjLq".indexOf(format.charAt(j)) >= 0) {
                padded |= Character.isDigit(format.charAt(j)) && format.charAt(j) != '0' || format.charAt(j) == '*';
                j++;
            }
            if (j >= n) {
                run.append(format, i, n); // a lone % at the end prints as it is
                break;
            }
            if (run.length() > 0) {
                parts.add(new Part(run.toString(), (char) 0, false, ""));
                run.setLength(0);
            }
            char conversion = format.charAt(j);
            int end = j + 1;
            if (conversion == 'p') {
                while (end < n && Character.isLetterOrDigit(format.charAt(end))) {
                    end++;
                }
            }
            parts.add(new Part("", conversion, padded, format.substring(j + 1, end)));
            i = end;
        }
        if (run.length() > 0) {
            parts.add(new Part(run.toString(), (char) 0, false, ""));
        }
        return new KernelFormat(List.copyOf(parts));
    }

    /** The regular expression of what the format prints, its conversions as groups. */
    public String regex() {
        StringBuilder re = new StringBuilder();
        for (Part p : parts) {
            if (p.isLiteral()) {
                re.append(Pattern.quote(p.literal()));
                continue;
            }
            String pad = p.padded() ? " *" : "";
            re.append(switch (p.conversion()) {
                case 'd', 'i' -> pad + "(-?\\d+)" + pad;
                case 'u' -> pad + "(\\d+)" + pad;
                case 'x', 'X' -> pad + "((?:0[xX])?[0-9a-fA-F]+)" + pad;
                case 'o' -> pad + "([0-7]+)" + pad;
                case 'c' -> "(.)";
                case 'p' -> p.pointerExtension().isEmpty() ? "(\\S+)" : "(.*?)";
                default -> "(.*?)"; // %s and anything the kernel may add
            });
        }
        return re.toString();
    }

    /** How many groups {@link #regex()} has: one per conversion. */
    int regexGroups() {
        int n = 0;
        for (Part p : parts) {
            n += p.isLiteral() ? 0 : 1;
        }
        return n;
    }

    /** How much literal text a match must contain: the most specific row wins. */
    public int literalLength() {
        int n = 0;
        for (Part p : parts) {
            n += p.literal().length();
        }
        return n;
    }

    /** How many letters the literal text has: a format with few ("%s error %d") would match anything. */
    public int literalLetters() {
        int n = 0;
        for (Part p : parts) {
            for (int i = 0; i < p.literal().length(); i++) {
                n += Character.isLetter(p.literal().charAt(i)) ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * The literal text the format ends with, trailing spaces left out, or null where it ends with
     * a value (or with spaces alone): a text the format prints ends with it.
     */
    public String ending() {
        if (parts.isEmpty() || !parts.get(parts.size() - 1).isLiteral()) {
            return null;
        }
        String end = parts.get(parts.size() - 1).literal().stripTrailing();
        return end.isEmpty() ? null : end;
    }

    /**
     * The literal runs a printed text must contain, trimmed, those of three characters or more
     * in ASCII (a line's bytes are compared with them before it is decoded).
     */
    public List<String> literalRuns() {
        List<String> runs = new ArrayList<>();
        for (Part p : parts) {
            String t = p.literal().trim();
            if (t.length() >= 3 && isAscii(t)) {
                runs.add(t);
            }
        }
        return runs;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The longest literal run, trimmed: a text without it cannot be this format. */
    public String longestLiteral() {
        String best = "";
        for (Part p : parts) {
            String t = p.literal().trim();
            if (t.length() > best.length()) {
                best = t;
            }
        }
        return best;
    }

    /**
     * The anchors a text of this format must hold: each pair of adjacent whole words of a literal
     * run ("TX underrun", written with one space), and each whole word alone. A word that
     * touches a conversion ("chan" in "chan%d") prints joined to a value, so it is not whole, and
     * a pair with it is none.
     */
    public List<String> anchors() {
        List<String> anchors = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.isLiteral()) {
                continue;
            }
            String s = p.literal();
            String previous = null;
            int i = 0;
            while (i < s.length()) {
                if (!Words.isWordChar(s.charAt(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < s.length() && Words.isWordChar(s.charAt(end))) {
                    end++;
                }
                boolean whole = !(i == 0 && k > 0) && !(end == s.length() && k + 1 < parts.size());
                String word = s.substring(i, end);
                if (whole) {
                    anchors.add(word);
                    if (previous != null) {
                        anchors.add(previous + " " + word);
                    }
                }
                previous = whole ? word : null;
                i = end;
            }
        }
        return anchors;
    }

    /** What the format prints with made-up values: a line for the recognition test. */
    public String sample() {
        StringBuilder b = new StringBuilder();
        int k = 0;
        for (Part p : parts) {
            if (p.isLiteral()) {
                b.append(p.literal());
                continue;
            }
            k++;
            b.append(switch (p.conversion()) {
                case 'd', 'i' -> "-" + (k * 7 % 100 + 1);
                case 'u' -> String.valueOf(k * 13 % 1000 + 2);
                case 'x', 'X' -> Integer.toHexString(0x1f + k * 0x31);
                case 'o' -> "17";
                case 'c' -> "T";
                case 'p' -> switch (p.pointerExtension()) {
                    case "e" -> "-EINVAL";
                    case "" -> "00000000c1d2e3f4";
                    default -> "/soc/sai@30010000";
                };
                default -> "xval" + k;
            });
        }
        return b.toString();
    }
}
