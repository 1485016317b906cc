package io.xrunlens.parser;

import io.xrunlens.catalog.MessageCatalog;
import io.xrunlens.kb.SoundDrivers;
import io.xrunlens.kb.Words;
import io.xrunlens.record.Record;

/**
 * The tags older kernels printed before an audio driver's text where dev_printk prints its driver
 * and device today: the reader types such a line as that driver's, and the joiner of cut lines
 * weighs it so.
 */
final class DriverTags {
    private DriverTags() {
    }

    /**
     * A record with no origin whose text opens with an audio driver's name or tag and ": ", as
     * older kernels' snd_printk printed HDA's lines ("hda-intel: no codecs initialized",
     * "hda_codec: …", after a verbose printk's "ALSA sound/pci/hda/hda_intel.c:593: "): the same
     * record as that driver's, with no device, its text after the tag; null for another. A
     * name is the driver's when {@code older-names.tsv} knows it, or when it is a module's
     * (with a '_' or '-') that {@code drivers.tsv} knows or an audio driver's source file has
     * ("snd_hda_intel", "hda_intel" for hda_intel.c): a word or a name with a digit alone may be
     * any "%s: " a driver prints ("sai1", a clock's name as much as a DAI's). So is one of the names
     * with a space those files know, before its device ("HDA Intel 0000:00:1b.0: "). Asked of
     * records with a clock: in a stamped log a line without one is a piece a mailer or terminal
     * cut ("… deferred probe pending:" / "asoc-simple-card: parse error"), not a driver's line.
     */
    static Record tagged(Record framed, SoundDrivers drivers) {
        if (!framed.driver().isEmpty() || !framed.hasTime()) {
            return null;
        }
        String text = MessageCatalog.withoutAlsaSource(framed.text());
        for (String name : drivers.spacedNames()) {
            Record spaced = spacedOrigin(framed, text, name);
            if (spaced != null) {
                return spaced;
            }
        }
        int end = 0;
        while (end < text.length() && (Words.isWordChar(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        if (end < 2 || !Character.isLetter(text.charAt(0)) || !text.startsWith(": ", end) || end + 2 >= text.length()) {
            return null;
        }
        String tag = text.substring(0, end);
        boolean moduleLike = tag.indexOf('_') > 0 || tag.indexOf('-') > 0;
        if (!drivers.isOlderTag(tag) && !(moduleLike && (drivers.isSound(tag) || drivers.folderOrFileFolder(tag) != null))) {
            return null;
        }
        return new Record(framed.line(), framed.boot(), framed.micros(), framed.level(), tag, "",
                text.substring(end + 2));
    }

    /**
     * The record as {@code name}'s (a driver's name with a space, "HDA Intel") when its text opens
     * with that name, a space, a device (no space in it) and ": "; else null.
     */
    private static Record spacedOrigin(Record framed, String text, String name) {
        int device = name.length() + 1;
        if (!text.startsWith(name) || text.length() <= device || text.charAt(name.length()) != ' ') {
            return null;
        }
        int colon = text.indexOf(": ", device);
        if (colon <= device || text.indexOf(' ', device) < colon || colon + 2 >= text.length()) {
            return null;
        }
        return new Record(framed.line(), framed.boot(), framed.micros(), framed.level(), name,
                text.substring(device, colon), text.substring(colon + 2));
    }
}
