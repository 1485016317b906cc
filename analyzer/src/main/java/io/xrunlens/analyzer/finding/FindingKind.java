package io.xrunlens.analyzer.finding;

import io.xrunlens.event.PcmDirection;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What makes findings alike for a fold: rule, severity, device, driver, channel, stream and
 * form. A record, not a joined string: it is made for every finding, and its strings keep their
 * hashes.
 */
public record FindingKind(String rule, Severity severity, String device, String driver, OptionalInt channel,
                          PcmDirection stream, String form) {

    public static FindingKind of(Finding f) {
        return new FindingKind(f.rule(), f.severity(), f.device(), f.driver(), f.channel(), f.stream(), f.form());
    }

    // Written out, not the record's own: asked for every finding, and the generated methods are
    // slow calls in code the quick compiler made.
    @Override
    public boolean equals(Object o) {
        return o instanceof FindingKind k && severity == k.severity && stream == k.stream && Objects.equals(rule, k.rule)
                && Objects.equals(form, k.form) && Objects.equals(device, k.device) && Objects.equals(driver, k.driver)
                && Objects.equals(channel, k.channel);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(rule) * 31 + Objects.hashCode(form)) * 31 + Objects.hashCode(device)) * 31
                + Objects.hashCode(channel);
    }
}
