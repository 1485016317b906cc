package io.xrunlens.kb;

import io.xrunlens.catalog.MessageFamily;
import io.xrunlens.catalog.MessageForm;
import io.xrunlens.event.Message;
import io.xrunlens.event.PcmDirection;
import io.xrunlens.record.Record;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A line of an audio or DMA driver that no message of the knowledge base prints but that reads
 * as an error: a newer or vendor kernel's message. It becomes a low-confidence note
 * ({@link MessageFamily#UNRECOGNISED}) rather than silence. An error is told by the printk level
 * where the log keeps it (emerg to err; notice, info and debug never are) and otherwise by its
 * words. The formats read every line whose first word is such a driver's name
 * ({@link SoundDrivers#startsWithSound}) instead of only counting it; reading every line that
 * says "error" instead cost a sixth of the run.
 */
public final class UnrecognisedError {
    /** The form every such line is: its whole text is its one value. */
    public static final MessageForm FORM = new MessageForm("kb.unrecognised", MessageFamily.UNRECOGNISED, "%s",
            PcmDirection.UNKNOWN, List.of(), true, "", "an audio or DMA driver, in no message of the knowledge base",
            "fsl-sai 30c30000.sai: FIFO went dry while the link was up");
    private static final Pattern ERROR_WORDS = Pattern.compile("(?i)\\b(?:errors?|err|fail(?:ed|ure|s)?|"
            + "timed out|time ?out|underrun|overrun|overflow|unable|cannot|can't|invalid|not ready|no response)\\b");
    private static final int LEVEL_ERR = 3;
    private static final int LEVEL_NOTICE = 5;

    private UnrecognisedError() {
    }

    /** Whether a text holds a word of an error ("failed", "timed out", "underrun"). */
    public static boolean holdsErrorWords(String text) {
        return ERROR_WORDS.matcher(text).find();
    }

    /** The note a record is, if it is an audio or DMA driver's error that nothing else read. */
    public static Optional<Message> of(Record r, SoundDrivers drivers) {
        if (!r.hasOrigin() || r.level() >= LEVEL_NOTICE || !drivers.isSound(r.driver())) {
            return Optional.empty();
        }
        boolean error = r.level() >= 0 && r.level() <= LEVEL_ERR || holdsErrorWords(r.text());
        return error ? Optional.of(new Message.Catalogued(FORM, List.of(r.text()))) : Optional.empty();
    }
}
