package io.xrunlens.analyzer.finding;

/** What the classifier concluded about one failure episode. */
public record Diagnosis(Cause cause, Confidence confidence, String verdict, String fix, String next) {
}
