package io.xrunlens.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where ended boots are finished (their rules' last word, their findings chained into incidents,
 * the result folded): on one thread of its own, in the order the boots ended, while the calling
 * thread goes on with the next boot's events. A log of many short boots (a fleet's, a board
 * rebooted in a loop) spent half its calling thread's time finishing boots while the readers
 * waited for it; one thread in order keeps the fold's input, and so the report, what finishing
 * them in place gave.
 *
 * <p>Boots are handed over in batches, {@link #BATCH} boots or {@link #BATCH_WEIGHT} findings at
 * a time: a hand-over per short boot cost a thread's wake-up each. What is left at the end is
 * finished in place when no batch was handed over, so a short log starts no thread. At most
 * {@link #PENDING} batches wait, which bounds the memory they hold: the caller waits when the
 * finisher falls behind. A finisher made {@linkplain #inPlace() in place} (a live watch, which
 * prints each boot as it ends) does each boot's work where and when it is asked.
 */
final class BootFinisher {
    /** Boots in a batch, at most. */
    static final int BATCH = 32;
    /** Findings in a batch past which it is handed over before it has {@link #BATCH} boots. */
    static final int BATCH_WEIGHT = 256;
    /** Batches handed over and not yet finished, at most: their boots hold their findings until then. */
    static final int PENDING = 4;

    private final boolean inPlace;
    private final Semaphore room = new Semaphore(PENDING);
    /** The first failure of a boot's finishing, thrown to the caller by {@link #await}. */
    private final AtomicReference<Throwable> failed = new AtomicReference<>();
    private List<Runnable> batch = new ArrayList<>();
    private int weight;
    private ThreadPoolExecutor thread;

    private BootFinisher(boolean inPlace) {
        this.inPlace = inPlace;
    }

    /** A finisher with a thread of its own, started when a batch is first handed over. */
    static BootFinisher background() {
        return new BootFinisher(false);
    }

    /** A finisher that does the work where it is asked, at once. */
    static BootFinisher inPlace() {
        return new BootFinisher(true);
    }

    /**
     * Finishes a boot (or a part of one) after every boot given before it.
     *
     * @param findings how many findings it holds (the weight of its work)
     */
    void finish(Runnable work, int findings) {
        if (inPlace) {
            work.run();
            return;
        }
        batch.add(work);
        weight += findings;
        if (batch.size() >= BATCH || weight >= BATCH_WEIGHT) {
            handOver();
        }
    }

    private void handOver() {
        if (thread == null) {
            thread = start();
        }
        List<Runnable> given = take();
        room.acquireUninterruptibly();
        thread.execute(() -> {
            try {
                for (Runnable work : given) {
                    if (failed.get() == null) {
                        work.run();
                    }
                }
            } catch (RuntimeException | Error e) {
                failed.compareAndSet(null, e);
            } finally {
                room.release();
            }
        });
    }

    /** The batch gathered so far, a new one begun. */
    private List<Runnable> take() {
        List<Runnable> given = batch;
        batch = new ArrayList<>();
        weight = 0;
        return given;
    }

    /**
     * Finishes every boot given, then lets the thread go; what they left is then safe to read
     * from the calling thread. A failure in finishing one is thrown here.
     */
    void await() {
        if (thread == null) {
            for (Runnable work : take()) {
                work.run();
            }
            return;
        }
        if (!batch.isEmpty()) {
            handOver();
        }
        room.acquireUninterruptibly(PENDING); // every batch gives its permit back when done
        room.release(PENDING);
        thread.shutdown();
        thread = null;
        Throwable t = failed.getAndSet(null);
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    /**
     * One thread, batches in the order given. A daemon that ends when idle: an analysis abandoned
     * half-way (its input failed) leaves no thread behind in a long-lived process (triage, Spark).
     */
    private static ThreadPoolExecutor start() {
        ThreadPoolExecutor one = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "xrunlens-boots");
            t.setDaemon(true);
            return t;
        });
        one.allowCoreThreadTimeOut(true);
        return one;
    }
}
