package io.tollgate.scoring;

import java.util.Set;

/**
 * Who the vendor is, as far as matching threat campaigns goes.
 *
 * @param vendorId    the vendor's id (a platform is itself a vendor)
 * @param category    what kind of service it provides
 * @param platformIds the vendors it runs on or connects to (its fourth parties)
 */
public record VendorProfile(long vendorId, VendorCategory category, Set<Long> platformIds) {

    public VendorProfile {
        Checks.notNull(category, "category");
        platformIds = Checks.setOf(platformIds, "platformIds");
    }
}
