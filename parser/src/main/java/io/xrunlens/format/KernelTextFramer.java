package io.xrunlens.format;

import io.xrunlens.record.Record;
import io.xrunlens.record.RecordSink;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frames the part of a line that the kernel itself wrote, whatever wrapper was around it:
 * {@code <6>} priority, {@code [  535.201598]} timestamp, {@code [  T123]} caller id,
 * dynamic-debug decoration ({@code imx_sdma:sdma_prep_dma_cyclic:1497: }) and the
 * dev_printk origin ({@code imx-sdma 20ec000.sdma: }).
 *
 * <p>Hand-written scanning rather than regular expressions or the grammar: it runs on every
 * line of multi-gigabyte logs, while the grammar runs only on message bodies that may matter.
 */
public final class KernelTextFramer {
    private KernelTextFramer() {
    }

    /**
     * Frames {@code s[from, to)} as one record. A timestamp or level found in the text wins
     * over the wrapper's ({@code micros}, {@code level}): the kernel's own clock is the one
     * the analysis reasons about.
     */
    public static Record frame(String s, int from, int to, long line, long micros, int level) {
        int i = skipSpaces(s, from, to);
        int lvl = level;
        if (i < to && s.charAt(i) == '<') {
            int close = s.indexOf('>', i);
            if (close > i + 1 && close <= i + 4 && close < to && allDigits(s, i + 1, close)) {
                lvl = Integer.parseInt(s, i + 1, close, 10) & 7;
                i = close + 1;
            }
        }
        long time = micros;
        long ts = timestampAt(s, i, to);
        if (ts != NOT_FOUND) {
            time = ts;
            i = skipSpaces(s, s.indexOf(']', i) + 1, to);
            i = skipCallerId(s, i, to);
            i = skipJournalTag(s, i, to);
        }
        i = skipBareTag(s, i, to);
        i = skipDecoration(s, i, to);
        int originEnd = originEnd(s, i, to);
        String driver = "";
        String device = "";
        if (originEnd > 0) {
            int space = s.indexOf(' ', i);
            driver = s.substring(i, space);
            device = s.substring(space + 1, originEnd);
            i = originEnd + 2;
        } else {
            int bare = withoutBareDevice(s, i, to);
            device = bare == i ? "" : s.substring(i, bare - 2); // dev_printk's device with no driver
            i = bare;
        }
        return new Record(line, 0, time, lvl, driver, device, s.substring(i, withoutTrailingSpaces(s, i, to)));
    }

    /** Where {@code s[from, to)} ends without its trailing spaces. */
    private static int withoutTrailingSpaces(String s, int from, int to) {
        int end = to;
        while (end > from && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /**
     * The kernel's own stamp where {@link #frame} would look for it (after spaces and a "&lt;6&gt;"
     * level), or NOT_FOUND: what a skimmed wrapped line needs, without building the record.
     */
    static long stampAfter(String s, int from, int to) {
        int i = skipSpaces(s, from, to);
        if (i < to && s.charAt(i) == '<') {
            int close = s.indexOf('>', i);
            if (close > i + 1 && close <= i + 4 && close < to && allDigits(s, i + 1, close)) {
                i = close + 1;
            }
        }
        return timestampAt(s, i, to);
    }

    /**
     * Frames a line that has no prefix of the input's format: after the prefix of another format
     * whose record it opens ({@link FormatRegistry#frameInAnotherFormat}), else at the kernel's
     * stamps in it ({@link #frameStamped}), else all of it as one record.
     */
    public static void frameLine(String s, long line, RecordSink out) {
        frameLine(s, line, out, null, text -> -1, text -> Record.NO_TIME, false);
    }

    /**
     * The same for a line the row named {@code asked} (the input's own) has just read no prefix
     * in. A line that row finds another program's ({@code programEnd}, where its prefix ends, or
     * -1) is one record of text, whatever brackets it holds, unless the kernel's stamp follows
     * the prefix: a program that passes the kernel's records on is read as the kernel. Where
     * {@code programsText}, a program's line without a stamp is its text after the prefix, at
     * the time {@code programClock} reads in its prefix (none where the log's kernel records
     * keep a clock of their own).
     */
    static void frameLine(String s, long line, RecordSink out, String asked, ToIntFunction<String> programEnd,
                          ToLongFunction<String> programClock, boolean programsText) {
        if (FormatRegistry.frameInAnotherFormat(s, line, out, asked)) {
            return;
        }
        int start = nextRecordStart(s, 0);
        // the prefix is looked for where a stamp after it would open a record, or where the
        // program's own text is read (a line that holds one of our words): a pattern per line
        // of a whole /var/log/syslog costs a third of the reading
        int program = start < 0 && !programsText ? -1 : programEnd.applyAsInt(s);
        if (program >= 0 && stampAfter(s, program, s.length()) != NOT_FOUND) {
            out.accept(frame(s, program, s.length(), line, Record.NO_TIME, -1));
        } else if (program >= 0) {
            // its text without the log's prefix: what the program printed ("aplay: device_list:274:
            // no soundcards found..."), whose first word names it
            int from = skipSpaces(s, program, s.length());
            String text = s.substring(from, withoutTrailingSpaces(s, from, s.length()));
            out.accept(new Record(line, 0, programClock.applyAsLong(s), -1, "", "", text));
        } else if (start < 0) {
            frameUnstamped(s, line, out);
        } else {
            frameFrom(s, start, line, out);
        }
    }

    /**
     * A line with no stamp: one record, or, where its device's origin ("sof-audio-pci 0000:00:1f.3: ")
     * comes again after a space, the records of a log without stamps (dmesg -t, journalctl's
     * message field) that a bug tracker or forum joined onto one line, split before each.
     */
    static void frameUnstamped(String s, long line, RecordSink out) {
        int from = 0;
        for (int next = nextOriginRepeat(s, 0); next >= 0; next = nextOriginRepeat(s, from)) {
            out.accept(frame(s, from, next, line, Record.NO_TIME, -1));
            from = next + 1;
        }
        out.accept(frame(s, from, s.length(), line, Record.NO_TIME, -1));
    }

    /**
     * Where the origin that opens {@code s} at {@code from} (a kernel device's: driver, space,
     * device, ": ") comes again after a space, at that space; -1 if it does not. Framing and
     * skimming ask the same, so a line counts the same records either way.
     */
    static int nextOriginRepeat(String s, int from) {
        int i = skipDecoration(s, skipBareTag(s, skipSpaces(s, from, s.length()), s.length()), s.length());
        int end = originEnd(s, i, s.length());
        if (end < 0 || !looksKernel(s, i, end)) {
            return -1;
        }
        String origin = s.substring(i, end + 2);
        for (int k = s.indexOf(origin, end + 2); k > 0; k = s.indexOf(origin, k + 1)) {
            if (s.charAt(k - 1) == ' ') {
                return k - 1;
            }
        }
        return -1;
    }

    /**
     * Frames a line at each kernel stamp in it, as dmesg's are read: records flattened onto one
     * line (a log pasted into mail or a bug tracker) are split again, and text before the first
     * stamp (a mail's "Failure log:" lead-in, not its quote markers) is a record too. False, and
     * nothing framed, when the line holds no stamp where a record can start ({@link #nextRecordStart}).
     */
    static boolean frameStamped(String s, long line, RecordSink out) {
        int start = nextRecordStart(s, 0);
        if (start < 0) {
            return false;
        }
        frameFrom(s, start, line, out);
        return true;
    }

    /** {@link #frameStamped} of a line whose first record starts at {@code start}. */
    private static void frameFrom(String s, int first, long line, RecordSink out) {
        if (hasLeadIn(s, first)) {
            out.accept(frame(s, 0, first, line, Record.NO_TIME, -1));
        }
        for (int start = first; start >= 0; ) {
            int next = nextRecordStart(s, s.indexOf(']', start) + 1);
            int end = next >= 0 ? next : start == first ? s.length() : beforePrompt(s, start);
            out.accept(frame(s, start, end, line, Record.NO_TIME, -1));
            start = next;
        }
    }

    /**
     * A shell's prompt after the kernel's text ("[furuta@usbserv ~]$ ", "root@board:~# "): where a
     * paste that lost its newlines goes on with the user's next command.
     */
    private static final Pattern PROMPT = Pattern.compile(
            " (?:\\[[\\w.-]+@[\\w.-]+ [^\\]]*\\]|[\\w.-]+@[\\w.-]+:[^\\s$#]*)[$#](?: |$)");

    /**
     * Where the last of several records joined onto one line ends: at a shell prompt after it,
     * else at the line's end. Only its text is cut, so framing and skimming count the same.
     */
    private static int beforePrompt(String s, int start) {
        Matcher m = PROMPT.matcher(s);
        return m.find(start) ? m.start() : s.length();
    }

    /**
     * Whether the text before the line's first record start is a record of its own (a mail's
     * "Failure log:"): not when blank, nor when quote markers alone. Framing and skimming
     * ({@code DmesgFormat}) ask the same, so a line counts the same records either way.
     */
    static boolean hasLeadIn(String s, int start) {
        return !s.substring(Math.min(MailQuote.end(s), start), start).isBlank();
    }

    /**
     * Index of the next record start at or after {@code from}: a "[ sec.frac]" at the start of
     * the line or after a space, or the "&lt;6&gt;" level prefix in front of one, or printk's own
     * stamp glued to other text ({@link #printkStampAt}); -1 if none.
     */
    static int nextRecordStart(String line, int from) {
        int i = line.indexOf('[', from);
        while (i >= 0) {
            if (timestampAt(line, i, line.length()) != NOT_FOUND) {
                if (i == 0 || line.charAt(i - 1) == ' ') {
                    return i;
                }
                int lt = line.lastIndexOf('<', i);
                if (line.charAt(i - 1) == '>' && lt >= 0 && i - lt <= 5 && (lt == 0 || line.charAt(lt - 1) == ' ')) {
                    return lt;
                }
                if (printkStampAt(line, i)) {
                    return i;
                }
            }
            i = line.indexOf('[', i + 1);
        }
        return -1;
    }

    static final long NOT_FOUND = Long.MIN_VALUE + 1;

    /**
     * Whether the line's first record starts at printk's stamp glued to a program's text before it
     * ({@link #printkStampAt}): a console's interleaving, whose text is that program's line, not a
     * piece of the record on the line above.
     */
    public static boolean opensGluedRecord(String line) {
        int start = nextRecordStart(line, 0);
        return start > 0 && line.charAt(start) == '[' && line.charAt(start - 1) != ' ' && line.charAt(start - 1) != '>';
    }

    /**
     * Whether a stamp at {@code i} is printk's own, "[%5lu.%06lu]" then a space, a caller id's
     * "[" or the line's end. On a serial console the kernel writes its record wherever a program's
     * unfinished line stands ("underrun!!! (at least 0.044 ms lo[   45.123456] fsl-sai …"), so
     * that stamp opens a record even glued to text; a looser bracket there ("x[1.5]") does not.
     */
    static boolean printkStampAt(String s, int i) {
        int j = skipSpaces(s, i + 1, s.length());
        int digits = j;
        while (j < s.length() && isDigit(s.charAt(j))) {
            j++;
        }
        if (j == digits || j >= s.length() || s.charAt(j) != '.') {
            return false;
        }
        int frac = ++j;
        while (j < s.length() && isDigit(s.charAt(j))) {
            j++;
        }
        return j - frac == 6 && j < s.length() && s.charAt(j) == ']'
                && (j + 1 == s.length() || s.charAt(j + 1) == ' ' || s.charAt(j + 1) == '[');
    }

    /**
     * The kernel's clock counts from boot: a bracketed stamp of 10^9 seconds (31 years) or more is
     * a Unix time another program printed (NetworkManager's "&lt;info&gt;  [1764064805.1234]"), not
     * a record's start, wherever a paste or a wrap puts it.
     */
    static final long MAX_SECONDS = 1_000_000_000L;

    /**
     * Reads "[ seconds.fraction]" at {@code i}; returns microseconds, or NOT_FOUND.
     * Fractions of other lengths than six digits are scaled, not misread.
     */
    public static long timestampAt(String s, int i, int to) {
        if (i >= to || s.charAt(i) != '[') {
            return NOT_FOUND;
        }
        int j = skipSpaces(s, i + 1, to);
        int intStart = j;
        long seconds = 0;
        char c;
        // Digits are summed as they are checked: this runs on every line of every log.
        while (j < to && (c = s.charAt(j)) >= '0' && c <= '9') {
            seconds = seconds * 10 + (c - '0');
            j++;
        }
        if (j == intStart || j - intStart > 12 || seconds >= MAX_SECONDS || j >= to || s.charAt(j) != '.') {
            return NOT_FOUND;
        }
        j++;
        int fracStart = j;
        long frac = 0;
        while (j < to && (c = s.charAt(j)) >= '0' && c <= '9') {
            frac = frac * 10 + (c - '0');
            j++;
        }
        int fracLen = j - fracStart;
        if (fracLen == 0 || fracLen > 9) {
            return NOT_FOUND;
        }
        if (j < to && s.charAt(j) == '@') { // vendor kernels print the CPU: "[  535.201598@1]"
            j++;
            while (j < to && isDigit(s.charAt(j))) {
                j++;
            }
        }
        j = skipSpaces(s, j, to);
        if (j < to && s.charAt(j) == '<') {
            // dmesg -d: "[  535.201598 <    0.000123>]", the delta to the previous record
            int close = s.indexOf('>', j);
            j = close < 0 || close >= to ? to : skipSpaces(s, close + 1, to);
        }
        if (j >= to || s.charAt(j) != ']') {
            return NOT_FOUND;
        }
        for (int k = fracLen; k < 6; k++) {
            frac *= 10;
        }
        for (int k = fracLen; k > 6; k--) {
            frac /= 10;
        }
        return seconds * 1_000_000L + frac;
    }

    /** CONFIG_PRINTK_CALLER adds "[  T123]" (task) or "[    C0]" (CPU) after the time. */
    private static int skipCallerId(String s, int i, int to) {
        int vendor = skipVendorTask(s, i, to);
        if (vendor != i) {
            return vendor;
        }
        if (i >= to || s.charAt(i) != '[') {
            return i;
        }
        int j = skipSpaces(s, i + 1, to);
        if (j >= to || s.charAt(j) != 'T' && s.charAt(j) != 'C') {
            return i;
        }
        int k = j + 1;
        while (k < to && isDigit(s.charAt(k))) {
            k++;
        }
        if (k == j + 1 || k >= to || s.charAt(k) != ']') {
            return i;
        }
        return skipSpaces(s, k + 1, to);
    }

    /**
     * The CPU and task that vendor kernels (Android phones and boards on Samsung, MediaTek,
     * Qualcomm parts) print after the timestamp: "[1:  kworker/1:2:  123] " or
     * "(1)[123:kworker/1:2]". Skipped like the mainline caller id, so the origin after it is read.
     * MediaTek's Android kernels (a smart speaker's, a tablet's) may put a number in angle brackets
     * before the task and their module's tag after it ("<0> (2)[1:swapper/0][name:mt_soc_codec&]"):
     * skipped with the task only, so a message of a device that opens with "<0>" is kept whole.
     */
    private static int skipVendorTask(String s, int i, int to) {
        int mark = skipAngleNumber(s, i, to);
        int task = skipTask(s, mark, to);
        if (task == mark) {
            return i;
        }
        return skipModuleTag(s, task, to);
    }

    /** "<0> ": one or two digits in angle brackets and the spaces after them, or nothing. */
    private static int skipAngleNumber(String s, int i, int to) {
        if (i + 2 >= to || s.charAt(i) != '<' || !isDigit(s.charAt(i + 1))) {
            return i;
        }
        int j = isDigit(s.charAt(i + 2)) ? i + 3 : i + 2;
        return j < to && s.charAt(j) == '>' ? skipSpaces(s, j + 1, to) : i;
    }

    /** MediaTek's "[name:mt_soc_codec&]" after a task: the module that printed, before its words. */
    private static int skipModuleTag(String s, int i, int to) {
        if (!s.startsWith("[name:", i)) {
            return i;
        }
        int close = s.indexOf("&]", i);
        int space = s.indexOf(' ', i); // a module's name has none
        return close < 0 || close + 2 > to || space >= 0 && space < close ? i : close + 2;
    }

    private static int skipTask(String s, int i, int to) {
        if (i >= to) {
            return i;
        }
        char c = s.charAt(i);
        if (c == '(') {
            int j = i + 1;
            while (j < to && isDigit(s.charAt(j))) {
                j++;
            }
            if (j == i + 1 || j + 1 >= to || s.charAt(j) != ')' || s.charAt(j + 1) != '[') {
                return i;
            }
            int k = j + 2;
            int pidStart = k;
            while (k < to && isDigit(s.charAt(k))) {
                k++;
            }
            int close = s.indexOf(']', k);
            if (k == pidStart || k >= to || s.charAt(k) != ':' || close < 0 || close >= to) {
                return i;
            }
            return skipSpaces(s, close + 1, to);
        }
        if (c != '[') {
            return i;
        }
        int j = i + 1;
        while (j < to && isDigit(s.charAt(j))) {
            j++;
        }
        if (j == i + 1 || j >= to || s.charAt(j) != ':') {
            return i;
        }
        int close = s.indexOf(']', j);
        if (close < 0 || close >= to) {
            return i;
        }
        int k = close - 1;
        while (k > j && s.charAt(k) == ' ') {
            k--;
        }
        int pidEnd = k + 1;
        while (k > j && isDigit(s.charAt(k))) {
            k--;
        }
        if (k + 1 == pidEnd || s.charAt(k) != ' ' && s.charAt(k) != ':') {
            return i; // "[N: comm: pid]" ends in a pid
        }
        while (k > j && s.charAt(k) == ' ') {
            k--;
        }
        if (s.charAt(k) != ':' || k == j) {
            return i;
        }
        return skipSpaces(s, close + 1, to);
    }

    /**
     * journalctl -o short-monotonic's host and tag after the kernel's stamp ("[  535.201598]
     * imx6board kernel: msg"): in a log of that format they are its prefix, but appended to a
     * plain dmesg log its lines open with dmesg's own stamp, and the host would be read as a
     * driver. One word, then "kernel: ": no message in the kernel's sources starts so (the one
     * sentence that does, qed's "Kdump kernel: ...", follows the driver's own prefix).
     */
    private static int skipJournalTag(String s, int i, int to) {
        int space = s.indexOf(' ', i);
        if (space <= i || space >= to || !s.startsWith(JOURNAL_TAG, space + 1) || space + 1 + JOURNAL_TAG.length() > to) {
            return i;
        }
        for (int k = i; k < space; k++) {
            if (s.charAt(k) == ':' || s.charAt(k) == '[') {
                return i;
            }
        }
        return space + 1 + JOURNAL_TAG.length();
    }

    private static final String JOURNAL_TAG = "kernel: ";

    /**
     * The journal's or syslog's tag alone before a record, its date and host cut off when pasted
     * ("kernel: hdaudio hdaudioC0D0: no AFG or MFG node found"): no message of the kernel's
     * begins so.
     */
    private static int skipBareTag(String s, int i, int to) {
        return s.startsWith(JOURNAL_TAG, i) && i + JOURNAL_TAG.length() < to ? i + JOURNAL_TAG.length() : i;
    }

    /**
     * Dynamic debug with +mfl prints "module:function:line: " before the message; two or more
     * colon-joined identifiers with no space between them cannot be a message's own start.
     */
    private static int skipDecoration(String s, int i, int to) {
        int j = i;
        int parts = 0;
        while (j < to) {
            int start = j;
            while (j < to && isWordChar(s.charAt(j))) {
                j++;
            }
            if (j == start || j >= to || s.charAt(j) != ':') {
                return i;
            }
            parts++;
            j++;
            if (j < to && s.charAt(j) == ' ') {
                return parts >= 2 ? skipSpaces(s, j, to) : i;
            }
        }
        return i;
    }

    /**
     * dev_printk prints "driver device: ": two tokens and a colon. Returns the index of that
     * colon, or -1. Driver names have no colon (a few have a comma, "st,stm32-sai-sub", or a
     * '+', "cs4232+"); device names (unit-address.node, I2C "0-000a", PCI "0000:00:1f.3", a DT
     * node's "30010000.fsl,xcvr") have no space and no slash.
     */
    static int originEnd(String s, int i, int to) {
        if (i >= to || !Character.isLetter(s.charAt(i))) {
            return -1;
        }
        int j = i;
        while (j < to && (isWordChar(s.charAt(j)) || s.charAt(j) == '-' || s.charAt(j) == '.' || s.charAt(j) == '+'
                || s.charAt(j) == ',' && j + 1 < to && isWordChar(s.charAt(j + 1)))) {
            j++; // a comma only inside the name: "st,stm32-sai-sub" (DT-compatible driver names); "cs4232+"
        }
        if (j >= to || s.charAt(j) != ' ') {
            return -1;
        }
        int devStart = j + 1;
        int colon = s.indexOf(": ", devStart);
        if (colon < 0 || colon + 1 >= to || colon == devStart || allDigits(s, devStart, colon)) {
            return -1; // a device is never a number alone: "irq 58: nobody cared" is printk's own text
        }
        for (int k = devStart; k < colon; k++) {
            char c = s.charAt(k);
            if (!(isWordChar(c) || c == '-' || c == '.' || c == ':' || c == '+' || c == '@'
                    || c == ',' && k + 1 < colon && isWordChar(s.charAt(k + 1)))) {
                return -1; // a comma, as DT node names may have, only inside the name
            }
        }
        return colon;
    }

    private static final String ASOC = "ASoC: ";

    /**
     * Where the text starts after the name of a device that has no driver, which dev_printk
     * prints after an empty driver name, so two spaces before it ("]  1c22400.i2s-pcm5102a-hifi:
     * ASoC: error at ...", a DPCM front end's "]  MultiMedia1: ASoC: no backend DAIs enabled for
     * MultiMedia1"): an ASoC DAI link's runtime device, named after its DAI or link. Only a name
     * with a digit and a '.' or '-' in it, or a capital first and a digit (as device and link
     * names have, and a message's own first word after two spaces rarely does; a hex dump's
     * "00000000:" is neither) is taken, as the record's device with no driver. After one space
     * (a forum page or a mail collapsed the two) the name is taken only before "ASoC: ", the
     * ASoC core's own words, which it prints through dev_printk alone.
     */
    static int withoutBareDevice(String s, int i, int to) {
        int spaces = 0;
        while (spaces < 3 && i - spaces > 0 && s.charAt(i - spaces - 1) == ' ') {
            spaces++;
        }
        boolean collapsed = spaces == 1;
        if (spaces != 2 && !collapsed) {
            return i;
        }
        boolean digit = false;
        boolean separator = false;
        int j = i;
        while (j < to && (isWordChar(s.charAt(j)) || s.charAt(j) == '-' || s.charAt(j) == '.')) {
            digit |= isDigit(s.charAt(j));
            separator |= s.charAt(j) == '-' || s.charAt(j) == '.';
            j++;
        }
        boolean capital = j > i && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z';
        if (j == i || !digit || !(separator || capital) || j + 1 >= to || s.charAt(j) != ':' || s.charAt(j + 1) != ' '
                || collapsed && !s.startsWith(ASOC, j + 2)) {
            return i;
        }
        return j + 2;
    }

    /**
     * Does the text start with an origin that looks like a kernel device's? Driver and device
     * names of the kernel carry digits, dashes or underscores ("imx-sgtl5000 sound",
     * "usb 1-1"); words of a bootloader or a person ("Reset cause: POR") do not.
     */
    public static boolean hasKernelOrigin(String s, int from, int to) {
        int start = skipSpaces(s, from, to);
        int tagged = skipBareTag(s, start, to);
        int end = originEnd(s, tagged == start ? from : tagged, to);
        return end > 0 && looksKernel(s, tagged, end);
    }

    /** The same test for an origin already split into driver and device. */
    public static boolean looksKernel(String driver, String device) {
        return !driver.isEmpty() && (looksKernel(driver, 0, driver.length()) || looksKernel(device, 0, device.length()));
    }

    private static boolean looksKernel(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (isDigit(c) || c == '-' || c == '_') {
                return true;
            }
        }
        return false;
    }

    static int skipSpaces(String s, int i, int to) {
        while (i < to && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return to > from;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_';
    }
}
