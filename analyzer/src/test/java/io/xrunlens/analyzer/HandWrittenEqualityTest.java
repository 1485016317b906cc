package io.xrunlens.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.xrunlens.analyzer.finding.Evidence;
import io.xrunlens.analyzer.finding.Finding;
import io.xrunlens.analyzer.finding.FindingKind;
import io.xrunlens.analyzer.finding.RuleId;
import io.xrunlens.analyzer.state.ChannelKey;
import io.xrunlens.event.KernelRelease;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written by hand (the generated ones are slow to link
 * and to call in code the quick compiler made) compare exactly what a record compares: every
 * component. Each is built twice from equal but distinct values, then once with each component
 * changed alone.
 */
class HandWrittenEqualityTest {

    @Test
    void everyComponentCountsAndNothingElse() throws Exception {
        for (Class<?> type : List.of(Finding.class, Evidence.class, FindingKind.class, RuleId.class,
                ChannelKey.class, KernelRelease.class)) {
            RecordComponent[] parts = type.getRecordComponents();
            Constructor<?> make = type.getDeclaredConstructor(Arrays.stream(parts).map(RecordComponent::getType)
                    .toArray(Class[]::new));
            Object[] values = new Object[parts.length];
            Object[] same = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = value(parts[i].getType(), 0);
                same[i] = value(parts[i].getType(), 0);
            }
            Object a = make.newInstance(values);
            Object b = make.newInstance(same);
            assertEquals(a, b, type.getSimpleName());
            assertEquals(a.hashCode(), b.hashCode(), type.getSimpleName());
            for (int i = 0; i < parts.length; i++) {
                Object[] changed = values.clone();
                changed[i] = value(parts[i].getType(), 1);
                Object c = make.newInstance(changed);
                assertNotEquals(a, c, type.getSimpleName() + "." + parts[i].getName());
                assertNotEquals(c, a, type.getSimpleName() + "." + parts[i].getName());
            }
            assertNotEquals(a, null, type.getSimpleName());
            assertNotEquals(a, "a string", type.getSimpleName());
        }
    }

    /** A value of the type; {@code which} 0 and 1 differ. Strings are made anew: equal, not the same. */
    private static Object value(Class<?> type, int which) {
        if (type == String.class) {
            return new String(new char[] {'v', (char) ('0' + which)});
        } else if (type == int.class) {
            return 7 + which;
        } else if (type == long.class) {
            return 535_201_598L + which;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[which];
        } else if (type == OptionalInt.class) {
            return which == 0 ? OptionalInt.of(2) : OptionalInt.empty();
        } else if (type == List.class) {
            return which == 0 ? List.of() : List.of(new Evidence("error", 1, 2, "x"));
        }
        throw new AssertionError("no value of " + type);
    }
}
