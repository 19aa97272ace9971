package io.tollgate.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A pending re-score of the vendors with an id in (afterVendorId, upToVendorId], all of them or those an incident's
 * scope reaches (migration V38). afterVendorId moves on as chunks commit.
 */
@MappedEntity("scoring_sweep")
public record ScoringSweep(@Id @GeneratedValue Long id,
                           long afterVendorId,
                           long upToVendorId,
                           @Nullable String scope,
                           String reason,
                           Instant notBefore,
                           @Nullable String lockedBy,
                           @Nullable Instant lockedUntil,
                           Instant createdAt) {

    /** The same sweep with its cursor moved past {@code vendorId}. */
    ScoringSweep after(long vendorId) {
        return new ScoringSweep(id, vendorId, upToVendorId, scope, reason, notBefore, lockedBy, lockedUntil, createdAt);
    }
}
