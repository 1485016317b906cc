package io.xrunlens.parser;

import io.xrunlens.format.LogFormat;
import io.xrunlens.input.BlockLines;
import io.xrunlens.input.LineBlocks;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the rest of a large input on all cores: blocks of whole lines are framed and typed on
 * worker threads, and their records handed on in input order on the calling thread, which also
 * runs what consumes them (the analysis). The result is the same as reading line by line: a
 * line's records depend only on the line (the format is {@link LogFormat#lineLocal}), and every
 * decision that needs order (boots, counts, line numbers) is taken when the blocks are replayed.
 * A format with state (a year-less clock) frames each block with a copy of itself; a block the
 * copy could not frame as the format would have (it missed a New Year's Eve in a block before)
 * is framed again on the calling thread. Memory: at most one block per worker, and one more, in flight.
 */
final class BlockReading {
    /** Worker threads: one per core, at most four (the calling thread needs one too). */
    static final int WORKERS = Math.min(4, Runtime.getRuntime().availableProcessors());
    /**
     * Blocks read ahead of the calling thread: one per worker and one more, so that a worker
     * never waits for the next block. Each holds a megabyte's records until it is analysed;
     * twice as many were alive at every young collection and were promoted, which cost a
     * log heavy in findings 3–4% of its CPU and 5–10 MB of RSS for nothing.
     */
    private static final int IN_FLIGHT = WORKERS + 1;

    /** Shared by every input of the process; daemon threads, so they never keep it alive. */
    private static ExecutorService pool;

    private BlockReading() {
    }

    /** Whether there is a core to spare for it. */
    static boolean worthIt() {
        return WORKERS >= 2;
    }

    /** Lines read, lines cut at the length limit, and the read error that ended the input early (or null). */
    record Counts(long lines, long truncated, IOException failure) {
    }

    /**
     * Hands every record of {@code blocks} to {@code out}, the first block's lines numbered
     * from {@code linesBefore} + 1. A read error ends the input: the lines before it are handed on.
     */
    static Counts read(LineBlocks blocks, LogFormat format, int maxLineBytes, boolean forwardUnknown,
                       TypedSink out, long linesBefore) throws IOException {
        return read(blocks, format, maxLineBytes, forwardUnknown, out, linesBefore, null);
    }

    /**
     * The same for an input whose cut lines {@code joiner} joins (or null): each block, which
     * starts where no cut piece can, is read with a joiner of its own, whose counts this one takes.
     */
    static Counts read(LineBlocks blocks, LogFormat format, int maxLineBytes, boolean forwardUnknown,
                       TypedSink out, long linesBefore, WrapJoiner joiner) throws IOException {
        Deque<Future<Tape>> inFlight = new ArrayDeque<>();
        IOException failure = null;
        boolean ended = false;
        long line = linesBefore;
        long truncated = 0;
        try {
            while (true) {
                while (!ended && inFlight.size() < IN_FLIGHT) {
                    LineBlocks.Block block;
                    try {
                        block = blocks.next();
                    } catch (IOException e) {
                        failure = e;
                        block = null;
                    }
                    if (block == null) {
                        ended = true;
                    } else {
                        LineBlocks.Block b = block;
                        LogFormat copy = format.forBlock();
                        inFlight.add(pool().submit(() -> type(b, copy, maxLineBytes, forwardUnknown, joiner)));
                    }
                }
                Future<Tape> next = inFlight.poll();
                if (next == null) {
                    break;
                }
                Tape tape = next.get();
                if (!format.follows(tape.framedWith)) {
                    tape = type(tape.block, format, maxLineBytes, forwardUnknown, joiner); // framed again, here, in order
                }
                tape.replay(out, line);
                if (joiner != null) {
                    joiner.absorb(tape.joiner);
                }
                blocks.recycle(tape.block.data()); // its records are made: nothing reads its bytes now
                line += tape.lines;
                truncated += tape.truncatedLines;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            inFlight.forEach(f -> f.cancel(true));
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            inFlight.forEach(f -> f.cancel(true));
            // thrown as it would have been on one thread: a bug, or an Error (out of memory) that
            // the command reports in words
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return new Counts(line - linesBefore, truncated, failure);
    }

    /** Frames and types one block on a worker; its lines are numbered from 1. */
    private static Tape type(LineBlocks.Block block, LogFormat format, int maxLineBytes, boolean forwardUnknown,
                             WrapJoiner joiner) throws IOException {
        Tape tape = new Tape(block, format);
        MessageParser parser = LogReader.parser();
        RecordTyper typer = new RecordTyper(parser, forwardUnknown, tape);
        BlockLines lines = new BlockLines(block.data(), block.length(), maxLineBytes);
        if (joiner != null) {
            tape.joiner = joiner.forBlock(lines, parser);
        }
        TailGate gate = joiner == null ? null : new TailGate(lines, tape.joiner);
        while (gate == null ? typer.frameNext(format, lines) : gate.step(format, typer)) {
            // each step frames a line, joined or alone
        }
        tape.lines = lines.linesRead();
        tape.truncatedLines = block.cutLines() + lines.cutLines();
        return tape;
    }

    private static synchronized ExecutorService pool() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            pool = Executors.newFixedThreadPool(WORKERS, r -> {
                Thread t = new Thread(r, "xrunlens-reader-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }
}
