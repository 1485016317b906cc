package io.xrunlens.spark;

import java.io.Serializable;

/**
 * What one input of the fleet gives, small enough to shuffle: its name, its bucket (empty when
 * it could not be analysed), the bucket's title and signature, whether the bucket is a problem,
 * and the input's JSON line (the object {@code xrunlens triage --format json} lists).
 */
public record FleetRow(String name, String bucket, String title, String signature, boolean problem, String json)
        implements Serializable {
}
