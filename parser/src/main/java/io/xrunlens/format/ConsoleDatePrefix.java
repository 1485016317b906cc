package io.xrunlens.format;

/**
 * A serial console capture's prefix with a terminal's date, "[01.12.2026 10:00:00.123] ",
 * "[12/01/2026 10:00:00 AM] ", "[2026/12/01 10:00:00] ", read by hand: the language of its row's
 * regex in {@link FormatRegistry} (a test holds them equal on every sample line and on near
 * misses), its clock read by the row's own {@link Clocks#numericDate}.
 */
final class ConsoleDatePrefix extends HandReadPrefix {
    @Override
    public boolean scan(byte[] s, int from, int n, WrapperFormat.Scan out) {
        if (from >= n || s[from] != '[') {
            return false;
        }
        int dateStart = from + 1;
        int first = run(s, dateStart, n, 1, 4);
        int second = first < 0 || !isDateMark(s, first, n) ? -1 : run(s, first + 1, n, 1, 2);
        int dateEnd = second < 0 || !isDateMark(s, second, n) ? -1 : run(s, second + 1, n, 2, 4);
        if (dateEnd < 0) {
            return false;
        }
        int timeStart = dateEnd;
        while (timeStart < n && (s[timeStart] == ' ' || s[timeStart] == ',' || s[timeStart] == 'T')) {
            timeStart++;
        }
        int hours = timeStart == dateEnd ? -1 : run(s, timeStart, n, 1, 2);
        if (hours < 0 || n - hours < 6 || s[hours] != ':' || !digits(s, hours + 1, 2) || s[hours + 3] != ':'
                || !digits(s, hours + 4, 2)) {
            return false;
        }
        int timeEnd = hours + 6;
        if (timeEnd + 1 < n && (s[timeEnd] == '.' || s[timeEnd] == ',') && KernelTag.isDigit(s[timeEnd + 1])) {
            timeEnd = digitsEnd(s, timeEnd + 1, n);
        }
        int ampmStart = timeEnd < n && s[timeEnd] == ' ' ? timeEnd + 1 : timeEnd;
        int ampmEnd = meridiemEnd(s, ampmStart, n);
        int close = ampmEnd >= 0 && closes(s, ampmEnd, n) ? ampmEnd : closes(s, timeEnd, n) ? timeEnd : -1;
        if (close < 0) {
            return false;
        }
        if (out != null) {
            out.end = close + 2 - from;
            out.micros = Clocks.numericDate(latin1(s, dateStart, dateEnd), latin1(s, timeStart, timeEnd),
                    close == ampmEnd ? latin1(s, ampmStart, ampmEnd) : null);
            out.level = -1;
            out.hostStart = -1;
            out.hostEnd = -1;
        }
        return true;
    }

    /** Where a run of {@code min} to {@code max} digits at {@code i} ends, or -1 where none of that length is there. */
    private static int run(byte[] s, int i, int n, int min, int max) {
        int end = digitsEnd(s, i, Math.min(n, i + max + 1));
        return end - i < min || end - i > max ? -1 : end;
    }

    private static boolean isDateMark(byte[] s, int i, int n) {
        return i < n && (s[i] == '.' || s[i] == '/');
    }

    /** After the regex's "[AaPp]\.?[Mm]\.?" at {@code i}, or -1 where it is not there. */
    private static int meridiemEnd(byte[] s, int i, int n) {
        if (i >= n || "AaPp".indexOf(s[i]) < 0) {
            return -1;
        }
        int j = i + 1 < n && s[i + 1] == '.' ? i + 2 : i + 1;
        if (j >= n || s[j] != 'M' && s[j] != 'm') {
            return -1;
        }
        return j + 1 < n && s[j + 1] == '.' ? j + 2 : j + 1;
    }

    /** "] " at {@code i}. */
    private static boolean closes(byte[] s, int i, int n) {
        return i + 1 < n && s[i] == ']' && s[i + 1] == ' ';
    }
}
