package io.xrunlens.kb;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built-in index ({@value KnowledgeBase#INDEX}) compiled to the arrays the filter wants:
 * each anchor's hash, its first word's hash, whether it is a pair, and its rows' references,
 * written by the build ({@link #main}) beside the text it comes from. Read in bulk it costs about
 * a millisecond at start-up, where parsing the text and hashing its 10,000 anchors costs 50 ms
 * of a cold JVM. The text stays the data a person reads and edits; a test holds the two equal.
 *
 * @param files     the data files, in the order the references count them
 * @param anchors   the anchors, in the text's (sorted) order
 * @param unindexed rows filed under no anchor
 * @param minSingle the length of the shortest single-word anchor
 */
public record CompiledIndex(List<String> files, List<AnchorFilter.Anchor> anchors, int unindexed, int minSingle) {
    static final String NAME = "anchors.bin";
    private static final int MAGIC = 0x584b4232; // "XKB2"

    /** Compiles the text index. */
    static CompiledIndex of(KbIndex index) {
        List<AnchorFilter.Anchor> anchors = new ArrayList<>();
        Map<String, int[]> sorted = new TreeMap<>(index.anchors());
        sorted.forEach((anchor, refs) -> anchors.add(new AnchorFilter.Anchor(Words.anchor(anchor),
                anchor.indexOf(' ') >= 0, Words.firstWordHash(anchor), refs)));
        int minSingle = sorted.keySet().stream().filter(a -> a.indexOf(' ') < 0).mapToInt(String::length).min()
                .orElse(Integer.MAX_VALUE);
        return new CompiledIndex(index.files(), anchors, index.unindexed(), minSingle);
    }

    void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        int n = anchors.size();
        int total = anchors.stream().mapToInt(a -> a.rows().length).sum();
        d.writeInt(MAGIC);
        d.writeInt(files.size());
        for (String f : files) {
            d.writeUTF(f);
        }
        d.writeInt(unindexed);
        d.writeInt(minSingle);
        d.writeInt(n);
        d.writeInt(total);
        ByteBuffer body = ByteBuffer.allocate(n * 21 + total * 4);
        anchors.forEach(a -> body.putLong(a.hash()));
        anchors.forEach(a -> body.putLong(a.first()));
        anchors.forEach(a -> body.put((byte) (a.pair() ? 1 : 0)));
        anchors.forEach(a -> body.putInt(a.rows().length));
        anchors.forEach(a -> {
            for (int r : a.rows()) {
                body.putInt(r);
            }
        });
        d.write(body.array());
        d.flush();
    }

    /** Reads a compiled index; null when {@code in} is null (a build that did not compile it). */
    static CompiledIndex read(InputStream in) throws IOException {
        if (in == null) {
            return null;
        }
        DataInputStream d = new DataInputStream(in);
        if (d.readInt() != MAGIC) {
            throw new IOException(NAME + ": not a compiled index");
        }
        int fileCount = d.readInt();
        List<String> files = new ArrayList<>(fileCount);
        for (int i = 0; i < fileCount; i++) {
            files.add(d.readUTF());
        }
        int unindexed = d.readInt();
        int minSingle = d.readInt();
        int n = d.readInt();
        int total = d.readInt();
        ByteBuffer body = ByteBuffer.wrap(d.readNBytes(n * 21 + total * 4));
        long[] hashes = new long[n];
        long[] firsts = new long[n];
        byte[] pairs = new byte[n];
        int[] counts = new int[n];
        int[] refs = new int[total];
        body.asLongBuffer().get(hashes);
        body.position(n * 8);
        body.asLongBuffer().get(firsts);
        body.position(n * 16);
        body.get(pairs);
        body.asIntBuffer().get(counts);
        body.position(n * 21);
        body.asIntBuffer().get(refs);
        List<AnchorFilter.Anchor> anchors = new ArrayList<>(n);
        int at = 0;
        for (int i = 0; i < n; i++) {
            int[] own = new int[counts[i]];
            System.arraycopy(refs, at, own, 0, own.length);
            at += own.length;
            anchors.add(new AnchorFilter.Anchor(hashes[i], pairs[i] != 0, firsts[i], own));
        }
        return new CompiledIndex(List.copyOf(files), anchors, unindexed, minSingle);
    }

    /** The build step: {@code CompiledIndex CLASSES_DIR} compiles the index found there beside it. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0], "io", "xrunlens", "kb");
        KbIndex index;
        try (InputStream in = Files.newInputStream(folder.resolve(KnowledgeBase.INDEX))) {
            index = KbIndex.read(new InputStreamReader(in, StandardCharsets.UTF_8), KnowledgeBase.INDEX);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        of(index).write(bytes);
        Files.write(folder.resolve(NAME), bytes.toByteArray());
    }
}
