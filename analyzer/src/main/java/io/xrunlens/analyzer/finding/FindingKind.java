package io.xrunlens.analyzer.finding;

import io.xrunlens.event.PcmDirection;
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
}
