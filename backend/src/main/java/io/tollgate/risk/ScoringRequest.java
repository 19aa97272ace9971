package io.tollgate.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A re-score asked for in the transaction of the change that needs it (migration V16). A null vendor asks for every
 * vendor, or, with a scope (V35, JSON), for the vendors an incident's platforms and categories reach.
 */
@MappedEntity("scoring_request")
public record ScoringRequest(@Id @GeneratedValue Long id,
                             @Nullable Long vendorId,
                             String reason,
                             @Nullable String scope,
                             Instant createdAt) {
}
