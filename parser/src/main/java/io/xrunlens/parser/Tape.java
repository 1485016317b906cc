package io.xrunlens.parser;

import io.xrunlens.event.Message;
import io.xrunlens.format.LogFormat;
import io.xrunlens.input.LineBlocks;
import io.xrunlens.record.Record;
import java.util.Arrays;

/**
 * What a block of lines gave, kept in order until the blocks before it are done: a skimmed
 * record is one byte and one long, a typed one its record and message.
 */
final class Tape implements TypedSink {
    private static final byte SKIPPED = 0;
    private static final byte SKIPPED_WITH_ORIGIN = 1;
    private static final byte TYPED = 2;
    private static final byte SEPARATOR = 3;
    private static final byte BOOT_ID = 4;
    private static final byte HOST = 5;

    private byte[] ops = new byte[1024];
    private long[] micros = new long[1024];
    private Object[] items = new Object[64];
    private int size;
    private int itemCount;
    /** Lines of the block and lines cut at the length limit: set by whoever filled the tape. */
    long lines;
    long truncatedLines;
    /** The joiner that read the block, for its counts (null when nothing is joined). */
    WrapJoiner joiner;
    /** The block the tape is of, and the format that framed it (to frame it again if it must be). */
    final LineBlocks.Block block;
    final LogFormat framedWith;

    Tape(LineBlocks.Block block, LogFormat framedWith) {
        this.block = block;
        this.framedWith = framedWith;
    }

    @Override
    public void skipped(long time, boolean hasOrigin) {
        add(hasOrigin ? SKIPPED_WITH_ORIGIN : SKIPPED, time);
    }

    @Override
    public void typed(Record record, Message message, long lineOffset) {
        add(TYPED, 0);
        item(record);
        item(message);
    }

    @Override
    public void bootSeparator() {
        add(SEPARATOR, 0);
    }

    @Override
    public void bootId(String id) {
        add(BOOT_ID, 0);
        item(id);
    }

    @Override
    public void host(String name) {
        add(HOST, 0);
        item(name);
    }

    /** Hands everything on, the records' lines counted from {@code lineOffset}. */
    void replay(TypedSink out, long lineOffset) {
        int item = 0;
        for (int i = 0; i < size; i++) {
            switch (ops[i]) {
                case SKIPPED -> out.skipped(micros[i], false);
                case SKIPPED_WITH_ORIGIN -> out.skipped(micros[i], true);
                case TYPED -> {
                    out.typed((Record) items[item], (Message) items[item + 1], lineOffset);
                    item += 2;
                }
                case SEPARATOR -> out.bootSeparator();
                case HOST -> out.host((String) items[item++]);
                default -> out.bootId((String) items[item++]);
            }
        }
    }

    private void add(byte op, long time) {
        if (size == ops.length) {
            ops = Arrays.copyOf(ops, size * 2);
            micros = Arrays.copyOf(micros, size * 2);
        }
        ops[size] = op;
        micros[size++] = time;
    }

    private void item(Object o) {
        if (itemCount == items.length) {
            items = Arrays.copyOf(items, itemCount * 2);
        }
        items[itemCount++] = o;
    }
}
