package io.xrunlens.format;

/**
 * A test every match of a row's pattern passes, far cheaper than the pattern: a line that fails
 * it is no record of the row, told without running the pattern. The rows whose weekday or month
 * may be any word try many splits of a line's first words before they fail, and in a file of
 * several formats every line of another one paid for that. Each guard below says why every
 * match passes it; DetectionShortcutTest holds the rows' answers equal to their patterns'.
 */
enum PrefixGuard {
    /**
     * dmesg -T and -H, with -x or not: the stamp's brackets hold a time ("10:00") or a delta
     * ("+0.000123"). Their patterns open the stamp at the line's first "[" (the facility and level
     * before it hold none) and close it at the first "]" after it (nothing inside may be one), so
     * a ':' or '+' lies between those two.
     */
    TIME_IN_BRACKETS {
        @Override
        boolean passes(CharSequence line) {
            int open = indexOf(line, '[', 0);
            for (int i = open + 1, n = open < 0 ? 0 : line.length(); i < n; i++) {
                char c = line.charAt(i);
                if (c == ']') {
                    return false;
                }
                if (c == ':' || c == '+') {
                    return true;
                }
            }
            return false;
        }
    },
    /**
     * A day, then a space and a time of day ("24 10:00:00", "2026-11-24 10:00:00"), as syslog
     * and metalog in any language and journalctl -o short-full print: their patterns spell the
     * space before the time's six digits.
     */
    SPACE_THEN_TIME {
        @Override
        boolean passes(CharSequence line) {
            int n = line.length() - 5;
            for (int i = indexOf(line, ':', 3); i >= 0 && i < n; i = indexOf(line, ':', i + 1)) {
                if (line.charAt(i - 3) == ' ' && line.charAt(i + 3) == ':'
                        && digits(line, i - 2) && digits(line, i + 1) && digits(line, i + 4)) {
                    return true;
                }
            }
            return false;
        }
    };

    /** Whether {@code line} may match the row's pattern; false only when it cannot. */
    abstract boolean passes(CharSequence line);

    /** The first {@code c} at or after {@code from}, or -1: lines are Strings or bytes seen as text, each searched as itself. */
    private static int indexOf(CharSequence s, char c, int from) {
        if (s instanceof String text) {
            return text.indexOf(c, from);
        }
        if (s instanceof Latin1Chars bytes) {
            return bytes.indexOf(c, from);
        }
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean digits(CharSequence s, int at) {
        return isDigit(s.charAt(at)) && isDigit(s.charAt(at + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
