package io.xrunlens.event;

import io.xrunlens.record.Record;

/** A record and its typed reading. {@link Message.Unknown} when the grammar does not know it. */
public record Event(Record record, Message message) {

    public boolean isUnknown() {
        return message instanceof Message.Unknown;
    }

    public long micros() {
        return record.micros();
    }
}
