package io.tollgate.common;

import io.micronaut.core.annotation.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Small normalisations every service applies to what it stores. */
public final class Values {
    private Values() {
    }

    public static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Whole milliseconds: MariaDB 10.x drivers may drop sub-second precision, so nothing may rely on it. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
