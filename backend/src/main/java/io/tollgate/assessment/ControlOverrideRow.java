package io.tollgate.assessment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

@Introspected
public record ControlOverrideRow(long assessmentId,
                                 String controlCode,
                                 String status,
                                 @Nullable String evidenceQuality,
                                 String reason,
                                 String overriddenBy,
                                 Instant overriddenAt) {
}
