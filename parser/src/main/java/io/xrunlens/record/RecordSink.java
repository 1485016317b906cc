package io.xrunlens.record;

/** Receives framed records in input order. */
@FunctionalInterface
public interface RecordSink {
    void accept(Record record);

    /** The wrapper says a new boot starts here (journald "-- Boot ... --", "-- Reboot --"). */
    default void bootSeparator() {
    }

    /**
     * A record that was counted but not framed in full, because its line holds nothing the
     * grammar knows (see EventSink#wantsUnknown): only its clock and whether it has an origin.
     */
    default void skipped(long micros, boolean hasOrigin) {
    }

    /** The wrapper names the boot of the next record (journald _BOOT_ID); a change starts a boot. */
    default void bootId(String id) {
    }
}
