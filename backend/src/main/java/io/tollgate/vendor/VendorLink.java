package io.tollgate.vendor;

import io.micronaut.data.annotation.MappedEntity;
import io.tollgate.api.model.VendorCategory;

/**
 * One edge of the supply-chain graph seen from {@code fromVendorId}: vendor {@code id} is one of its
 * platforms ({@code relation} P) or one of the vendors that use it ({@code relation} U). Only the first users are
 * read, so each user row also carries how many vendors use {@code fromVendorId} in all ({@code fromVendorUserCount};
 * 0 on platform rows).
 *
 * <p>A row of a native query, not a table. It is a {@code @MappedEntity} rather than a plain {@code @Introspected}
 * DTO because Micronaut Data maps DTO projections through a runtime entity model it builds anew for every query,
 * while the model of a mapped entity is built once and cached: the read of one vendor got measurably cheaper.
 */
@MappedEntity
public record VendorLink(Long fromVendorId, String relation, Long id, String name, VendorCategory category,
                         long fromVendorUserCount) {
    static final String PLATFORM = "P";
    static final String USER = "U";

    public boolean isPlatform() {
        return PLATFORM.equals(relation);
    }
}
