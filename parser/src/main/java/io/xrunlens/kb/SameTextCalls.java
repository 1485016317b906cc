package io.xrunlens.kb;

import io.xrunlens.catalog.MessageForm;
import io.xrunlens.event.KernelRelease;
import io.xrunlens.event.Message;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which of the calls of one source file that print one text a line is. Matching reads the text
 * only, so a line names whichever of them came first; two things the line or its boot say
 * choose among them: the function a conversion names ({@code "%s failed", __func__}), and the
 * release the boot runs, where the file prints the text at another level in another release.
 */
final class SameTextCalls {
    /** The rows of a form's file that print its text, its own among them. */
    private final Function<MessageForm, List<KbEntry>> callsOf;
    /** {@link #callsOf}'s answers by the form's id, asked for every typed line: bounded by the data. */
    private final Map<String, List<KbEntry>> known = new ConcurrentHashMap<>();

    SameTextCalls(Function<MessageForm, List<KbEntry>> callsOf) {
        this.callsOf = callsOf;
    }

    /**
     * The row of the call that printed the line, where its file prints the same text from several
     * functions and the line names one of them: most such texts begin with the function's own
     * name, and aw88399.c prints "%s failed" with dev_err from its codec probe and with dev_dbg
     * from five other functions; "aw_dev_pwd failed" is one of the debug calls. {@code message}
     * itself where no value is one of those functions' names.
     */
    Message.Catalogued byFunctionName(Message.Catalogued message) {
        List<KbEntry> same = calls(message.form());
        if (same.isEmpty()) {
            return message;
        }
        for (String value : message.values()) {
            for (KbEntry e : same) {
                if (value.equals(e.row.function()) && e.row.id().equals(message.form().id())) {
                    return message; // the row matched is that function's
                }
            }
        }
        for (String value : message.values()) {
            for (KbEntry e : same) {
                if (value.equals(e.row.function())) {
                    return new Message.Catalogued(e.form(), message.values());
                }
            }
        }
        return message;
    }

    /**
     * What a line of unknown level reads as on the kernel its boot names ("Linux version
     * 6.12.9"), where its file prints the same text at another level in another release: 6.1's
     * mt8186-afe-gpio.c prints "%s(), MOSI CLK ON select fail!" with dev_err, 6.12's with
     * dev_dbg, and a plain dmesg line of it on a 6.12 kernel is that debug call's note, not a
     * clock error. The release is that of the knowledge base's sources whose series it is, or,
     * beyond them, the newest (or before them, the oldest) of the releases the file's rows of that
     * text come from; a release between two of them keeps the row the line matched, as a line with
     * no "Linux version" does. {@code message} itself where nothing changes.
     */
    Message.Catalogued asOfKernel(Message.Catalogued message, KernelRelease release) {
        List<KbEntry> same = calls(message.form());
        if (same.isEmpty()) {
            return message; // the common case: one call of its file prints the text (or a hand-written row)
        }
        KbEntry matched = same.get(0);
        for (KbEntry e : same) {
            if (e.row.id().equals(message.form().id())) {
                matched = e;
            }
        }
        String series = seriesOf(same, release);
        if (series == null || matched.row.versions().contains(series)) {
            return message;
        }
        for (KbEntry e : same) {
            if (e.row.versions().contains(series)) {
                return new Message.Catalogued(e.form(), message.values());
            }
        }
        return message; // the release's source no longer prints it: the row matched is all there is
    }

    /**
     * The call of the text that prints it with no device before it, for a line printed so: 6.1's
     * opl3_oss.c prints "FM Error: Patch record too short" with snd_printk, 6.12's with dev_err,
     * and matching may name either. {@code message} itself where its own call needs no device,
     * null where none of the calls prints the text bare.
     */
    Message.Catalogued withoutOrigin(Message.Catalogued message) {
        if (message.form().acceptsDriver("")) {
            return message;
        }
        for (KbEntry e : calls(message.form())) {
            if (e.form().acceptsDriver("")) {
                return new Message.Catalogued(e.form(), message.values());
            }
        }
        return null;
    }

    /** The release among the rows' whose source {@code release} is read as, or null (between two). */
    private static String seriesOf(List<KbEntry> rows, KernelRelease release) {
        KernelRelease oldest = null;
        KernelRelease newest = null;
        for (KbEntry e : rows) {
            for (String v : e.row.versions()) {
                KernelRelease r = KernelRelease.parse(v);
                if (r.isSeries(release.major(), release.minor())) {
                    return v;
                }
                oldest = oldest == null || r.compareTo(oldest.major(), oldest.minor(), 0) < 0 ? r : oldest;
                newest = newest == null || r.compareTo(newest.major(), newest.minor(), 0) > 0 ? r : newest;
            }
        }
        if (newest != null && release.compareTo(newest.major(), newest.minor(), 0) > 0) {
            return newest.text();
        }
        return oldest != null && release.compareTo(oldest.major(), oldest.minor(), 0) < 0 ? oldest.text() : null;
    }

    private List<KbEntry> calls(MessageForm form) {
        List<KbEntry> same = known.get(form.id());
        if (same == null) {
            List<KbEntry> of = callsOf.apply(form);
            same = of.size() < 2 ? List.of() : List.copyOf(of);
            known.put(form.id(), same);
        }
        return same;
    }
}
