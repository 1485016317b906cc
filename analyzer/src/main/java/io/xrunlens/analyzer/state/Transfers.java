package io.xrunlens.analyzer.state;

import io.xrunlens.event.Event;
import io.xrunlens.event.Message;

/** The kind of transfer a prep record set up, as findings and triage signatures name it. */
public final class Transfers {
    private Transfers() {
    }

    /** "cyclic" (audio ring buffer), "slave-sg", "memcpy", or empty when the record is no prep. */
    public static String of(Event prep) {
        if (prep == null) {
            return "";
        }
        Message m = prep.message();
        if (m instanceof Message.SgSetup) {
            return "slave-sg";
        }
        if (m instanceof Message.ChannelCall c) {
            return switch (c.role()) {
                case PREP_CYCLIC -> "cyclic";
                case PREP_SLAVE_SG -> "slave-sg";
                case PREP_MEMCPY -> "memcpy";
                default -> "";
            };
        }
        return "";
    }
}
