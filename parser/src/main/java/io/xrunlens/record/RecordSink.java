package io.xrunlens.record;

/** Receives framed records in input order. */
@FunctionalInterface
public interface RecordSink {
    void accept(Record record);
}
