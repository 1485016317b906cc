package io.xrunlens.parser;

import io.xrunlens.event.Message;
import io.xrunlens.kb.KnowledgeBase;
import io.xrunlens.record.Record;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the rest of a line (all but its clock) gave, by the rest's bytes: a debug log prints the
 * same few lines again and again with only the clock changed ("[  100.001351] imx-sgtl5000
 * sound: snd_pcm_period_elapsed()"), and a line seen before needs no decoding, framing, keyword
 * search or parsing. Only lines that gave exactly one record, stamped with the line's clock,
 * are kept: the record is made again with the new line number and clock.
 *
 * <p>An open-addressing table of {@link #SLOTS} entries, swept when three quarters full: the
 * entries asked for since the last sweep stay, the others go. A log whose every line carries a
 * new address or serial fills the table with rests that never come again; emptying it whole
 * threw out the few dozen that come back on every other line with them. Per thread (not
 * thread-safe), like the parser.
 */
final class RestMemo {
    private static final int SLOTS = 1 << 13;
    private static final int MAX_FILL = SLOTS * 3 / 4;
    /** Rests longer than this are not kept (a stack of text that will not come again). */
    static final int MAX_REST = 256;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * One kept rest: a skimmed record ({@code record} null) or a typed one without line and clock;
     * for a shape's typed record, where its parts lie ({@link RecordSpans}).
     */
    record Kept(byte[] rest, int hash, boolean hasOrigin, Record record, Message message, RecordSpans spans) {
    }

    /** One per thread, reused from input to input while they are read the same way. */
    private static final ThreadLocal<RestMemo> MEMOS = ThreadLocal.withInitial(RestMemo::new);
    /** The same for shapes ({@link NumberShape}) of rests that were skimmed quietly. */
    private static final ThreadLocal<RestMemo> SHAPES = ThreadLocal.withInitial(RestMemo::new);

    /** Whether the memo is worth asking ({@link MemoWorth}): a log whose every line is new finds nothing in it. */
    private final MemoWorth worth = new MemoWorth();

    private final Kept[] table = new Kept[SLOTS];
    /** Per slot: whether its entry was found since the last sweep. */
    private final boolean[] used = new boolean[SLOTS];
    private int fill;
    /** What the kept records were framed by and for: another format or sink starts afresh. */
    private Object format;
    private boolean forwardUnknown;
    /** The knowledge base the kept records were typed with: another (a user's --kb) starts afresh. */
    private KnowledgeBase kb;

    /**
     * This thread's memo for lines framed by {@code format} for a sink that does (or does not)
     * want Unknown records: what a rest gives depends on both.
     */
    static RestMemo forThread(Object format, boolean forwardUnknown) {
        return of(MEMOS.get(), format, forwardUnknown);
    }

    /** This thread's memo of shapes: a rest whose shape is kept was skimmed, with an origin. */
    static RestMemo shapesForThread(Object format, boolean forwardUnknown) {
        return of(SHAPES.get(), format, forwardUnknown);
    }

    private static RestMemo of(RestMemo m, Object format, boolean forwardUnknown) {
        KnowledgeBase kb = KnowledgeBase.active();
        if (m.format != format || m.forwardUnknown != forwardUnknown || m.kb != kb) {
            m.restart();
            m.format = format;
            m.forwardUnknown = forwardUnknown;
            m.kb = kb;
        }
        return m;
    }

    /**
     * Whether the memo rests for this line ({@link MemoWorth}): then it is neither asked nor
     * told. Each call while it rests counts one line off.
     */
    boolean resting() {
        return worth.resting();
    }

    /** What {@code b[from, to)} gave before, or null. */
    Kept find(byte[] b, int from, int to, int hash) {
        int i = hash & (SLOTS - 1);
        Kept k;
        while ((k = table[i]) != null) {
            if (k.hash == hash && Arrays.equals(k.rest, 0, k.rest.length, b, from, to)) {
                used[i] = true;
                worth.count(true);
                return k;
            }
            i = (i + 1) & (SLOTS - 1);
        }
        worth.count(false);
        return null;
    }

    /** Keeps what a rest gave: a skimmed record ({@code record} null) or a typed one. */
    void keep(byte[] b, int from, int to, int hash, boolean hasOrigin, Record record, Message message) {
        keep(b, from, to, hash, hasOrigin, record, message, null);
    }

    /** Keeps a shape's typed record and where its parts lie ({@link RecordSpans}). */
    void keep(byte[] b, int from, int to, int hash, boolean hasOrigin, Record record, Message message, RecordSpans spans) {
        if (to - from > MAX_REST) {
            return;
        }
        if (fill >= MAX_FILL) {
            sweep();
        }
        put(new Kept(Arrays.copyOfRange(b, from, to), hash, hasOrigin, record, message, spans));
    }

    private void put(Kept k) {
        int i = k.hash & (SLOTS - 1);
        while (table[i] != null) {
            i = (i + 1) & (SLOTS - 1);
        }
        table[i] = k;
        fill++;
    }

    /**
     * Keeps the entries found since the last sweep, unless they are over half the table (then
     * most lines repeat, and starting afresh costs little).
     */
    private void sweep() {
        List<Kept> found = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            if (used[i]) {
                found.add(table[i]);
            }
        }
        clear();
        if (found.size() < SLOTS / 2) {
            found.forEach(this::put);
        }
    }

    private void clear() {
        Arrays.fill(table, null);
        Arrays.fill(used, false);
        fill = 0;
    }

    /** Forgets what the windows found: another input, format or sink starts asking at once. */
    private void restart() {
        clear();
        worth.restart();
    }

    /**
     * A rest's hash for a line whose prefix gave printk {@code level} (-1 for none): the same
     * rest at another level is another entry (an info line is never an error row's), since
     * entries are told apart by their hash before their bytes.
     */
    static int withLevel(int hash, int level) {
        return level < 0 ? hash : hash ^ (level + 1) * 0x9E3779B9;
    }

    /** A hash of {@code b[from, to)}, eight bytes at a time. */
    static int hash(byte[] b, int from, int to) {
        long h = to - from;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
        }
        for (; i < to; i++) {
            h = (h ^ b[i]) * 0x9E3779B97F4A7C15L;
        }
        return (int) (h ^ h >>> 29 ^ h >>> 47);
    }
}
