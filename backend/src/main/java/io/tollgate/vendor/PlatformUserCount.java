package io.tollgate.vendor;

import io.micronaut.data.annotation.MappedEntity;

/**
 * How many vendors use a platform. A row of a native query, not a table; a {@code @MappedEntity} for the reason
 * given on {@link VendorLink}.
 */
@MappedEntity
public record PlatformUserCount(Long platformId, long userCount) {
}
