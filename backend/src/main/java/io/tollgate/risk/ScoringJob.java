package io.tollgate.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A pending re-score of one vendor (migration V9). */
@MappedEntity("scoring_job")
public record ScoringJob(@Id @GeneratedValue Long id,
                         long vendorId,
                         @Nullable Long pendingVendorId,
                         String reason,
                         boolean refreshExplanation,
                         Instant notBefore,
                         int attempts,
                         @Nullable String lockedBy,
                         @Nullable Instant lockedUntil,
                         Instant createdAt) {
}
