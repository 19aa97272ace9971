package io.tollgate.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Argument checks that fail with {@link IllegalArgumentException}, so every bad input fails the same way. */
final class Checks {

    private Checks() {
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    static double unitInterval(double value, String name) {
        if (Double.isNaN(value) || value < 0.0 || value > 1.0) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
        return value;
    }

    // The element checks build their message only when they fail: inputs are built several times per vendor scored
    // (what-ifs included), and concatenating the message for every element was a tenth of a re-score's allocation.

    static <T> List<T> listOf(Collection<T> values, String name) {
        return List.copyOf(noNullElements(values, name));
    }

    static <T> Set<T> setOf(Collection<T> values, String name) {
        return Set.copyOf(noNullElements(values, name));
    }

    private static <T> Collection<T> noNullElements(Collection<T> values, String name) {
        notNull(values, name);
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(name + " element must not be null");
            }
        }
        return values;
    }

    static <K, V> Map<K, V> mapOf(Map<K, V> values, String name) {
        notNull(values, name);
        values.forEach((key, value) -> {
            if (key == null) {
                throw new IllegalArgumentException(name + " key must not be null");
            }
            if (value == null) {
                throw new IllegalArgumentException(name + " value for " + key + " must not be null");
            }
        });
        return Map.copyOf(values);
    }
}
