package io.tollgate.scoring;

import java.time.LocalDate;
import java.util.Set;

/**
 * Who the vendor is, as far as matching threat campaigns and judging what we know of it go.
 *
 * @param vendorId       the vendor's id (a platform is itself a vendor)
 * @param category       what kind of service it provides
 * @param platformIds    the vendors it runs on or connects to (its fourth parties)
 * @param lastAssessedOn when its latest assessment was completed; null if it never was
 */
public record VendorProfile(long vendorId, VendorCategory category, Set<Long> platformIds, LocalDate lastAssessedOn) {

    public VendorProfile {
        Checks.notNull(category, "category");
        platformIds = Checks.setOf(platformIds, "platformIds");
    }

    /** A vendor never assessed. */
    public VendorProfile(long vendorId, VendorCategory category, Set<Long> platformIds) {
        this(vendorId, category, platformIds, null);
    }

    public VendorProfile assessedOn(LocalDate completedOn) {
        return new VendorProfile(vendorId, category, platformIds, completedOn);
    }
}
