package io.xrunlens.analyzer.triage;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.analyzer.LogAnalysis;
import io.xrunlens.input.ArchiveReader;
import io.xrunlens.input.BinarySniff;
import io.xrunlens.input.InputException;
import io.xrunlens.input.InputOpener;
import io.xrunlens.input.IoProblems;
import io.xrunlens.parser.LogReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Analyses many inputs on {@code jobs} threads. Each file is one task (an archive's members are
 * read in order within its task, as a stream); a task holds one input at a time, so memory is
 * bounded by the jobs, not by the number of files. Results do not depend on scheduling: every
 * input is analysed on its own and the report is sorted by name.
 */
public final class TriageRun {
    /** Archives inside archives are opened this deep (the outer archive is level 1). */
    static final int MAX_NESTING = 4;

    private final LogAnalysis analysis;
    private final int jobs;
    private final InputTree.Filter members;

    /** @param members which archive members are read (the same globs as for a folder's files) */
    public TriageRun(LogReader.Options options, int jobs, InputTree.Filter members) {
        this.analysis = new LogAnalysis(options);
        this.jobs = Math.max(1, jobs);
        this.members = members;
    }

    /** @param progress told the number of finished files after each one */
    public TriageReport run(List<InputTree.Candidate> candidates, IntConsumer progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<List<TriageResult>>> futures = new ArrayList<>();
            for (InputTree.Candidate c : candidates) {
                futures.add(pool.submit(() -> {
                    List<TriageResult> r = analyse(c);
                    progress.accept(done.incrementAndGet());
                    return r;
                }));
            }
            List<TriageResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.addAll(futures.get(i).get());
                } catch (ExecutionException e) {
                    // A bug on one input must not sink the run: report it as that input's error.
                    results.add(new TriageResult(candidates.get(i).name(), Optional.empty(),
                            List.of(candidates.get(i).name() + ": internal error: " + e.getCause()), Optional.empty()));
                }
            }
            return TriageReport.of(results);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One file: a log, or an archive's members one by one; binaries are skipped by content. Also
     * used by {@code analyze} for archives.
     */
    public List<TriageResult> analyse(InputTree.Candidate c) {
        if (c.error().isPresent()) {
            return List.of(new TriageResult(c.name(), Optional.empty(), List.of(c.error().get()), Optional.empty()));
        }
        try {
            InputOpener.SniffableInput in = InputOpener.openForTriage(c.path(), c.name(),
                    analysis.options().maxUnpacked());
            try (InputStream stream = in.stream()) {
                return analyse(in, Optional.of(c.path()));
            }
        } catch (InputException e) {
            return List.of(new TriageResult(c.name(), Optional.empty(), List.of(e.getMessage()), Optional.empty()));
        } catch (IOException e) {
            return List.of(new TriageResult(c.name(), Optional.empty(), List.of(c.name() + ": " + IoProblems.reason(e)),
                    Optional.empty()));
        }
    }

    /**
     * The same for any stream (a file of a cluster's file system): decompressed and looked into
     * by content. {@code file} is the path on this machine's disk, if it is one (pictures read it
     * again); the stream is not closed here.
     */
    public List<TriageResult> analyse(String name, InputStream raw, Optional<Path> file) {
        try {
            return analyse(InputOpener.sniffable(name, raw, analysis.options().maxUnpacked()), file);
        } catch (InputException e) {
            return List.of(new TriageResult(name, Optional.empty(), List.of(e.getMessage()), Optional.empty()));
        }
    }

    /** A log, or an archive's members one by one; a binary is skipped by its content. */
    private List<TriageResult> analyse(InputOpener.SniffableInput in, Optional<Path> file) {
        String name = in.name();
        List<TriageResult> out = new ArrayList<>();
        try {
            ArchiveReader.Kind kind = ArchiveReader.sniff(in.stream());
            if (kind == ArchiveReader.Kind.NONE && BinarySniff.isBinary(in.stream())) {
                out.add(TriageResult.skipped(name, "binary"));
            } else if (kind == ArchiveReader.Kind.NONE) {
                InputReport r = analysis.analyze(name, in.compression(), in.stream());
                out.add(new TriageResult(name, Optional.of(r), r.summary().errors(), file));
            } else {
                members(name, kind, in.stream(), out, 1);
            }
        } catch (IOException e) {
            out.add(new TriageResult(name, Optional.empty(), List.of(name + ": " + IoProblems.reason(e)),
                    Optional.empty()));
        }
        return out;
    }

    /**
     * An archive's members, in archive order; a member that is itself an archive (a zip of a
     * board's logs inside the fleet's tar.gz) is opened in turn, down to {@link #MAX_NESTING}
     * levels, so that a bomb of archives in archives ends as binaries, not as a hang.
     */
    private void members(String archive, ArchiveReader.Kind kind, InputStream stream, List<TriageResult> out,
                         int depth) {
        int before = out.size();
        try {
            ArchiveReader.members(stream, kind, new ArchiveReader.MemberSink() {
                @Override
                public void member(String member, InputStream content) throws IOException {
                    String name = archive + "!" + member;
                    if (!members.acceptsMember(member)) {
                        return; // excluded like a folder's file: not read, not listed
                    }
                    try {
                        InputOpener.OpenedInput in = InputOpener.decompress(name, content,
                                analysis.options().maxUnpacked());
                        PushbackInputStream body = new PushbackInputStream(in.stream(), BinarySniff.BYTES);
                        ArchiveReader.Kind inner = ArchiveReader.sniff(body);
                        if (inner != ArchiveReader.Kind.NONE && depth < MAX_NESTING) {
                            members(name, inner, body, out, depth + 1);
                            return;
                        }
                        if (BinarySniff.isBinary(body)) {
                            out.add(TriageResult.skipped(name, "binary"));
                            return;
                        }
                        InputReport r = analysis.analyze(name, in.compression(), body);
                        out.add(new TriageResult(name, Optional.of(r), r.summary().errors(), Optional.empty()));
                    } catch (InputException e) {
                        out.add(new TriageResult(name, Optional.empty(), List.of(e.getMessage()), Optional.empty()));
                    }
                }

                @Override
                public void notAFile(String member, String what) {
                    if (members.acceptsMember(member)) {
                        out.add(TriageResult.skipped(archive + "!" + member, what));
                    }
                }
            });
        } catch (IOException e) {
            out.add(new TriageResult(archive, Optional.empty(), List.of(archive + ": truncated or corrupt "
                    + kind.name().toLowerCase(Locale.ROOT) + " archive after " + (out.size() - before)
                    + " member(s): " + IoProblems.reason(e)), Optional.empty()));
        }
    }
}
