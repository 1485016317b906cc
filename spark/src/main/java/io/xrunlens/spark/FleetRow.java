package io.xrunlens.spark;

import java.io.Serializable;

/**
 * What one input of the fleet gives, small enough to shuffle: its name, its bucket (empty when
 * it could not be analysed), the bucket's title and signature, whether the bucket is a problem,
 * whether the input was skipped (a binary), and the input's JSON line (the object
 * {@code xrunlens triage --format json} lists).
 *
 * <p>A class rather than a record: Kryo, the serializer the job asks Spark for (and many
 * clusters set), cannot build records.
 */
public final class FleetRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String bucket;
    private final String title;
    private final String signature;
    private final boolean problem;
    private final boolean skipped;
    private final String json;

    public FleetRow(String name, String bucket, String title, String signature, boolean problem, boolean skipped,
                    String json) {
        this.name = name;
        this.bucket = bucket;
        this.title = title;
        this.signature = signature;
        this.problem = problem;
        this.skipped = skipped;
        this.json = json;
    }

    public String name() {
        return name;
    }

    public String bucket() {
        return bucket;
    }

    public String title() {
        return title;
    }

    public String signature() {
        return signature;
    }

    public boolean problem() {
        return problem;
    }

    public boolean skipped() {
        return skipped;
    }

    public String json() {
        return json;
    }
}
