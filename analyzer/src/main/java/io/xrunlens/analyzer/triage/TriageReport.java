package io.xrunlens.analyzer.triage;

import io.xrunlens.analyzer.InputReport;
import io.xrunlens.record.TimeStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a triage run: every input's result (sorted by name), their buckets, the bucket
 * id of each input by name (computed once: renderers ask for it per bucket and input), and the
 * files skipped by content (binaries in a folder or archive), named but not analysed.
 */
public record TriageReport(List<TriageResult> results, List<Bucket> buckets, Map<String, String> bucketIds,
                           List<TriageResult> skipped) {

    public static TriageReport of(List<TriageResult> unsorted) {
        List<TriageResult> results = new ArrayList<>(unsorted.stream().filter(r -> !r.isSkipped()).toList());
        List<TriageResult> skipped = new ArrayList<>(unsorted.stream().filter(TriageResult::isSkipped).toList());
        results.sort(Comparator.comparing(TriageResult::name));
        skipped.sort(Comparator.comparing(TriageResult::name));
        Map<String, List<TriageResult>> bySignature = new LinkedHashMap<>();
        Map<String, Signature> signatures = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (TriageResult r : results) {
            r.report().ifPresent(report -> {
                Signature s = Signature.of(report);
                signatures.putIfAbsent(s.text(), s);
                bySignature.computeIfAbsent(s.text(), k -> new ArrayList<>()).add(r);
                ids.put(r.name(), s.id());
            });
        }
        List<Bucket> buckets = new ArrayList<>();
        for (Map.Entry<String, List<TriageResult>> e : bySignature.entrySet()) {
            Signature s = signatures.get(e.getKey());
            List<TriageResult> members = e.getValue();
            Optional<InputReport> withIncident = members.stream().map(m -> m.report().orElseThrow())
                    .filter(r -> !r.incidents().isEmpty()).findFirst();
            buckets.add(new Bucket(s.id(), s.title(), s.text(), members.stream().map(TriageResult::name).toList(),
                    withIncident.map(r -> r.incidents().get(0)),
                    withIncident.map(r -> r.summary().clock()).orElse(TimeStyle.SECONDS),
                    members.stream().anyMatch(TriageResult::hasProblems)));
        }
        buckets.sort(Comparator.comparing((Bucket b) -> !b.isProblem()).thenComparing(Bucket::count,
                Comparator.reverseOrder()).thenComparing(Bucket::id));
        return new TriageReport(List.copyOf(results), List.copyOf(buckets), Map.copyOf(ids), List.copyOf(skipped));
    }

    /** The bucket id of an input, or empty when it could not be analysed. */
    public String bucketOf(TriageResult r) {
        return bucketIds.getOrDefault(r.name(), "");
    }

    public List<TriageResult> failed() {
        return results.stream().filter(TriageResult::failed).toList();
    }

    /** "23 inputs, 22 analysed, 3 with problems, 1 unreadable or incomplete, 2 skipped, 4 buckets". */
    public String totals() {
        long analysed = results.stream().filter(r -> r.report().isPresent()).count();
        long problems = results.stream().filter(TriageResult::hasProblems).count();
        return count(results.size(), "input", "inputs") + ", " + analysed + " analysed, " + problems + " with problems, "
                + failed().size() + " unreadable or incomplete, " + skipped.size() + " skipped, "
                + count(buckets.size(), "bucket", "buckets");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
