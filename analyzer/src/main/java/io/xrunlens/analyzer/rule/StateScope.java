package io.xrunlens.analyzer.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How much state a rule keeps of its own (beyond the shared per-boot state). Rules are created
 * afresh for every boot of every input, so no rule state is ever shared between inputs: that is
 * what makes parallel triage safe.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StateScope {
    Scope value();

    /** The scopes a rule can declare. */
    enum Scope {
        /** Reads the shared state only. */
        STATELESS,
        /** Keeps episode state for the boot it was created for. */
        BOOT
    }
}
