package io.xrunlens.analyzer.finding;

import java.util.Locale;

/** How bad a finding is. INFO findings are facts (an XRUN that recovered), not failures. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isProblem() {
        return this != INFO;
    }
}
