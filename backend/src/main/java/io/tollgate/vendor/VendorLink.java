package io.tollgate.vendor;

import io.micronaut.core.annotation.Introspected;
import io.tollgate.api.model.VendorCategory;

/**
 * One edge of the supply-chain graph seen from {@code fromVendorId}: vendor {@code id} is one of its
 * platforms ({@code relation} P) or one of the vendors that use it ({@code relation} U).
 */
@Introspected
public record VendorLink(Long fromVendorId, String relation, Long id, String name, VendorCategory category) {
    static final String PLATFORM = "P";
    static final String USER = "U";

    public boolean isPlatform() {
        return PLATFORM.equals(relation);
    }
}
