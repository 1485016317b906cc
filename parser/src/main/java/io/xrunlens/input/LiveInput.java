package io.xrunlens.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * An input that grows while it is read: standard input fed by {@code ssh board dmesg -w}, or a
 * file followed like {@code tail -F} (waited for until it appears, reopened when it is rotated,
 * read again from the start when it is truncated). A pump thread reads the source and hands
 * chunks over a bounded queue; the reading side, whenever nothing has come for
 * {@link #POLL_MILLIS}, tells its idle listener how long the input has been quiet, on the
 * reading thread, so a watcher can decide what waits for quiet without a thread of its own.
 */
public final class LiveInput extends InputStream {
    /** How often the reader wakes up when nothing comes. */
    public static final long POLL_MILLIS = 100;
    /** How often a followed file is looked at again at its end. */
    private static final long FOLLOW_MILLIS = 200;
    private static final int CHUNK = 64 * 1024;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(64);
    private final LongConsumer idle;
    private final Thread pump;
    private volatile boolean stopped;
    private volatile IOException failure;
    private byte[] current;
    private int pos;
    private boolean ended;
    private long lastData = System.nanoTime();

    private LiveInput(LongConsumer idle, Pump source) {
        this.idle = idle;
        this.pump = new Thread(() -> {
            try {
                source.run(this);
            } catch (ClosedChannelException e) {
                // a stop interrupts the pump, and an interrupt closes a file channel it is using
                // (ClosedByInterruptException): the end of the input, not a read that failed
                if (!stopped) {
                    failure = e;
                }
            } catch (IOException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                offerEnd();
            }
        }, "xrunlens-live-input");
        pump.setDaemon(true); // a blocked read of stdin must not keep the JVM alive
        pump.start();
    }

    @FunctionalInterface
    private interface Pump {
        void run(LiveInput to) throws IOException, InterruptedException;
    }

    /** A stream read as it comes (standard input, a pipe); ends at its end. */
    public static LiveInput of(InputStream in, LongConsumer idle) {
        return new LiveInput(idle, to -> {
            byte[] buf = new byte[CHUNK];
            int n;
            while (!to.stopped && (n = in.read(buf)) >= 0) {
                if (n > 0) {
                    to.put(Arrays.copyOf(buf, n));
                }
            }
        });
    }

    /**
     * A file followed like {@code tail -F}: waited for, read to its end and then as it grows,
     * reopened when another file takes its name (rotation), read from the start again when it
     * shrinks (truncation). Never ends by itself; {@link #stop()} ends it. {@code notes} hears
     * what happened to the file, in words.
     */
    public static LiveInput follow(Path file, LongConsumer idle, Consumer<String> notes) {
        return new LiveInput(idle, to -> to.followLoop(file, notes));
    }

    private void followLoop(Path file, Consumer<String> notes) throws IOException, InterruptedException {
        boolean waited = false;
        while (!stopped) {
            FileChannel ch;
            Object key;
            try {
                ch = FileChannel.open(file, StandardOpenOption.READ);
                key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            } catch (NoSuchFileException e) {
                if (!waited) {
                    notes.accept(file + ": waiting for it to appear");
                    waited = true;
                }
                Thread.sleep(FOLLOW_MILLIS);
                continue;
            }
            try (FileChannel open = ch) {
                followOne(open, file, key, notes);
            }
        }
    }

    /** Reads one file until another takes its name or the watch stops. */
    private void followOne(FileChannel ch, Path file, Object key, Consumer<String> notes)
            throws IOException, InterruptedException {
        ByteBuffer buf = ByteBuffer.allocate(CHUNK);
        while (!stopped) {
            buf.clear();
            int n = ch.read(buf);
            if (n > 0) {
                put(Arrays.copyOf(buf.array(), n));
                continue;
            }
            Thread.sleep(FOLLOW_MILLIS);
            Object now;
            try {
                now = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            } catch (NoSuchFileException e) {
                now = null;
            }
            if (!Objects.equals(now, key)) {
                drainRest(ch, buf);
                notes.accept(file + ": rotated, reading the new file");
                return;
            }
            if (ch.size() < ch.position()) {
                notes.accept(file + ": truncated, reading it from the start");
                ch.position(0);
            }
        }
    }

    /** What the old file got between its last read and the rotation. */
    private void drainRest(FileChannel ch, ByteBuffer buf) throws IOException, InterruptedException {
        buf.clear();
        int n;
        while ((n = ch.read(buf)) > 0) {
            put(Arrays.copyOf(buf.array(), n));
            buf.clear();
        }
    }

    private void put(byte[] chunk) throws InterruptedException {
        while (!stopped && !chunks.offer(chunk, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            // the reader is behind: wait for room, but not past a stop
        }
    }

    private void offerEnd() {
        boolean interrupted = Thread.interrupted(); // a stop interrupts the pump; the end must still get through
        try {
            while (!chunks.offer(END, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    chunks.clear(); // the reader stopped taking: make room for the end
                }
            }
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the input (Ctrl-C): what was read is still served, then the end. */
    public void stop() {
        stopped = true;
        pump.interrupt();
        // a pump blocked reading standard input is not woken by the interrupt: end the input here
        offerEnd();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (current == null || pos == current.length) {
            if (ended) {
                return -1;
            }
            byte[] c;
            try {
                c = chunks.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (c == null) {
                if (!pump.isAlive() && chunks.isEmpty()) {
                    // the pump is gone and nothing is left: the input has ended, even where no end
                    // mark came (the pump and a stop each offer one, and each clears a full queue
                    // first; a test run once waited forever after a stop for one that never came)
                    ended = true;
                    if (failure != null) {
                        throw failure;
                    }
                    return -1;
                }
                idle.accept(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastData));
                continue;
            }
            if (c == END) {
                ended = true;
                if (failure != null) {
                    throw failure;
                }
                return -1;
            }
            current = c;
            pos = 0;
            lastData = System.nanoTime();
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }

    /** Bytes at hand without waiting: the rest of the current chunk and the next one. */
    @Override
    public int available() {
        int here = current == null ? 0 : current.length - pos;
        byte[] next = chunks.peek();
        return here + (next == null || next == END ? 0 : next.length);
    }
}
